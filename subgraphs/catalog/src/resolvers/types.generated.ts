import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Product as ProductEntity } from '../domain/product.ts';
import type { Category as CategoryEntity } from '../domain/category.ts';
import type { ProductPage as ProductPageEntity } from '../domain/product-search.ts';
import type { CategoryFacetCount as CategoryFacetCountEntity } from './mappers.ts';
import type { RequestContext } from '@comptoir/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, RFC 3339 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** An amount in minor units of a currency (cents; yen for JPY): a JSON number, always a safe integer, never a float. */
  MinorUnits: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdjustStockInput = {
  /** Added to the stock on hand (negative to remove); the result may not fall below what is reserved. */
  delta: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

export type ArchiveProductInput = {
  productId: Scalars['ID']['input'];
};

export type AssignProductSellerInput = {
  productId: Scalars['ID']['input'];
  /** A seller organisation, whose partners then manage the product; null takes it back for the platform. */
  sellerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A node of the category tree. */
export type Category = {
  __typename?: 'Category';
  /** From the root down to this category. */
  breadcrumb: Array<Category>;
  children: Array<Category>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Category>;
  /** Active products of this category and its descendants. */
  products: ProductConnection;
  slug: Scalars['String']['output'];
};


/** A node of the category tree. */
export type CategoryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};

export type CategoryFacet = {
  __typename?: 'CategoryFacet';
  category: Category;
  count: Scalars['Int']['output'];
};

export type CategoryPayload = {
  __typename?: 'CategoryPayload';
  category?: Maybe<Category>;
  userErrors: Array<UserError>;
};

export type CreateCategoryInput = {
  name: LocalizedTextInput;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  slug: Scalars['String']['input'];
};

export type CreateProductInput = {
  attributes?: InputMaybe<Array<ProductAttributeInput>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description: LocalizedTextInput;
  images?: InputMaybe<Array<ProductImageInput>>;
  name: LocalizedTextInput;
  price: MoneyInput;
  sku: Scalars['String']['input'];
  slug: Scalars['String']['input'];
  /** Initial stock on hand. */
  stock?: InputMaybe<Scalars['Int']['input']>;
};

/** A language Comptoir's content is written in. */
export type Language =
  | 'EN'
  | 'FR';

export type LocalizedTextInput = {
  en: Scalars['String']['input'];
  fr: Scalars['String']['input'];
};

/** An amount of money in minor units of an ISO 4217 currency. Never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  /** Minor units, from 0 to 1,000,000,000 (a unit price's platform maximum). */
  amount: Scalars['MinorUnits']['input'];
  /** ISO 4217 code, e.g. EUR or JPY. */
  currency: Scalars['String']['input'];
};

export type MoveCategoryInput = {
  categoryId: Scalars['ID']['input'];
  /** The new parent; null makes it a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  adjustStock: ProductPayload;
  archiveProduct: ProductPayload;
  /** Staff only: hands a product to a marketplace seller, or takes it back. */
  assignProductSeller: ProductPayload;
  /** Staff only (sellers file products in categories, they do not shape the tree). */
  createCategory: CategoryPayload;
  createProduct: ProductPayload;
  moveCategory: CategoryPayload;
  setProductPrice: ProductPayload;
  updateCategory: CategoryPayload;
  updateProduct: ProductPayload;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationArchiveProductArgs = {
  input: ArchiveProductInput;
};


export type MutationAssignProductSellerArgs = {
  input: AssignProductSellerInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationMoveCategoryArgs = {
  input: MoveCategoryInput;
};


export type MutationSetProductPriceArgs = {
  input: SetProductPriceInput;
};


export type MutationUpdateCategoryArgs = {
  input: UpdateCategoryInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner organisation of the auth subgraph. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  id: Scalars['ID']['output'];
};

/** Products priced from `min` (inclusive) up to `max` (exclusive; null: no upper bound), minor units. */
export type PriceBucketFacet = {
  __typename?: 'PriceBucketFacet';
  count: Scalars['Int']['output'];
  max?: Maybe<Scalars['MinorUnits']['output']>;
  min: Scalars['MinorUnits']['output'];
};

/** Something the shop sells. Text fields come in the caller's language (Accept-Language: fr or en). */
export type Product = {
  __typename?: 'Product';
  /** The language-neutral attributes and those in the caller's language, in the order they were given. */
  attributes: Array<ProductAttribute>;
  category?: Maybe<Category>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  images: Array<ProductImage>;
  name: Scalars['String']['output'];
  price: Money;
  /** The marketplace seller whose partners manage the product; null for the platform's own. */
  seller?: Maybe<PartnerOrganization>;
  sku: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  status: ProductStatus;
  stock: Stock;
  updatedAt: Scalars['DateTime']['output'];
};

/** A name/value pair describing a product, e.g. colour: blue. */
export type ProductAttribute = {
  __typename?: 'ProductAttribute';
  /** The language it is written in; null for one that reads the same in every language (e.g. 40 cm). */
  language?: Maybe<Language>;
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * A product attribute, in one language or in all. Say a translated attribute once per language
 * (couleur: bleu in FR, colour: blue in EN); leave out `language` for one that reads the same in every
 * language (e.g. a dimension: 40 cm).
 */
export type ProductAttributeInput = {
  /** The language it is written in: only shoppers reading that language see it. Omitted: everyone sees it. */
  language?: InputMaybe<Language>;
  /** 1 to 50 characters. */
  name: Scalars['String']['input'];
  /** 1 to 200 characters. */
  value: Scalars['String']['input'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  facets: ProductFacets;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** Counts for the current filter, to refine it. */
export type ProductFacets = {
  __typename?: 'ProductFacets';
  categories: Array<CategoryFacet>;
  inStock: Scalars['Int']['output'];
  priceBuckets: Array<PriceBucketFacet>;
};

export type ProductFilter = {
  /** Products of this category and its descendants. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  inStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Inclusive, in minor units. */
  maxPrice?: InputMaybe<Scalars['MinorUnits']['input']>;
  /** Inclusive, in minor units. */
  minPrice?: InputMaybe<Scalars['MinorUnits']['input']>;
  /** Full-text search in French and English, accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A picture of a product: one the platform serves, uploaded by staff or the product's seller
 * (POST /images), or one hosted elsewhere.
 */
export type ProductImage = {
  __typename?: 'ProductImage';
  alt: Scalars['String']['output'];
  /** Absolute for an image hosted elsewhere; for one the platform serves, a path on the API's origin: /images/<id>/large.webp. */
  url: Scalars['String']['output'];
  /** The platform's resized copies, smallest first; empty for an image hosted elsewhere. */
  variants: Array<ProductImageVariant>;
};

export type ProductImageInput = {
  alt: Scalars['String']['input'];
  /** An absolute http(s) URL, or the url of an image the platform serves (/images/<id>/large.webp). */
  url: Scalars['String']['input'];
};

/** A resized copy of a product image, cached for good by browsers and CDNs (its URL never changes content). */
export type ProductImageVariant = {
  __typename?: 'ProductImageVariant';
  /** JPEG, for clients without WebP. */
  jpegUrl: Scalars['String']['output'];
  name: ProductImageVariantName;
  /** WebP, a path on the API's origin. */
  url: Scalars['String']['output'];
  /** In pixels; an original narrower than this keeps its own width. */
  width: Scalars['Int']['output'];
};

export type ProductImageVariantName =
  /** 400 px wide: product cards. */
  | 'CARD'
  /** 1200 px wide: the product page. */
  | 'LARGE'
  /** 160 px wide: lists, the basket. */
  | 'THUMB';

export type ProductPayload = {
  __typename?: 'ProductPayload';
  product?: Maybe<Product>;
  userErrors: Array<UserError>;
};

export type ProductSort =
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  /** Best match first when searching; newest first otherwise. */
  | 'RELEVANCE';

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type Query = {
  __typename?: 'Query';
  /** The root categories (walk `children` for the tree). */
  categories: Array<Category>;
  category?: Maybe<Category>;
  /** A product by id or slug (archived ones included, for order history). */
  product?: Maybe<Product>;
  /** Active products; `filter` narrows, `sort` orders. The connection also counts facets. */
  products: ProductConnection;
};


export type QueryCategoryArgs = {
  slug: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};

export type SetProductPriceInput = {
  price: MoneyInput;
  productId: Scalars['ID']['input'];
};

export type Stock = {
  __typename?: 'Stock';
  /** onHand − reserved: what can still be ordered. */
  available: Scalars['Int']['output'];
  onHand: Scalars['Int']['output'];
  /** Held for placed orders not yet shipped. */
  reserved: Scalars['Int']['output'];
};

export type UpdateCategoryInput = {
  categoryId: Scalars['ID']['input'];
  name?: InputMaybe<LocalizedTextInput>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProductInput = {
  /** Replaces all of the product's attributes, in every language. */
  attributes?: InputMaybe<Array<ProductAttributeInput>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  images?: InputMaybe<Array<ProductImageInput>>;
  name?: InputMaybe<LocalizedTextInput>;
  productId: Scalars['ID']['input'];
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** An expected failure, in the caller's language (Accept-Language: fr or en). */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. input.sku. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Category: Category;
  Product: Product;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArchiveProductInput: ArchiveProductInput;
  AssignProductSellerInput: AssignProductSellerInput;
  Category: ResolverTypeWrapper<CategoryEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CategoryFacet: ResolverTypeWrapper<CategoryFacetCountEntity>;
  CategoryPayload: ResolverTypeWrapper<Omit<CategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['Category']> }>;
  CreateCategoryInput: CreateCategoryInput;
  CreateProductInput: CreateProductInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Language: Language;
  LocalizedTextInput: LocalizedTextInput;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  MoveCategoryInput: MoveCategoryInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PartnerOrganization: ResolverTypeWrapper<PartnerOrganization>;
  PriceBucketFacet: ResolverTypeWrapper<PriceBucketFacet>;
  Product: ResolverTypeWrapper<ProductEntity>;
  ProductAttribute: ResolverTypeWrapper<ProductAttribute>;
  ProductAttributeInput: ProductAttributeInput;
  ProductConnection: ResolverTypeWrapper<ProductPageEntity>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFacets: ResolverTypeWrapper<Omit<ProductFacets, 'categories'> & { categories: Array<ResolversTypes['CategoryFacet']> }>;
  ProductFilter: ProductFilter;
  ProductImage: ResolverTypeWrapper<ProductImage>;
  ProductImageInput: ProductImageInput;
  ProductImageVariant: ResolverTypeWrapper<ProductImageVariant>;
  ProductImageVariantName: ProductImageVariantName;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductSort: ProductSort;
  ProductStatus: ProductStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SetProductPriceInput: SetProductPriceInput;
  Stock: ResolverTypeWrapper<Stock>;
  UpdateCategoryInput: UpdateCategoryInput;
  UpdateProductInput: UpdateProductInput;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ArchiveProductInput: ArchiveProductInput;
  AssignProductSellerInput: AssignProductSellerInput;
  Category: CategoryEntity;
  String: Scalars['String']['output'];
  CategoryFacet: CategoryFacetCountEntity;
  CategoryPayload: Omit<CategoryPayload, 'category'> & { category?: Maybe<ResolversParentTypes['Category']> };
  CreateCategoryInput: CreateCategoryInput;
  CreateProductInput: CreateProductInput;
  DateTime: Scalars['DateTime']['output'];
  LocalizedTextInput: LocalizedTextInput;
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  MoneyInput: MoneyInput;
  MoveCategoryInput: MoveCategoryInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PartnerOrganization: PartnerOrganization;
  PriceBucketFacet: PriceBucketFacet;
  Product: ProductEntity;
  ProductAttribute: ProductAttribute;
  ProductAttributeInput: ProductAttributeInput;
  ProductConnection: ProductPageEntity;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFacets: Omit<ProductFacets, 'categories'> & { categories: Array<ResolversParentTypes['CategoryFacet']> };
  ProductFilter: ProductFilter;
  ProductImage: ProductImage;
  ProductImageInput: ProductImageInput;
  ProductImageVariant: ProductImageVariant;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  Query: Record<PropertyKey, never>;
  SetProductPriceInput: SetProductPriceInput;
  Stock: Stock;
  UpdateCategoryInput: UpdateCategoryInput;
  UpdateProductInput: UpdateProductInput;
  UserError: UserError;
};

export type CategoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  breadcrumb?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<CategoryProductsArgs, 'first' | 'sort'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryFacetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CategoryFacet'] = ResolversParentTypes['CategoryFacet']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CategoryPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CategoryPayload'] = ResolversParentTypes['CategoryPayload']> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adjustStock?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  archiveProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationArchiveProductArgs, 'input'>>;
  assignProductSeller?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationAssignProductSellerArgs, 'input'>>;
  createCategory?: Resolver<ResolversTypes['CategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateCategoryArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  moveCategory?: Resolver<ResolversTypes['CategoryPayload'], ParentType, ContextType, RequireFields<MutationMoveCategoryArgs, 'input'>>;
  setProductPrice?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationSetProductPriceArgs, 'input'>>;
  updateCategory?: Resolver<ResolversTypes['CategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateCategoryArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerOrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PriceBucketFacetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBucketFacet'] = ResolversParentTypes['PriceBucketFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['MinorUnits']>, ParentType, ContextType>;
  min?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attributes?: Resolver<Array<ResolversTypes['ProductAttribute']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  seller?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['Stock'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProductAttributeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductAttribute'] = ResolversParentTypes['ProductAttribute']> = {
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['ProductFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductFacetsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductFacets'] = ResolversParentTypes['ProductFacets']> = {
  categories?: Resolver<Array<ResolversTypes['CategoryFacet']>, ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceBuckets?: Resolver<Array<ResolversTypes['PriceBucketFacet']>, ParentType, ContextType>;
};

export type ProductImageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductImage'] = ResolversParentTypes['ProductImage']> = {
  alt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['ProductImageVariant']>, ParentType, ContextType>;
};

export type ProductImageVariantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductImageVariant'] = ResolversParentTypes['ProductImageVariant']> = {
  jpegUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['ProductImageVariantName'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'slug'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryProductArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first' | 'sort'>>;
};

export type StockResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Stock'] = ResolversParentTypes['Stock']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Category?: CategoryResolvers<ContextType>;
  CategoryFacet?: CategoryFacetResolvers<ContextType>;
  CategoryPayload?: CategoryPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PriceBucketFacet?: PriceBucketFacetResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAttribute?: ProductAttributeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductFacets?: ProductFacetsResolvers<ContextType>;
  ProductImage?: ProductImageResolvers<ContextType>;
  ProductImageVariant?: ProductImageVariantResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Stock?: StockResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

