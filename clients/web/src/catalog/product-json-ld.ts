import type { ProductPageQuery } from '../generated/graphql.ts';

type PageProduct = NonNullable<ProductPageQuery['product']>;

/** The currency's minor units as a decimal string, e.g. 4590 EUR → "45.90". */
function decimalPrice(money: { amount: number; currency: string }): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return (money.amount / 10 ** digits).toFixed(digits);
}

/**
 * schema.org Product with its Offer, for search engines; `<` escaped so the text cannot close the
 * script element it is written in.
 */
export function productJsonLd(product: PageProduct, url: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.sku,
    description: product.description,
    image: product.images.map((image) => new URL(image.url, url).href),
    ...(product.category?.breadcrumb.length
      ? { category: product.category.breadcrumb.map((category) => category.name).join(' > ') }
      : {}),
    offers: {
      '@type': 'Offer',
      url,
      price: decimalPrice(product.price),
      priceCurrency: product.price.currency,
      availability:
        product.status === 'ACTIVE' && product.stock.available > 0
          ? 'https://schema.org/InStock'
          : product.status === 'ACTIVE'
            ? 'https://schema.org/OutOfStock'
            : 'https://schema.org/Discontinued',
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
