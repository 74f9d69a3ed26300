import type { Locale } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { productFacetCountTriggers } from './product-facet-count.ts';

export const productStatuses = ['ACTIVE', 'ARCHIVED'] as const;

export interface ProductImage {
  url: string;
  alt: string;
}

/** The languages an attribute can be written in (the API's Language enum). */
export const attributeLanguages = ['EN', 'FR'] as const;
export type AttributeLanguage = (typeof attributeLanguages)[number];

/** A name/value pair; without a language it reads the same in every language (rows before languages have none). */
export interface ProductAttribute {
  name: string;
  value: string;
  language?: AttributeLanguage;
}

/** What a reader of `locale` sees: the language-neutral attributes and those in that language, in order. */
export function attributesIn(attributes: ProductAttribute[], locale: Locale): ProductAttribute[] {
  const language: AttributeLanguage = locale === 'fr' ? 'FR' : 'EN';
  return attributes.filter((attribute) => !attribute.language || attribute.language === language);
}

/**
 * Full-text document: French and English names (weight A) and descriptions (C), accents removed,
 * plus the sku. Stored and GIN-indexed so search stays fast on a large catalog.
 */
const searchDocument = [
  `setweight(to_tsvector('french', public.immutable_unaccent(name_fr)), 'A')`,
  `setweight(to_tsvector('english', public.immutable_unaccent(name_en)), 'A')`,
  `setweight(to_tsvector('simple', lower(sku)), 'A')`,
  `setweight(to_tsvector('french', public.immutable_unaccent(description_fr)), 'C')`,
  `setweight(to_tsvector('english', public.immutable_unaccent(description_en)), 'C')`,
].join(' || ');

/** A sellable product. Price in minor units; stock counted as on hand and reserved. */
export const Product = defineEntity({
  name: 'Product',
  indexes: [
    { properties: ['categoryId'] },
    { properties: ['priceAmount', 'id'] },
    { properties: ['createdAt', 'id'] },
    { name: 'product_search_document_idx', properties: ['searchDocument'], type: 'gin' },
    // Category pages and facets without a search: an index-only scan of the active products.
    {
      name: 'product_active_facets_idx',
      properties: ['categoryId', 'priceAmount'],
      include: ['stockOnHand', 'stockReserved'],
      where: { status: 'ACTIVE' },
    },
  ],
  checks: [
    { name: 'product_price_not_negative', expression: 'price_amount >= 0' },
    { name: 'product_stock_consistent', expression: 'stock_reserved >= 0 and stock_reserved <= stock_on_hand' },
  ],
  triggers: productFacetCountTriggers,
  properties: {
    id: p.uuid().primary(),
    sku: p.string().unique(),
    slug: p.string().unique(),
    nameFr: p.string(),
    nameEn: p.string(),
    descriptionFr: p.text(),
    descriptionEn: p.text(),
    /** Minor units: bigint in the table, a safe integer in JavaScript (see moneyLimits). */
    priceAmount: p.bigint('number'),
    priceCurrency: p.string().length(3),
    images: p.json<ProductImage[]>(),
    attributes: p.json<ProductAttribute[]>(),
    categoryId: p.uuid().nullable(),
    status: p.enum(productStatuses),
    stockOnHand: p.integer().default(0),
    stockReserved: p.integer().default(0),
    /** The marketplace seller organisation whose partners manage it; null for the platform's own products. */
    sellerOrganizationId: p.uuid().nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    searchDocument: p
      .type('unknown')
      .columnType('tsvector')
      .generated(`(${searchDocument}) stored`)
      .lazy()
      .hidden()
      .nullable(),
  },
});
export type Product = InferEntity<typeof Product>;
