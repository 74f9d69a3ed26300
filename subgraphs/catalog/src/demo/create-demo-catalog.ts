import type { RequestContext } from '@comptoir/kit';
import { createCategory } from '../domain/categories.ts';
import type { Product } from '../domain/product.ts';
import { createProduct } from '../domain/products.ts';
import { demoCategories, demoProducts } from './demo-products.ts';

/**
 * Creates the demo categories and `products` demo products through catalog's own services, so
 * each is validated and announced (`product.created`, its stock) like any other: the demo seed's
 * way, which downstream read models (baskets, orders) hear of. Returns the products in order.
 */
export async function createDemoCatalog(
  ctx: Pick<RequestContext, 'em' | 'traceparent'>,
  options: { products: number; seed?: number },
): Promise<Product[]> {
  const categoryIds = new Map<string, string>();
  for (const { slug, name, parentSlug } of demoCategories()) {
    const parentId = parentSlug ? categoryIds.get(parentSlug) : null;
    const { category } = await createCategory(ctx, { slug, name, parentId });
    categoryIds.set(slug, category.id);
  }
  const products: Product[] = [];
  for (const { categorySlug, ...product } of demoProducts(options.products, options.seed)) {
    products.push((await createProduct(ctx, { ...product, categoryId: categoryIds.get(categorySlug) })).product);
  }
  return products;
}
