import { payload, scalarResolvers } from '@comptoir/kit';
import { GraphQLError, type GraphQLResolveInfo, Kind } from 'graphql';
import { createCategory, moveCategory, updateCategory } from '../domain/categories.ts';
import { Category } from '../domain/category.ts';
import { servedImageId, variantUrls } from '../domain/images/image-variants.ts';
import { attributesIn, Product } from '../domain/product.ts';
import { searchProducts } from '../domain/product-search.ts';
import {
  adjustStock,
  archiveProduct,
  assignProductSeller,
  createProduct,
  setProductPrice,
  updateProduct,
} from '../domain/products.ts';
import type { Resolvers } from './types.generated.ts';

/** Whether the query selects `field` directly under this connection (fragments: left lazy). */
const selects = (info: GraphQLResolveInfo, field: string) =>
  info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === field),
  );
const prefetchOf = (info: GraphQLResolveInfo) => ({
  totalCount: selects(info, 'totalCount'),
  facets: selects(info, 'facets'),
});

/** Text in the caller's language (Accept-Language). */
const inLocale = (locale: 'en' | 'fr', texts: { fr: string; en: string }) => texts[locale];

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    products: (_parent, args, ctx, info) => searchProducts(ctx.em, args, prefetchOf(info)),
    product: (_parent, { id, slug }, ctx) => {
      if (id) return ctx.loaders.byId(Product).load(id);
      if (slug) return ctx.em.findOne(Product, { slug });
      throw new GraphQLError('give the product id or slug', { extensions: { code: 'BAD_USER_INPUT' } });
    },
    categories: (_parent, _args, ctx) =>
      ctx.em.find(Category, { parentId: null }, { orderBy: { position: 'asc', id: 'asc' } }),
    category: (_parent, { slug }, ctx) => ctx.em.findOne(Category, { slug }),
  },
  Mutation: {
    createProduct: (_parent, { input }, ctx) => payload(ctx, () => createProduct(ctx, input)),
    updateProduct: (_parent, { input: { productId, ...changes } }, ctx) =>
      payload(ctx, () => updateProduct(ctx, productId, changes)),
    archiveProduct: (_parent, { input }, ctx) => payload(ctx, () => archiveProduct(ctx, input.productId)),
    setProductPrice: (_parent, { input }, ctx) =>
      payload(ctx, () => setProductPrice(ctx, input.productId, input.price)),
    adjustStock: (_parent, { input }, ctx) => payload(ctx, () => adjustStock(ctx, input.productId, input.delta)),
    assignProductSeller: (_parent, { input }, ctx) => payload(ctx, () => assignProductSeller(ctx, input)),
    createCategory: (_parent, { input }, ctx) => payload(ctx, () => createCategory(ctx, input)),
    updateCategory: (_parent, { input: { categoryId, ...changes } }, ctx) =>
      payload(ctx, () => updateCategory(ctx, categoryId, changes)),
    moveCategory: (_parent, { input }, ctx) =>
      payload(ctx, () => moveCategory(ctx, input.categoryId, input.parentId ?? null)),
  },
  Product: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Product).load(reference.id),
    name: (product, _args, ctx) => inLocale(ctx.locale, { fr: product.nameFr, en: product.nameEn }),
    description: (product, _args, ctx) =>
      inLocale(ctx.locale, { fr: product.descriptionFr, en: product.descriptionEn }),
    attributes: (product, _args, ctx) => attributesIn(product.attributes, ctx.locale),
    price: (product) => ({ amount: product.priceAmount, currency: product.priceCurrency }),
    seller: (product) => (product.sellerOrganizationId ? { id: product.sellerOrganizationId } : null),
    category: (product, _args, ctx) =>
      product.categoryId ? ctx.loaders.byId(Category).load(product.categoryId) : null,
    stock: (product) => ({
      onHand: product.stockOnHand,
      reserved: product.stockReserved,
      available: product.stockOnHand - product.stockReserved,
    }),
  },
  ProductImage: {
    variants: (image) => {
      const imageId = servedImageId(image.url);
      return imageId ? variantUrls(imageId) : [];
    },
  },
  Category: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Category).load(reference.id),
    name: (category, _args, ctx) => inLocale(ctx.locale, { fr: category.nameFr, en: category.nameEn }),
    parent: (category, _args, ctx) => (category.parentId ? ctx.loaders.byId(Category).load(category.parentId) : null),
    children: (category, _args, ctx) =>
      ctx.loaders.childrenOf(Category, 'parentId', { position: 'asc' }).load(category.id),
    breadcrumb: async (category, _args, ctx) => {
      const ancestors = await ctx.loaders.byId(Category).loadMany(category.path.split('/'));
      return ancestors.filter((ancestor): ancestor is Category => ancestor !== null && !(ancestor instanceof Error));
    },
    products: (category, args, ctx, info) =>
      searchProducts(ctx.em, { ...args, filter: { ...args.filter, categoryId: category.id } }, prefetchOf(info)),
  },
  CategoryFacet: {
    category: async (facet, _args, ctx) => (await ctx.loaders.byId(Category).load(facet.categoryId)) as Category,
  },
};
