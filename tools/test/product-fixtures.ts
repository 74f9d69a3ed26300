import type { NewProduct } from '../../subgraphs/catalog/src/domain/products.ts';

/** A valid product input with a given sku and price (EUR minor units). */
export function productInput(sku: string, amount = 1000, stock = 10): NewProduct {
  const slug = sku.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    sku,
    slug,
    name: { fr: `Produit ${sku}`, en: `Product ${sku}` },
    description: { fr: `Description de ${sku}`, en: `Description of ${sku}` },
    price: { amount, currency: 'EUR' },
    stock,
  };
}
