import { type RequestContext, recordEvent } from '@comptoir/kit';
import { uuidv7 } from 'uuidv7';
import { Product } from './product.ts';

export interface NewProduct {
  sku: string;
  slug: string;
  name: string;
  price: { amount: number; currency: string };
}

type WriteContext = Pick<RequestContext, 'em' | 'traceparent'>;

/** Creates a product and announces it (`product.created`) in the same transaction. */
export async function createProduct(ctx: WriteContext, input: NewProduct): Promise<Product> {
  return ctx.em.transactional(async (em) => {
    const product = em.create(Product, {
      id: uuidv7(),
      sku: input.sku,
      slug: input.slug,
      name: input.name,
      priceAmount: input.price.amount,
      priceCurrency: input.price.currency,
    });
    recordEvent(em, {
      type: 'product.created',
      subject: product.id,
      data: snapshot(product),
      traceparent: ctx.traceparent,
    });
    return product;
  });
}

/** Changes a product's price and announces it (`product.updated`) in the same transaction. */
export async function setProductPrice(
  ctx: WriteContext,
  productId: string,
  price: NewProduct['price'],
): Promise<Product> {
  return ctx.em.transactional(async (em) => {
    const product = await em.findOneOrFail(Product, { id: productId });
    product.priceAmount = price.amount;
    product.priceCurrency = price.currency;
    recordEvent(em, {
      type: 'product.updated',
      subject: product.id,
      data: snapshot(product),
      traceparent: ctx.traceparent,
    });
    return product;
  });
}

function snapshot(product: Product) {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    price: { amount: product.priceAmount, currency: product.priceCurrency },
  };
}
