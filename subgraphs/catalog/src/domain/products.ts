import {
  execute,
  isCurrencyCode,
  moneyLimits,
  partnerOrganizationOf,
  type RequestContext,
  recordEvent,
  requireScope,
  UserInputError,
  validInput,
} from '@comptoir/kit';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { productSnapshot, recordProductUpdated, recordStockChanged } from './catalog-events.ts';
import { Category } from './category.ts';
import { servedImageId } from './images/image-variants.ts';
import { attributeLanguages, Product, type ProductAttribute } from './product.ts';
import { SellerOrganization } from './seller-organization.ts';

/** Without claims: the platform itself (the demo seed). */
type WriteContext = Pick<RequestContext, 'em' | 'traceparent'> & Partial<Pick<RequestContext, 'claims'>>;

const localized = (max: number) =>
  z.object({ fr: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
// The price's own rules (maximum, ISO 4217) have codes of their own: see validPrice.
const money = z.object({ amount: z.number().int().min(0), currency: z.string() });
/** A product's most images, uploaded or linked. */
export const maxProductImages = 20;
/** A product's most attributes, all languages together. */
const maxProductAttributes = 50;
// An image hosted elsewhere, or one the platform serves (uploaded: /images/<id>/large.webp).
const imageUrl = z.union([z.url({ protocol: /^https?$/ }), z.string().refine((url) => servedImageId(url) !== null)]);
const images = z.array(z.object({ url: imageUrl, alt: z.string().trim().max(200) })).max(maxProductImages);
const attribute = z
  .object({
    name: z.string().trim().min(1).max(50),
    value: z.string().trim().min(1).max(200),
    language: z.enum(attributeLanguages).nullish(),
  })
  // Stored without a language when it reads the same in every language, as rows from before languages are.
  .transform(({ language, ...text }): ProductAttribute => (language ? { ...text, language } : text));
const attributes = z.array(attribute).max(maxProductAttributes);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);

const newProduct = z.object({
  sku: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,64}$/),
  slug,
  name: localized(200),
  description: localized(5000),
  price: money,
  categoryId: z.string().nullish(),
  images: images.nullish(),
  attributes: attributes.nullish(),
  stock: z.number().int().min(0).max(1_000_000).nullish(),
});
export type NewProduct = z.input<typeof newProduct>;

const productChanges = z.object({
  slug: slug.nullish(),
  name: localized(200).nullish(),
  description: localized(5000).nullish(),
  categoryId: z.string().nullish(),
  images: images.nullish(),
  attributes: attributes.nullish(),
});
export type ProductChanges = z.input<typeof productChanges>;

const messages = (field: string) => {
  const known: Record<string, { en: string; fr: string }> = {
    'input.price.amount': { en: 'The price cannot be negative.', fr: 'Le prix ne peut pas être négatif.' },
    'input.price.currency': {
      en: 'Use an ISO 4217 currency code, e.g. EUR.',
      fr: 'Utilisez un code devise ISO 4217, par ex. EUR.',
    },
    'input.sku': {
      en: 'Use 1 to 64 letters, digits, dots, dashes or underscores.',
      fr: 'Utilisez 1 à 64 lettres, chiffres, points, tirets ou soulignés.',
    },
    'input.slug': {
      en: 'Use lower-case words joined by dashes.',
      fr: 'Utilisez des mots en minuscules reliés par des tirets.',
    },
    'input.stock': { en: 'Stock must be a whole number ≥ 0.', fr: 'Le stock doit être un entier ≥ 0.' },
    'input.attributes': {
      en: `A product has at most ${maxProductAttributes} attributes, all languages together.`,
      fr: `Un produit a au plus ${maxProductAttributes} attributs, toutes langues confondues.`,
    },
    'input.attributes.name': {
      en: 'An attribute name has 1 to 50 characters.',
      fr: 'Le nom d’un attribut compte de 1 à 50 caractères.',
    },
    'input.attributes.value': {
      en: 'An attribute value has 1 to 200 characters.',
      fr: 'La valeur d’un attribut compte de 1 à 200 caractères.',
    },
    'input.attributes.language': {
      en: 'An attribute’s language is EN or FR, or none when it reads the same in every language.',
      fr: 'La langue d’un attribut est EN ou FR, ou aucune s’il se lit de même dans toutes les langues.',
    },
  };
  // One message for every attribute of the list: input.attributes.3.value reads as input.attributes.value.
  return known[field.replace(/^(input\.attributes)\.\d+/, '$1')] ?? { en: `Check ${field}.`, fr: `Vérifiez ${field}.` };
};

/**
 * Creates a product and announces it (`product.created`) in the same transaction. A seller's
 * product belongs to the seller's organisation.
 */
export async function createProduct(ctx: WriteContext, input: NewProduct): Promise<{ product: Product }> {
  const seller = partnerOrganizationOf(ctx, 'SELLER');
  const valid = validInput(newProduct, input, messages);
  validPrice(valid.price);
  return ctx.em.transactional(async (em) => {
    await assertUnique(em, { sku: valid.sku, slug: valid.slug });
    if (valid.categoryId) await assertCategory(em, valid.categoryId);
    const product = em.create(Product, {
      id: uuidv7(),
      sku: valid.sku,
      slug: valid.slug,
      nameFr: valid.name.fr,
      nameEn: valid.name.en,
      descriptionFr: valid.description.fr,
      descriptionEn: valid.description.en,
      priceAmount: valid.price.amount,
      priceCurrency: valid.price.currency,
      images: valid.images ?? [],
      attributes: valid.attributes ?? [],
      categoryId: valid.categoryId ?? null,
      status: 'ACTIVE',
      stockOnHand: valid.stock ?? 0,
      stockReserved: 0,
      sellerOrganizationId: seller,
    });
    recordEvent(em, {
      type: 'product.created',
      subject: product.id,
      data: productSnapshot(product),
      traceparent: ctx.traceparent,
    });
    // The initial stock too: baskets judge availability from stock events alone.
    recordStockChanged(em, product, ctx.traceparent);
    return { product };
  });
}

/** Changes a product's descriptive fields; announces `product.updated`. */
export async function updateProduct(
  ctx: WriteContext,
  productId: string,
  input: ProductChanges,
): Promise<{ product: Product }> {
  const valid = validInput(productChanges, input, messages);
  return ctx.em.transactional(async (em) => {
    const product = await findWritableProduct(ctx, em, productId);
    if (valid.slug && valid.slug !== product.slug) await assertUnique(em, { slug: valid.slug });
    if (valid.categoryId) await assertCategory(em, valid.categoryId);
    if (valid.slug) product.slug = valid.slug;
    if (valid.name) [product.nameFr, product.nameEn] = [valid.name.fr, valid.name.en];
    if (valid.description)
      [product.descriptionFr, product.descriptionEn] = [valid.description.fr, valid.description.en];
    if (valid.categoryId !== undefined) product.categoryId = valid.categoryId;
    if (valid.images) product.images = valid.images;
    if (valid.attributes) product.attributes = valid.attributes;
    recordProductUpdated(em, product, ctx.traceparent);
    return { product };
  });
}

/** Changes a product's price; announces `product.updated` (orders reprices from it). */
export async function setProductPrice(
  ctx: WriteContext,
  productId: string,
  price: { amount: number; currency: string },
): Promise<{ product: Product }> {
  const valid = validInput(z.object({ price: money }), { price }, messages);
  validPrice(valid.price);
  return ctx.em.transactional(async (em) => {
    const product = await findWritableProduct(ctx, em, productId);
    product.priceAmount = valid.price.amount;
    product.priceCurrency = valid.price.currency;
    recordProductUpdated(em, product, ctx.traceparent);
    return { product };
  });
}

/** Withdraws a product from sale; it stays readable for order history. */
export async function archiveProduct(ctx: WriteContext, productId: string): Promise<{ product: Product }> {
  return ctx.em.transactional(async (em) => {
    const product = await findWritableProduct(ctx, em, productId);
    if (product.status === 'ARCHIVED') return { product };
    product.status = 'ARCHIVED';
    recordEvent(em, {
      type: 'product.archived',
      subject: product.id,
      data: { productId: product.id, sku: product.sku },
      traceparent: ctx.traceparent,
    });
    return { product };
  });
}

/**
 * Adds `delta` to the stock on hand with one conditional UPDATE, so concurrent adjustments and
 * reservations never lose a count and stock never falls below what is reserved.
 */
export async function adjustStock(ctx: WriteContext, productId: string, delta: number): Promise<{ product: Product }> {
  if (!Number.isInteger(delta) || Math.abs(delta) > 1_000_000) {
    throw new UserInputError('INVALID', { en: 'Use a whole number.', fr: 'Utilisez un nombre entier.' }, 'input.delta');
  }
  return ctx.em.transactional(async (em) => {
    await findWritableProduct(ctx, em, productId);
    const rows = await execute<{ id: string; stock_on_hand: number; stock_reserved: number }>(
      em,
      'update catalog.product set stock_on_hand = stock_on_hand + ?, updated_at = now() where id = ? and stock_on_hand + ? >= stock_reserved returning id, stock_on_hand, stock_reserved',
      [delta, productId, delta],
    );
    const updated = rows[0];
    if (!updated) {
      await findProduct(em, productId);
      throw new UserInputError(
        'STOCK_BELOW_RESERVED',
        {
          en: 'Stock on hand cannot fall below the reserved quantity.',
          fr: 'Le stock ne peut pas descendre sous la quantité réservée.',
        },
        'input.delta',
      );
    }
    recordStockChanged(
      em,
      { id: updated.id, stockOnHand: updated.stock_on_hand, stockReserved: updated.stock_reserved },
      ctx.traceparent,
    );
    const product = await em.findOneOrFail(Product, { id: productId }, { refresh: true });
    return { product };
  });
}

/** A unit price within the platform maximum, in an ISO 4217 currency. */
function validPrice(price: { amount: number; currency: string }): void {
  if (price.amount > moneyLimits.maxUnitPrice) {
    const max = moneyLimits.maxUnitPrice.toLocaleString('en');
    throw new UserInputError(
      'PRICE_TOO_HIGH',
      {
        en: `A price is at most ${max} minor units.`,
        fr: `Un prix vaut au plus ${moneyLimits.maxUnitPrice.toLocaleString('fr')} unités mineures.`,
      },
      'input.price.amount',
    );
  }
  if (!isCurrencyCode(price.currency)) {
    throw new UserInputError('INVALID_CURRENCY', messages('input.price.currency'), 'input.price.currency');
  }
}

/**
 * The product, locked until the transaction ends: concurrent writers of one product take turns, so
 * each event's snapshot is the state its aggregate version follows (two price changes cannot
 * commit in one order and announce in the other).
 */
async function findProduct(em: EntityManager, productId: string): Promise<Product> {
  const product = await em.findOne(Product, { id: productId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!product)
    throw new UserInputError('NOT_FOUND', { en: 'No such product.', fr: 'Produit introuvable.' }, 'input.productId');
  return product;
}

/**
 * A product the caller may change: any for staff, only its organisation's own for a seller
 * (another seller's answers as one that does not exist).
 */
export async function findWritableProduct(ctx: WriteContext, em: EntityManager, productId: string): Promise<Product> {
  const seller = partnerOrganizationOf(ctx, 'SELLER');
  const product = await findProduct(em, productId);
  if (seller !== null && product.sellerOrganizationId !== seller) {
    throw new UserInputError('NOT_FOUND', { en: 'No such product.', fr: 'Produit introuvable.' }, 'input.productId');
  }
  return product;
}

/**
 * Staff (`catalog:admin`) hand a product to a seller organisation, whose partners then manage
 * it, or take it back for the platform itself (null).
 */
export async function assignProductSeller(
  ctx: Pick<RequestContext, 'em' | 'claims'>,
  input: { productId: string; sellerOrganizationId?: string | null },
): Promise<{ product: Product }> {
  requireScope(ctx, 'catalog:admin');
  const seller = input.sellerOrganizationId ?? null;
  return ctx.em.transactional(async (em) => {
    const product = await findProduct(em, input.productId);
    if (seller !== null && !(await em.findOne(SellerOrganization, { id: seller }))) {
      throw new UserInputError(
        'UNKNOWN_SELLER',
        { en: 'No seller organisation has this id.', fr: 'Aucune organisation vendeuse ne porte cet identifiant.' },
        'input.sellerOrganizationId',
      );
    }
    product.sellerOrganizationId = seller;
    return { product };
  });
}

async function assertUnique(em: EntityManager, values: { sku?: string; slug?: string }) {
  if (values.sku && (await em.count(Product, { sku: values.sku }))) {
    throw new UserInputError(
      'DUPLICATE_SKU',
      { en: 'Another product has this SKU.', fr: 'Un autre produit a cette référence.' },
      'input.sku',
    );
  }
  if (values.slug && (await em.count(Product, { slug: values.slug }))) {
    throw new UserInputError(
      'DUPLICATE_SLUG',
      { en: 'Another product has this slug.', fr: 'Un autre produit a ce slug.' },
      'input.slug',
    );
  }
}

async function assertCategory(em: EntityManager, categoryId: string) {
  if (!(await em.count(Category, { id: categoryId }))) {
    throw new UserInputError(
      'UNKNOWN_CATEGORY',
      { en: 'No such category.', fr: 'Catégorie introuvable.' },
      'input.categoryId',
    );
  }
}
