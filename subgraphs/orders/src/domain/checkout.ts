import {
  type Claims,
  eventually,
  execute,
  isUuid,
  type Message,
  type PostalAddress,
  type PostalAddressInput,
  recordEvent,
  requireClaims,
  UserInputError,
  validPostalAddress,
} from '@comptoir/kit';
import { type EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { BasketSnapshot, type BasketSnapshotItem } from './basket-snapshot.ts';
import type { OrdersContext, OrdersServices } from './context.ts';
import { CustomerAddress } from './customer-address.ts';
import { Order, OrderLine, OrderStatusChange } from './order.ts';
import { openPayment } from './payments/payment-saga.ts';
import type { PaymentProvider } from './payments/provider.ts';
import { ProductPrice } from './product-price.ts';
import { shippingFor } from './shipping.ts';

export interface PlaceOrderInput {
  addressId?: string | null;
  shippingAddress?: PostalAddressInput | null;
  idempotencyKey: string;
  basketVersion?: number | null;
  /** The payment provider's one-time token for the customer's card: never card data. */
  payment: { token: string };
}

/** Placing an order needs the provider's name only: the payments consumer calls it afterwards. */
type CheckoutContext = Pick<OrdersContext, 'em' | 'claims' | 'traceparent'> & {
  services: Pick<OrdersServices, 'shippingRates'> & { paymentProvider: Pick<PaymentProvider, 'name'> };
};

/** How long placeOrder waits for the basket version the shopper saw to reach checkout. */
const basketWaitMs = 5_000;
/** How long it waits for an address of the book it has not heard of yet. */
const addressWaitMs = 2_000;
const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{8,100}$/;
/** What a provider's card token looks like, whichever provider: short, printable, no spaces. */
const paymentTokenPattern = /^[A-Za-z0-9_.:-]{1,255}$/;

/**
 * Places an order from the caller's basket, as checkout last heard of it, priced from orders' own
 * copy of catalog prices, with its payment PENDING, and announces it (`order.placed`): orders'
 * payments then authorize the card, and catalog reserves the stock once it is authorized. The
 * same idempotency key always answers with the same order, and never makes a second one, even when
 * calls race. One basket version is ordered at most once, and a given `basketVersion` is ordered
 * exactly: a basket that changed since the shopper reviewed it is refused (BASKET_CHANGED).
 */
export async function placeOrder(ctx: CheckoutContext, input: PlaceOrderInput): Promise<{ order: Order }> {
  const claims = requireClaims(ctx);
  const request = validRequest(input);
  const placed = await orderWithKey(ctx.em, claims.sub, request.idempotencyKey);
  if (placed) return { order: placed };
  if (request.basketVersion !== null) await awaitBasketVersion(ctx.em, claims.sub, request.basketVersion);
  if ('id' in request.address) await awaitAddress(ctx.em, claims.sub, request.address.id);
  try {
    return await ctx.em.transactional((em) => placeFromBasket(em, claims, request, ctx.services, ctx.traceparent));
  } catch (error) {
    // A concurrent call with the same key won the unique index: its order is the answer.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await orderWithKey(ctx.em.fork(), claims.sub, request.idempotencyKey);
    if (!winner) throw error;
    return { order: winner };
  }
}

interface ValidRequest {
  address: { id: string } | { snapshot: PostalAddress };
  idempotencyKey: string;
  basketVersion: number | null;
  paymentToken: string;
}

function validRequest(input: PlaceOrderInput): ValidRequest {
  const hasId = input.addressId != null;
  const hasAddress = input.shippingAddress != null;
  if (hasId === hasAddress) {
    throw new UserInputError(
      'ADDRESS_REQUIRED',
      {
        en: 'Choose an address from your address book or enter one, not both.',
        fr: 'Choisissez une adresse de votre carnet ou saisissez-en une, pas les deux.',
      },
      'input',
    );
  }
  if (!idempotencyKeyPattern.test(input.idempotencyKey)) {
    throw new UserInputError(
      'INVALID_IDEMPOTENCY_KEY',
      {
        en: 'Use 8 to 100 letters, digits or the characters _ . : -',
        fr: 'Utilisez 8 à 100 lettres, chiffres ou caractères _ . : -',
      },
      'input.idempotencyKey',
    );
  }
  if (!paymentTokenPattern.test(input.payment.token)) {
    throw new UserInputError(
      'INVALID_PAYMENT_TOKEN',
      {
        en: 'The payment could not be read: enter your card again.',
        fr: 'Le paiement n’a pas pu être lu : saisissez à nouveau votre carte.',
      },
      'input.payment.token',
    );
  }
  return {
    address: input.shippingAddress
      ? { snapshot: validPostalAddress(input.shippingAddress, 'input.shippingAddress') }
      : { id: input.addressId as string },
    idempotencyKey: input.idempotencyKey,
    basketVersion: input.basketVersion ?? null,
    paymentToken: input.payment.token,
  };
}

function orderWithKey(em: EntityManager, customerId: string, idempotencyKey: string): Promise<Order | null> {
  return em.findOne(Order, { customerId, idempotencyKey });
}

/**
 * Basket changes reach checkout through events, a moment after the shopper saw them: waits (outside
 * any transaction) until checkout knows `version` of the customer's basket, or gives up.
 */
async function awaitBasketVersion(em: EntityManager, customerId: string, version: number): Promise<void> {
  const known = await eventually(
    async () => ((await em.fork().findOne(BasketSnapshot, { customerId }))?.version ?? -1) >= version,
    basketWaitMs,
  );
  if (known) return;
  throw new UserInputError(
    'BASKET_OUT_OF_DATE',
    {
      en: 'Your latest basket changes are still on their way. Please try again in a moment.',
      fr: 'Vos dernières modifications du panier sont encore en route. Réessayez dans un instant.',
    },
    'input.basketVersion',
  );
}

/** An address saved a moment ago may still be on its way (`address.saved`): give it a little time. */
async function awaitAddress(em: EntityManager, customerId: string, addressId: string): Promise<void> {
  if (!isUuid(addressId)) return;
  await eventually(
    async () => (await em.fork().count(CustomerAddress, { id: addressId, userId: customerId })) > 0,
    addressWaitMs,
  );
}

async function placeFromBasket(
  em: EntityManager,
  claims: Claims,
  request: ValidRequest,
  { shippingRates, paymentProvider }: CheckoutContext['services'],
  traceparent: string | undefined,
): Promise<{ order: Order }> {
  // The lock serialises a customer's checkouts: the second of two racing calls sees the first's order.
  const basket = await em.findOne(
    BasketSnapshot,
    { customerId: claims.sub },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  const placed = await orderWithKey(em, claims.sub, request.idempotencyKey);
  if (placed) return { order: placed };
  if (!basket || basket.items.length === 0 || (basket.orderedVersion ?? -1) >= basket.version) {
    throw new UserInputError('EMPTY_BASKET', {
      en: 'Your basket is empty: add a product before ordering.',
      fr: 'Votre panier est vide : ajoutez un produit avant de commander.',
    });
  }
  if (request.basketVersion !== null && basket.version !== request.basketVersion) throw basketChanged(basket.version);
  const shippingAddress = await addressFor(em, claims.sub, request.address);
  const lines = await pricedLines(em, basket.items);
  const currency = lines[0]?.price.currency as string;
  const subtotalAmount = lines.reduce((sum, line) => sum + line.price.amount * line.quantity, 0);
  const shippingAmount = shippingFor(shippingRates, currency, subtotalAmount);
  if (shippingAmount === null) {
    throw new UserInputError('NO_SHIPPING_RATE', {
      en: `We do not ship orders in ${currency} yet.`,
      fr: `Nous n’expédions pas encore de commandes en ${currency}.`,
    });
  }

  const order = em.create(Order, {
    id: uuidv7(),
    number: await nextOrderNumber(em),
    customerId: claims.sub,
    idempotencyKey: request.idempotencyKey,
    status: 'PLACED',
    cancellationReason: null,
    cancellationRefusal: null,
    currency,
    subtotalAmount,
    shippingAmount,
    totalAmount: subtotalAmount + shippingAmount,
    shippingAddress,
    basketId: basket.basketId,
    basketVersion: basket.version,
    placedAt: new Date(),
  });
  lines.forEach(({ price, quantity }, position) => {
    em.create(OrderLine, {
      id: uuidv7(),
      order,
      position,
      productId: price.productId,
      sku: price.sku,
      name: price.name,
      nameFr: price.nameFr,
      unitAmount: price.amount,
      currency: price.currency,
      quantity,
      unavailabilityReason: null,
      availableQuantity: null,
    });
  });
  em.create(OrderStatusChange, { id: uuidv7(), order, status: 'PLACED', at: order.placedAt });
  openPayment(em, order, paymentProvider.name, request.paymentToken);
  basket.orderedVersion = basket.version;
  recordEvent(em, {
    type: 'order.placed',
    subject: order.id,
    data: {
      orderId: order.id,
      number: order.number,
      customerId: claims.sub,
      lines: lines.map(({ price, quantity }) => ({ productId: price.productId, quantity })),
      basketId: basket.basketId,
      basketVersion: basket.version,
    },
    traceparent,
  });
  await em.flush();
  return { order };
}

/** Retryable: the shopper reviews the basket as it is now, then orders that version. */
function basketChanged(currentVersion: number): UserInputError {
  return new UserInputError(
    'BASKET_CHANGED',
    {
      en: `Your basket changed since you reviewed it (it is now version ${currentVersion}): check it, then order again.`,
      fr: `Votre panier a changé depuis que vous l’avez vérifié (il est maintenant en version ${currentVersion}) : vérifiez-le, puis commandez à nouveau.`,
    },
    'input.basketVersion',
  );
}

async function addressFor(
  em: EntityManager,
  customerId: string,
  address: ValidRequest['address'],
): Promise<PostalAddress> {
  if ('snapshot' in address) return address.snapshot;
  const saved = isUuid(address.id) ? await em.findOne(CustomerAddress, { id: address.id, userId: customerId }) : null;
  if (!saved) {
    throw new UserInputError(
      'ADDRESS_NOT_FOUND',
      { en: 'No such address in your address book.', fr: 'Cette adresse ne figure pas dans votre carnet.' },
      'input.addressId',
    );
  }
  const { name, line1, line2, postalCode, city, country, phone } = saved;
  return { name, line1, line2: line2 ?? null, postalCode, city, country, phone: phone ?? null };
}

/** Each basket item with its current price; refuses unknown or archived products and mixed currencies. */
async function pricedLines(
  em: EntityManager,
  items: BasketSnapshotItem[],
): Promise<Array<{ price: ProductPrice; quantity: number }>> {
  const ids = items.map((item) => item.productId).filter(isUuid);
  const prices = new Map((await em.find(ProductPrice, { productId: { $in: ids } })).map((p) => [p.productId, p]));
  const lines = items.map((item) => {
    const price = prices.get(item.productId);
    if (!price) {
      throw new UserInputError('UNKNOWN_PRODUCT', {
        en: 'A product in your basket is no longer sold: remove it to order.',
        fr: 'Un produit de votre panier n’est plus vendu : retirez-le pour commander.',
      });
    }
    if (price.status === 'ARCHIVED') throw new UserInputError('PRODUCT_ARCHIVED', archivedMessage(price));
    return { price, quantity: item.quantity };
  });
  if (new Set(lines.map((line) => line.price.currency)).size > 1) {
    throw new UserInputError('MIXED_CURRENCY', {
      en: 'Your basket holds products priced in different currencies: order them separately.',
      fr: 'Votre panier contient des produits dans des devises différentes : commandez-les séparément.',
    });
  }
  return lines;
}

function archivedMessage(price: ProductPrice): Message {
  return {
    en: `“${price.name}” is no longer sold: remove it from your basket to order.`,
    fr: `« ${price.nameFr} » n’est plus en vente : retirez-le de votre panier pour commander.`,
  };
}

/** CPT-100001, CPT-100002, … from a sequence: unique, short, never reused (gaps are fine). */
async function nextOrderNumber(em: EntityManager): Promise<string> {
  const [row] = await execute<{ n: string }>(em, "select nextval('orders.order_number_seq')::text as n");
  return `CPT-${row?.n}`;
}
