import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewProduct } from '../../subgraphs/catalog/src/domain/products.ts';

/**
 * A deterministic demo shop: a two-level category tree and as many products as asked, named and
 * described in French and English. The same seed always gives the same catalogue, so fixtures
 * and benchmarks are reproducible.
 */

export interface DemoCategory {
  slug: string;
  nameFr: string;
  nameEn: string;
  parentSlug: string | null;
}

/** A product as plain column values; its category is named by slug. */
export interface DemoProduct {
  sku: string;
  slug: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  /** EUR minor units. */
  priceAmount: number;
  priceCurrency: 'EUR';
  images: Array<{ url: string; alt: string }>;
  attributes: Array<{ name: string; value: string }>;
  stockOnHand: number;
  categorySlug: string;
}

/** `createProduct` input, with the category named by slug for the caller to map to its id. */
export type DemoProductInput = Omit<NewProduct, 'categoryId'> & { categorySlug: string };

type Text = { fr: string; en: string };
/** French agreement of an adjective: masculine, feminine, masculine plural, feminine plural. */
type Gender = 0 | 1 | 2 | 3;
const [m, f, fp] = [0, 1, 3] as const;

interface ProductType {
  name: Text;
  gender: Gender;
  /** Material, main ingredient or origin, per the family's attribute names. */
  trait: Text;
  /** Price range, EUR minor units. */
  price: [number, number];
}

/** A kind of goods: how its variants read and which attribute names it uses. */
interface Family {
  /** Colours agree with the product's gender and come before the English noun; sizes follow. */
  variants: Array<{ fr: string | [string, string, string, string]; en: string }>;
  variantAttribute: Text;
  traitAttribute: Text;
  phrases: Text[];
}

const colours: Family['variants'] = [
  { fr: ['noir', 'noire', 'noirs', 'noires'], en: 'black' },
  { fr: ['blanc', 'blanche', 'blancs', 'blanches'], en: 'white' },
  { fr: ['gris', 'grise', 'gris', 'grises'], en: 'grey' },
  { fr: ['bleu', 'bleue', 'bleus', 'bleues'], en: 'blue' },
  { fr: ['écru', 'écrue', 'écrus', 'écrues'], en: 'ecru' },
  { fr: ['doré', 'dorée', 'dorés', 'dorées'], en: 'golden' },
  { fr: 'bleu marine', en: 'navy' },
  { fr: 'vert sauge', en: 'sage green' },
  { fr: 'rouge brique', en: 'brick red' },
  { fr: 'crème', en: 'cream' },
  { fr: 'moutarde', en: 'mustard' },
  { fr: 'terracotta', en: 'terracotta' },
];

const families = {
  clothing: {
    variants: colours,
    variantAttribute: { fr: 'couleur', en: 'colour' },
    traitAttribute: { fr: 'matière', en: 'material' },
    phrases: [
      {
        fr: 'Coupe ajustée, coutures renforcées et finitions soignées.',
        en: 'Tailored fit, reinforced seams and careful finishing.',
      },
      {
        fr: 'Matière douce et respirante, agréable à porter toute l’année.',
        en: 'Soft, breathable fabric, comfortable all year round.',
      },
      { fr: 'Échange gratuit sous 30 jours.', en: 'Free exchange within 30 days.' },
      {
        fr: 'Se porte aussi bien en ville qu’en week-end à la mer.',
        en: 'Equally at home in town or on a weekend by the sea.',
      },
    ],
  },
  home: {
    variants: colours,
    variantAttribute: { fr: 'couleur', en: 'colour' },
    traitAttribute: { fr: 'matière', en: 'material' },
    phrases: [
      { fr: 'Pièce façonnée à la main : chaque exemplaire est unique.', en: 'Handmade piece: each one is unique.' },
      { fr: 'Une pièce qui dure et se patine avec le temps.', en: 'Built to last and to age gracefully.' },
      {
        fr: 'Se marie avec un bol en grès ou une tasse en porcelaine.',
        en: 'Pairs well with a stoneware bowl or a porcelain cup.',
      },
      { fr: 'Entretien facile : un coup d’éponge suffit.', en: 'Easy care: a wipe with a sponge is enough.' },
    ],
  },
  beauty: {
    variants: [
      { fr: '15 ml', en: '15 ml' },
      { fr: '30 ml', en: '30 ml' },
      { fr: '50 ml', en: '50 ml' },
      { fr: '100 ml', en: '100 ml' },
    ],
    variantAttribute: { fr: 'contenance', en: 'volume' },
    traitAttribute: { fr: 'ingrédient', en: 'ingredient' },
    phrases: [
      { fr: 'Formule végane, sans paraben ni silicone.', en: 'Vegan formula, free from parabens and silicones.' },
      {
        fr: 'Convient aux peaux sensibles ; formule testée sous contrôle dermatologique.',
        en: 'Suitable for sensitive skin; dermatologically tested.',
      },
      { fr: 'Délicate senteur de fleur d’oranger et de néroli.', en: 'Delicate scent of orange blossom and neroli.' },
      { fr: 'Flacon en verre recyclé, bouchon en bois de hêtre.', en: 'Recycled glass bottle with a beechwood cap.' },
    ],
  },
  food: {
    variants: [
      { fr: '100 g', en: '100 g' },
      { fr: '250 g', en: '250 g' },
      { fr: '500 g', en: '500 g' },
    ],
    variantAttribute: { fr: 'poids', en: 'weight' },
    traitAttribute: { fr: 'origine', en: 'origin' },
    phrases: [
      { fr: 'Ingrédients issus de l’agriculture biologique.', en: 'Organically grown ingredients.' },
      { fr: 'Idéal au goûter, avec un thé ou un café.', en: 'Perfect for an afternoon treat, with tea or coffee.' },
      { fr: 'À conserver au sec, à l’abri de la lumière.', en: 'Store in a cool, dry place away from light.' },
      { fr: 'Récolte à la main, en petites quantités.', en: 'Hand-picked in small batches.' },
    ],
  },
} satisfies Record<string, Family>;

interface Leaf {
  slug: string;
  name: Text;
  parentSlug: string;
  skuPrefix: string;
  family: keyof typeof families;
  types: ProductType[];
}

const roots: DemoCategory[] = [
  { slug: 'vetements', nameFr: 'Vêtements', nameEn: 'Clothing', parentSlug: null },
  { slug: 'maison', nameFr: 'Maison', nameEn: 'Home', parentSlug: null },
  { slug: 'beaute', nameFr: 'Beauté', nameEn: 'Beauty', parentSlug: null },
  { slug: 'epicerie-fine', nameFr: 'Épicerie fine', nameEn: 'Fine food', parentSlug: null },
];

const type = (fr: string, en: string, gender: Gender, trait: Text, price: [number, number]): ProductType => ({
  name: { fr, en },
  gender,
  trait,
  price,
});

const leaves: Leaf[] = [
  {
    slug: 't-shirts',
    name: { fr: 'T-shirts', en: 'T-shirts' },
    parentSlug: 'vetements',
    skuPrefix: 'TSH',
    family: 'clothing',
    types: [
      type(
        'T-shirt en coton bio',
        'organic cotton T-shirt',
        m,
        { fr: 'coton bio', en: 'organic cotton' },
        [1500, 3500],
      ),
      type('T-shirt col V en lin', 'linen V-neck T-shirt', m, { fr: 'lin', en: 'linen' }, [2500, 4500]),
      type('Débardeur côtelé', 'ribbed tank top', m, { fr: 'coton', en: 'cotton' }, [1200, 2500]),
      type('Polo en piqué de coton', 'cotton piqué polo shirt', m, { fr: 'coton', en: 'cotton' }, [3500, 6500]),
    ],
  },
  {
    slug: 'pulls',
    name: { fr: 'Pulls', en: 'Sweaters' },
    parentSlug: 'vetements',
    skuPrefix: 'PUL',
    family: 'clothing',
    types: [
      type('Pull en laine mérinos', 'merino wool jumper', m, { fr: 'laine mérinos', en: 'merino wool' }, [6500, 12000]),
      type('Gilet en cachemire', 'cashmere cardigan', m, { fr: 'cachemire', en: 'cashmere' }, [9500, 19000]),
      type(
        'Sweat à capuche molletonné',
        'fleece hoodie',
        m,
        { fr: 'coton molletonné', en: 'brushed cotton' },
        [4500, 7900],
      ),
      type('Pull marin rayé', 'striped Breton jumper', m, { fr: 'laine', en: 'wool' }, [5500, 9500]),
    ],
  },
  {
    slug: 'pantalons',
    name: { fr: 'Pantalons', en: 'Trousers' },
    parentSlug: 'vetements',
    skuPrefix: 'PAN',
    family: 'clothing',
    types: [
      type('Pantalon chino en coton', 'cotton chinos', m, { fr: 'coton', en: 'cotton' }, [4900, 8900]),
      type('Jean droit en denim brut', 'straight raw denim jeans', m, { fr: 'denim', en: 'denim' }, [7900, 13900]),
      type(
        'Pantalon en velours côtelé',
        'corduroy trousers',
        m,
        { fr: 'velours côtelé', en: 'corduroy' },
        [6900, 11900],
      ),
    ],
  },
  {
    slug: 'chaussures',
    name: { fr: 'Chaussures', en: 'Shoes' },
    parentSlug: 'vetements',
    skuPrefix: 'CHA',
    family: 'clothing',
    types: [
      type('Baskets en cuir', 'leather sneakers', fp, { fr: 'cuir', en: 'leather' }, [8900, 15900]),
      type(
        'Chaussures de randonnée',
        'hiking boots',
        fp,
        { fr: 'cuir et textile', en: 'leather and textile' },
        [9900, 18900],
      ),
      type(
        'Espadrilles en toile',
        'canvas espadrilles',
        fp,
        { fr: 'toile de coton', en: 'cotton canvas' },
        [2500, 4900],
      ),
      type('Bottines en daim', 'suede ankle boots', fp, { fr: 'daim', en: 'suede' }, [11900, 21900]),
    ],
  },
  {
    slug: 'echarpes-et-bonnets',
    name: { fr: 'Écharpes et bonnets', en: 'Scarves and hats' },
    parentSlug: 'vetements',
    skuPrefix: 'ECH',
    family: 'clothing',
    types: [
      type('Écharpe en laine d’agneau', 'lambswool scarf', f, { fr: 'laine d’agneau', en: 'lambswool' }, [3500, 6900]),
      type('Bonnet côtelé en laine', 'ribbed wool beanie', m, { fr: 'laine', en: 'wool' }, [1900, 3900]),
      type('Foulard en soie', 'silk square scarf', m, { fr: 'soie', en: 'silk' }, [4900, 9900]),
    ],
  },
  {
    slug: 'cuisine',
    name: { fr: 'Cuisine', en: 'Kitchen' },
    parentSlug: 'maison',
    skuPrefix: 'CUI',
    family: 'home',
    types: [
      type('Théière en fonte', 'cast-iron teapot', f, { fr: 'fonte', en: 'cast iron' }, [3500, 8900]),
      type('Poêle en acier', 'carbon steel frying pan', f, { fr: 'acier', en: 'steel' }, [2900, 6900]),
      type(
        'Cocotte en fonte émaillée',
        'enamelled cast-iron casserole',
        f,
        { fr: 'fonte émaillée', en: 'enamelled cast iron' },
        [8900, 24900],
      ),
      type(
        'Couteau de chef forgé',
        'forged chef’s knife',
        m,
        { fr: 'acier inoxydable', en: 'stainless steel' },
        [4900, 14900],
      ),
      type('Bol en grès', 'stoneware bowl', m, { fr: 'grès', en: 'stoneware' }, [900, 1900]),
    ],
  },
  {
    slug: 'linge-de-maison',
    name: { fr: 'Linge de maison', en: 'Bed and bath linen' },
    parentSlug: 'maison',
    skuPrefix: 'LIN',
    family: 'home',
    types: [
      type(
        'Housse de couette en lin lavé',
        'washed linen duvet cover',
        f,
        { fr: 'lin lavé', en: 'washed linen' },
        [8900, 16900],
      ),
      type(
        'Drap housse en percale',
        'percale fitted sheet',
        m,
        { fr: 'percale de coton', en: 'cotton percale' },
        [3900, 6900],
      ),
      type('Serviette de bain en coton', 'cotton bath towel', f, { fr: 'coton', en: 'cotton' }, [1500, 3500]),
      type('Nappe en lin', 'linen tablecloth', f, { fr: 'lin', en: 'linen' }, [4500, 8900]),
    ],
  },
  {
    slug: 'decoration',
    name: { fr: 'Décoration', en: 'Decor' },
    parentSlug: 'maison',
    skuPrefix: 'DEC',
    family: 'home',
    types: [
      type(
        'Bougie parfumée à la figue',
        'fig scented candle',
        f,
        { fr: 'cire végétale', en: 'plant wax' },
        [1800, 3900],
      ),
      type('Vase en céramique', 'ceramic vase', m, { fr: 'céramique', en: 'ceramic' }, [2500, 6900]),
      type('Miroir rond en rotin', 'round rattan mirror', m, { fr: 'rotin', en: 'rattan' }, [4900, 12900]),
      type('Coussin en velours', 'velvet cushion', m, { fr: 'velours', en: 'velvet' }, [2900, 5900]),
    ],
  },
  {
    slug: 'soins-du-visage',
    name: { fr: 'Soins du visage', en: 'Skincare' },
    parentSlug: 'beaute',
    skuPrefix: 'SOI',
    family: 'beauty',
    types: [
      type(
        'Crème hydratante à l’aloe vera',
        'aloe vera moisturising cream',
        f,
        { fr: 'aloe vera', en: 'aloe vera' },
        [1500, 3900],
      ),
      type(
        'Sérum éclat à la vitamine C',
        'vitamin C glow serum',
        m,
        { fr: 'vitamine C', en: 'vitamin C' },
        [2500, 5900],
      ),
      type('Huile démaquillante', 'cleansing oil', f, { fr: 'huile de jojoba', en: 'jojoba oil' }, [1800, 3500]),
      type('Baume à lèvres au miel', 'honey lip balm', m, { fr: 'miel', en: 'honey' }, [500, 1200]),
    ],
  },
  {
    slug: 'parfums',
    name: { fr: 'Parfums', en: 'Fragrances' },
    parentSlug: 'beaute',
    skuPrefix: 'PAR',
    family: 'beauty',
    types: [
      type(
        'Eau de parfum à la fleur d’oranger',
        'orange blossom eau de parfum',
        f,
        { fr: 'fleur d’oranger', en: 'orange blossom' },
        [4900, 12900],
      ),
      type(
        'Eau de toilette boisée au cèdre',
        'cedarwood eau de toilette',
        f,
        { fr: 'cèdre', en: 'cedarwood' },
        [3900, 8900],
      ),
      type('Brume parfumée à la lavande', 'lavender body mist', f, { fr: 'lavande', en: 'lavender' }, [1500, 2900]),
    ],
  },
  {
    slug: 'thes-et-infusions',
    name: { fr: 'Thés et infusions', en: 'Teas and infusions' },
    parentSlug: 'epicerie-fine',
    skuPrefix: 'THE',
    family: 'food',
    types: [
      type('Thé vert sencha', 'sencha green tea', m, { fr: 'Japon', en: 'Japan' }, [800, 2400]),
      type(
        'Thé noir Earl Grey à la bergamote',
        'bergamot Earl Grey black tea',
        m,
        { fr: 'Sri Lanka', en: 'Sri Lanka' },
        [700, 1900],
      ),
      type(
        'Infusion verveine et menthe',
        'lemon verbena and mint infusion',
        f,
        { fr: 'France', en: 'France' },
        [600, 1500],
      ),
      type('Rooibos à la vanille', 'vanilla rooibos', m, { fr: 'Afrique du Sud', en: 'South Africa' }, [700, 1600]),
    ],
  },
  {
    slug: 'chocolats',
    name: { fr: 'Chocolats', en: 'Chocolates' },
    parentSlug: 'epicerie-fine',
    skuPrefix: 'CHO',
    family: 'food',
    types: [
      type(
        'Tablette de chocolat noir 70 %',
        '70% dark chocolate bar',
        f,
        { fr: 'Équateur', en: 'Ecuador' },
        [350, 900],
      ),
      type(
        'Pralinés aux noisettes du Piémont',
        'Piedmont hazelnut pralines',
        m,
        { fr: 'Italie', en: 'Italy' },
        [1500, 3900],
      ),
      type('Truffes au cacao', 'cocoa-dusted truffles', fp, { fr: 'France', en: 'France' }, [1200, 2900]),
      type('Pâte à tartiner aux noisettes', 'hazelnut spread', f, { fr: 'France', en: 'France' }, [600, 1400]),
    ],
  },
];

const collections = [
  'Mistral',
  'Garrigue',
  'Rivage',
  'Bocage',
  'Calanque',
  'Céleste',
  'Étoile',
  'Forêt',
  'Atelier',
  'Écume',
];

const origins: Text[] = [
  { fr: 'Fabrication française.', en: 'Made in France.' },
  { fr: 'Conception à Lyon, fabrication au Portugal.', en: 'Designed in Lyon, made in Portugal.' },
  { fr: 'Façonnage artisanal en Bretagne.', en: 'Crafted by an artisan in Brittany.' },
  { fr: 'Sélection de notre équipe à Marseille.', en: 'Selected by our team in Marseille.' },
];

/** The demo category tree, roots first, each child after its parent. */
export function demoCategories(): DemoCategory[] {
  return [
    ...roots,
    ...leaves.map((leaf) => ({
      slug: leaf.slug,
      nameFr: leaf.name.fr,
      nameEn: leaf.name.en,
      parentSlug: leaf.parentSlug,
    })),
  ];
}

/** `count` demo products; the same `seed` always yields the same products. */
export function demoProducts(count: number, seed = defaultSeed): DemoProduct[] {
  return [...generateProducts(count, seed)];
}

/** The same products as `demoProducts`, shaped for the catalog's `createProduct`. */
export function demoProductInputs(count: number, seed = defaultSeed): DemoProductInput[] {
  return demoProducts(count, seed).map((product) => ({
    sku: product.sku,
    slug: product.slug,
    name: { fr: product.nameFr, en: product.nameEn },
    description: { fr: product.descriptionFr, en: product.descriptionEn },
    price: { amount: product.priceAmount, currency: product.priceCurrency },
    images: product.images,
    attributes: product.attributes,
    stock: product.stockOnHand,
    categorySlug: product.categorySlug,
  }));
}

const defaultSeed = 2026;
const batchSize = 1000;

/**
 * Bulk-loads the demo categories and `products` demo products into an empty catalog, in one
 * transaction of multi-row INSERTs (100 000 products take seconds, not the minutes the domain
 * services would). For benchmarks and fixtures only: it bypasses the domain services, so it
 * records no outbox events and nothing downstream hears of these products. Products are dated
 * one minute apart, up to now, with UUIDv7 ids of the same instants. Returns category ids by slug.
 */
export async function loadDemoCatalog(
  em: EntityManager,
  options: { products: number; seed?: number },
): Promise<Map<string, string>> {
  return em.transactional(async (tx) => {
    const run = (sql: string, params: unknown[]) =>
      tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
    const now = Date.now();
    const categoryIds = new Map<string, string>();
    const paths = new Map<string, string>();
    const siblings = new Map<string | null, number>();
    const categoryRows = demoCategories().map((category) => {
      const id = uuidv7At(now);
      const parentPath = category.parentSlug ? paths.get(category.parentSlug) : undefined;
      const position = siblings.get(category.parentSlug) ?? 0;
      siblings.set(category.parentSlug, position + 1);
      categoryIds.set(category.slug, id);
      paths.set(category.slug, parentPath ? `${parentPath}/${id}` : id);
      const parentId = category.parentSlug ? categoryIds.get(category.parentSlug) : null;
      return [
        id,
        category.slug,
        category.nameFr,
        category.nameEn,
        parentId,
        paths.get(category.slug),
        position,
        new Date(now).toISOString(),
      ];
    });
    await run(
      `insert into catalog.category (id, slug, name_fr, name_en, parent_id, path, position, created_at) values ${rowsOf(categoryRows.length, '(?, ?, ?, ?, ?, ?, ?, ?::timestamptz)')}`,
      categoryRows.flat(),
    );

    let batch: unknown[][] = [];
    const flush = async () => {
      await run(
        `insert into catalog.product (id, sku, slug, name_fr, name_en, description_fr, description_en, price_amount, price_currency, images, attributes, category_id, status, stock_on_hand, stock_reserved, created_at, updated_at) values ${rowsOf(batch.length, `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, 'ACTIVE', ?, 0, ?::timestamptz, ?::timestamptz)`)}`,
        batch.flat(),
      );
      batch = [];
    };
    let index = 0;
    for (const product of generateProducts(options.products, options.seed ?? defaultSeed)) {
      const createdAt = now - (options.products - index++) * 60_000;
      const timestamp = new Date(createdAt).toISOString();
      batch.push([
        uuidv7At(createdAt),
        product.sku,
        product.slug,
        product.nameFr,
        product.nameEn,
        product.descriptionFr,
        product.descriptionEn,
        product.priceAmount,
        product.priceCurrency,
        JSON.stringify(product.images),
        JSON.stringify(product.attributes),
        categoryIds.get(product.categorySlug),
        product.stockOnHand,
        timestamp,
        timestamp,
      ]);
      if (batch.length === batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    return categoryIds;
  });
}

function* generateProducts(count: number, seed: number): Generator<DemoProduct> {
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
      nameFr,
      nameEn,
      descriptionFr: [`${kind.name.fr} ${variantFr} de la collection ${collection}.`, phraseA.fr, phraseB.fr, origin.fr]
        .filter(unique)
        .join(' '),
      descriptionEn: [
        `${capitalise(kind.name.en)}, ${variant.en}, from the ${collection} collection.`,
        phraseA.en,
        phraseB.en,
        origin.en,
      ]
        .filter(unique)
        .join(' '),
      // Shop prices end in 90: 24,90 €.
      priceAmount: Math.max(190, Math.round((low + random() * (high - low)) / 100) * 100 - 10),
      priceCurrency: 'EUR',
      images: [{ url: `https://images.comptoir.test/${slug}.jpg`, alt: nameFr }],
      attributes: [
        { name: family.variantAttribute.fr, value: variantFr },
        { name: family.variantAttribute.en, value: variant.en },
        { name: family.traitAttribute.fr, value: kind.trait.fr },
        { name: family.traitAttribute.en, value: kind.trait.en },
      ],
      // About one product in seven is sold out.
      stockOnHand: random() < 0.15 ? 0 : 1 + Math.floor(random() * 50),
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

/** A UUIDv7 for a given instant, so bulk-loaded ids sort like their creation times. */
function uuidv7At(unixMs: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(unixMs, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
const rowsOf = (count: number, row: string) => Array.from({ length: count }, () => row).join(', ');
