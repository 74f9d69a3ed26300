/**
 * A valid catalog product input (createProduct's NewProduct) with a given sku, price in EUR minor
 * units and stock; names and descriptions in French and English derived from the sku. Shared by
 * catalog's own tests and the cross-domain journeys that need products to buy.
 */
export function productInput(sku: string, amount = 1000, stock = 10) {
  return {
    sku,
    slug: sku.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: { fr: `Produit ${sku}`, en: `Product ${sku}` },
    description: { fr: `Description de ${sku}`, en: `Description of ${sku}` },
    price: { amount, currency: 'EUR' },
    stock,
  };
}
