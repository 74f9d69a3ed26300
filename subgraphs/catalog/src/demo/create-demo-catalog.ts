import type { RequestContext } from '@comptoir/kit';
import { createCategory } from '../domain/categories.ts';
import type { ImageStorage } from '../domain/images/image-storage.ts';
import { storeImage } from '../domain/images/image-upload.ts';
import { imagePath } from '../domain/images/image-variants.ts';
import type { Product, ProductImage } from '../domain/product.ts';
import { createProduct } from '../domain/products.ts';
import { demoPicture } from './demo-picture.ts';
import { type DemoProduct, demoCategories, demoProducts } from './demo-products.ts';

/**
 * Creates the demo categories and `products` demo products through catalog's own services, so
 * each is validated and announced (`product.created`, its stock) like any other: the demo seed's
 * way, which downstream read models (baskets, orders) hear of. Given `images`, each product
 * gets a generated picture stored there. Returns the products in order.
 */
export async function createDemoCatalog(
  ctx: Pick<RequestContext, 'em' | 'traceparent'>,
  options: {
    products: number;
    seed?: number;
    /** Where each product's generated picture is stored; without it, products link to nonexistent images. */
    images?: ImageStorage;
  },
): Promise<Product[]> {
  const categoryIds = new Map<string, string>();
  for (const { slug, name, parentSlug } of demoCategories()) {
    const parentId = parentSlug ? categoryIds.get(parentSlug) : null;
    const { category } = await createCategory(ctx, { slug, name, parentId });
    categoryIds.set(slug, category.id);
  }
  const all = [...demoProducts(options.products, options.seed)];
  const batches = Array.from({ length: Math.ceil(all.length / pictureBatch) }, (_, index) =>
    all.slice(index * pictureBatch, (index + 1) * pictureBatch),
  );
  const imagesOf = (batch: DemoProduct[]) =>
    Promise.all(batch.map((product) => (options.images ? pictured(options.images, product) : product.images)));
  const products: Product[] = [];
  let rendering = imagesOf(batches[0] ?? []);
  for (const [index, batch] of batches.entries()) {
    const images = await rendering;
    // sharp renders the next pictures on its own threads while this batch's products are written.
    rendering = imagesOf(batches[index + 1] ?? []);
    for (const [position, { categorySlug, ...product }] of batch.entries()) {
      const input = { ...product, images: images[position], categoryId: categoryIds.get(categorySlug) };
      products.push((await createProduct(ctx, input)).product);
    }
  }
  return products;
}

/** Pictures rendered at once: sharp spreads them over the cores. */
const pictureBatch = 8;

/** The product's generated picture, stored as an uploaded one would be. */
async function pictured(storage: ImageStorage, product: DemoProduct): Promise<ProductImage[]> {
  const imageId = await storeImage(storage, await demoPicture(product.name.fr, product.categorySlug), 'image/jpeg');
  return [{ url: imagePath(imageId, 'large'), alt: product.name.fr }];
}
