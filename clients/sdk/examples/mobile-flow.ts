/**
 * A shopper's journey as a mobile app makes it: browse, fill a basket before signing in, sign in,
 * merge that basket into the account's, place the order, then follow it to its delivery.
 *
 *   node clients/sdk/examples/mobile-flow.ts [--endpoint URL] --email E --password P [--search lamp]
 *
 *   --endpoint, COMPTOIR_ENDPOINT     the API (default http://127.0.0.1:4000/graphql)
 *   --email, COMPTOIR_EMAIL           the shopper's account (e.g. the embedded default's
 *   --password, COMPTOIR_PASSWORD     camille@example.com / camille-comptoir-2026)
 *   --search                          what to look for (default: anything in stock)
 *   --card-token, COMPTOIR_CARD_TOKEN the payment provider's one-time card token (default: the
 *                                     test provider's approved card, tok_4242424242424242)
 *
 * The session and the anonymous basket's token (x-basket-token) live in memory here; an app
 * keeps them in its secure storage behind the same SessionStore interface.
 */
import { parseArgs } from 'node:util';
import {
  AddBasketItemDocument,
  CategoriesDocument,
  createComptoirClient,
  MergeBasketDocument,
  memorySessionStore,
  OrderDocument,
  type OrderFieldsFragment,
  PlaceOrderDocument,
  ProductsDocument,
} from '@comptoir/sdk';
import { describeUserErrors, endpointOf } from './cli.ts';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    email: { type: 'string', default: process.env.COMPTOIR_EMAIL },
    password: { type: 'string', default: process.env.COMPTOIR_PASSWORD },
    search: { type: 'string' },
    'card-token': { type: 'string', default: process.env.COMPTOIR_CARD_TOKEN ?? 'tok_4242424242424242' },
  },
});
const { email, password } = values;
if (!email || !password) {
  console.error('usage: mobile-flow.ts [--endpoint URL] --email E --password P [--search TEXT] [--card-token T]');
  process.exit(2);
}

/** Where the example ships to. */
const shippingAddress = {
  name: 'Camille Martin',
  line1: '8 rue de la Paix',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
};
/** How long to follow the order before giving up: payment and stock take a moment. */
const followForMs = 60_000;

const store = memorySessionStore();
const client = createComptoirClient({ endpoint: endpointOf(values.endpoint), auth: { session: store } });

function fail(message: string): never {
  console.error(`mobile flow: ${message}`);
  process.exit(1);
}

const money = ({ amount, currency }: { amount: number; currency: string }) => `${amount} ${currency} (minor units)`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// 1. Browse, anonymously.
const { categories } = await client.request(CategoriesDocument);
console.log(`categories: ${categories.map((category) => category.name).join(', ')}`);
const { products } = await client.request(ProductsDocument, {
  first: 5,
  filter: { inStock: true, ...(values.search ? { search: values.search } : {}) },
});
const product = products.edges[0]?.node ?? fail(`no product in stock matches ${values.search ?? 'anything'}`);
console.log(`${products.totalCount} products in stock; taking ${product.name} at ${money(product.price)}`);

// 2. An anonymous basket: the API hands out its token, which the client keeps and sends back.
const added = (await client.request(AddBasketItemDocument, { input: { productId: product.id, quantity: 1 } }))
  .addBasketItem;
if (!added.basket) fail(`cannot add ${product.name}: ${describeUserErrors(added.userErrors)}`);
const basketToken = (await store.getBasketToken()) ?? fail('the API gave the anonymous basket no token');
console.log(`anonymous basket: ${added.basket.itemCount} item(s)`);

// 3. Sign in, then move the anonymous basket into the account's.
const login = await client.signIn({ email, password });
if (!login.session) fail(`cannot sign in ${email}: ${describeUserErrors(login.userErrors)}`);
console.log(`signed in as ${login.user?.name ?? email}`);
const merged = (await client.request(MergeBasketDocument, { input: { basketToken } })).mergeBasket;
if (!merged.basket) fail(`cannot merge the basket: ${describeUserErrors(merged.userErrors)}`);
console.log(`account basket: ${merged.basket.itemCount} item(s), subtotal ${money(merged.basket.subtotal)}`);

// 4. Place the order. One idempotency key per checkout: sending it again (a retry after a lost
// answer, or here after BASKET_OUT_OF_DATE) returns the same order, never a second one.
const idempotencyKey = crypto.randomUUID();
const input = {
  idempotencyKey,
  basketVersion: merged.basket.version,
  shippingAddress,
  payment: { token: values['card-token'] },
};
let placed = (await client.request(PlaceOrderDocument, { input })).placeOrder;
// The basket's latest version reaches checkout a moment after the merge: try again shortly.
for (let attempt = 1; placed.userErrors[0]?.code === 'BASKET_OUT_OF_DATE' && attempt < 5; attempt += 1) {
  await pause(1_000 * attempt);
  placed = (await client.request(PlaceOrderDocument, { input })).placeOrder;
}
const order = placed.order ?? fail(`cannot place the order: ${describeUserErrors(placed.userErrors)}`);
console.log(`order ${order.number} ${order.status}, total ${money(order.total)}`);

// 5. Follow it until it is confirmed and its delivery is open (or it stops on the way).
async function followOrder(id: string): Promise<OrderFieldsFragment> {
  const until = Date.now() + followForMs;
  for (;;) {
    const current = (await client.request(OrderDocument, { id })).order ?? fail(`order ${id} is gone`);
    const settled = current.status === 'CANCELLED' || current.status === 'PAYMENT_ACTION_REQUIRED' || current.delivery;
    if (settled || Date.now() > until) return current;
    await pause(500);
  }
}
const followed = await followOrder(order.id);
if (followed.status === 'PAYMENT_ACTION_REQUIRED')
  fail(`the card needs authentication: ${followed.payment?.actionUrl}`);
if (!followed.delivery)
  fail(`order ${followed.number} is ${followed.status} (${followed.cancellationReason ?? 'no delivery yet'})`);
console.log(`order ${followed.number} ${followed.status}, delivery ${followed.delivery.status}`);
// Anyone may follow the parcel with its tracking number and postal code, once the label exists.
const { trackingNumber } = followed.delivery;
const { postalCode } = shippingAddress;
console.log(
  trackingNumber ? `public tracking: ${trackingNumber}, ${postalCode}` : 'public tracking: once the label exists',
);
console.log(`order id ${followed.id}`);
