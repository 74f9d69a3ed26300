/**
 * The words of the demo shop: its category tree and, per kind of goods, the product types,
 * variants and phrases the generator combines. French agrees with each product's gender.
 */

export type Text = { fr: string; en: string };
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
export interface Family {
  /** Colours agree with the product's gender and come before the English noun; sizes follow. */
  variants: Array<{ fr: string | [string, string, string, string]; en: string }>;
  variantAttribute: Text;
  traitAttribute: Text;
  phrases: Text[];
}

export const colours: Family['variants'] = [
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

export const families = {
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

export const roots: Array<{ slug: string; name: Text }> = [
  { slug: 'vetements', name: { fr: 'Vêtements', en: 'Clothing' } },
  { slug: 'maison', name: { fr: 'Maison', en: 'Home' } },
  { slug: 'beaute', name: { fr: 'Beauté', en: 'Beauty' } },
  { slug: 'epicerie-fine', name: { fr: 'Épicerie fine', en: 'Fine food' } },
];

const type = (fr: string, en: string, gender: Gender, trait: Text, price: [number, number]): ProductType => ({
  name: { fr, en },
  gender,
  trait,
  price,
});

export const leaves: Leaf[] = [
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

export const collections = [
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

export const origins: Text[] = [
  { fr: 'Fabrication française.', en: 'Made in France.' },
  { fr: 'Conception à Lyon, fabrication au Portugal.', en: 'Designed in Lyon, made in Portugal.' },
  { fr: 'Façonnage artisanal en Bretagne.', en: 'Crafted by an artisan in Brittany.' },
  { fr: 'Sélection de notre équipe à Marseille.', en: 'Selected by our team in Marseille.' },
];
