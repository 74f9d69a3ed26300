import type { ProductAttribute } from '../domain/product.ts';
import { collections, colours, type Family, families, leaves, origins, roots, type Text } from './vocabulary.ts';

/**
 * A deterministic demo shop: a two-level category tree and as many products as asked, named and
 * described in French and English. The same seed always gives the same catalogue, so fixtures
 * and benchmarks are reproducible.
 */

export interface DemoCategory {
  slug: string;
  name: Text;
  parentSlug: string | null;
}

/** A product as `createProduct` takes it, its category named by slug for the caller to map to an id. */
export interface DemoProduct {
  sku: string;
  slug: string;
  name: Text;
  description: Text;
  /** EUR minor units. */
  price: { amount: number; currency: 'EUR' };
  images: Array<{ url: string; alt: string }>;
  /** Each in French and in English: a shopper reads those of their language. */
  attributes: ProductAttribute[];
  stock: number;
  categorySlug: string;
}

const defaultSeed = 2026;

/** The demo category tree, roots first, each child after its parent. */
export function demoCategories(): DemoCategory[] {
  return [
    ...roots.map((root) => ({ ...root, parentSlug: null })),
    ...leaves.map((leaf) => ({ slug: leaf.slug, name: leaf.name, parentSlug: leaf.parentSlug })),
  ];
}

/** `count` demo products, one at a time; the same `seed` always yields the same products. */
export function* demoProducts(count: number, seed = defaultSeed): Generator<DemoProduct> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let index = 0; index < count; index++) {
    const leaf = pick(leaves);
    const family: Family = families[leaf.family];
    const kind = pick(leaf.types);
    const variant = pick(family.variants);
    const collection = pick(collections);
    const variantFr = typeof variant.fr === 'string' ? variant.fr : variant.fr[kind.gender];
    const isColour = family.variants === colours;
    const nameFr = `${kind.name.fr} ${variantFr} ${collection}`;
    const nameEn = isColour
      ? `${collection} ${variant.en} ${kind.name.en}`
      : `${collection} ${kind.name.en} ${variant.en}`;
    const [phraseA, phraseB] = [pick(family.phrases), pick(family.phrases)];
    const origin = pick(origins);
    const [low, high] = kind.price;
    const slug = `${slugify(nameFr)}-${index + 1}`;
    yield {
      sku: `${leaf.skuPrefix}-${String(index + 1).padStart(6, '0')}`,
      slug,
      name: { fr: nameFr, en: nameEn },
      description: {
        fr: [`${kind.name.fr} ${variantFr} de la collection ${collection}.`, phraseA.fr, phraseB.fr, origin.fr]
          .filter(unique)
          .join(' '),
        en: [
          `${capitalise(kind.name.en)}, ${variant.en}, from the ${collection} collection.`,
          phraseA.en,
          phraseB.en,
          origin.en,
        ]
          .filter(unique)
          .join(' '),
      },
      // Shop prices end in 90: 24,90 €.
      price: { amount: Math.max(190, Math.round((low + random() * (high - low)) / 100) * 100 - 10), currency: 'EUR' },
      images: [{ url: `https://images.comptoir.test/${slug}.jpg`, alt: nameFr }],
      attributes: [
        { name: family.variantAttribute.fr, value: variantFr, language: 'FR' },
        { name: family.traitAttribute.fr, value: kind.trait.fr, language: 'FR' },
        { name: family.variantAttribute.en, value: variant.en, language: 'EN' },
        { name: family.traitAttribute.en, value: kind.trait.en, language: 'EN' },
      ],
      // About one product in seven is sold out.
      stock: random() < 0.15 ? 0 : 1 + Math.floor(random() * 50),
      categorySlug: leaf.slug,
    };
  }
}

/** Small, fast, seedable PRNG (mulberry32): uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const unique = <T>(item: T, index: number, items: T[]) => items.indexOf(item) === index;
