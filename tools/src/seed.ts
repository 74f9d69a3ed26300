import { addAddress, createAccount, scopesOf, User } from '@comptoir/auth';
import { addBasketItem } from '@comptoir/baskets';
import { createDemoCatalog, imageConfig } from '@comptoir/catalog';
import { type Claims, type RunningSubgraph, waitFor } from '@comptoir/kit';
import { CustomerAddress, Order, ordersConfig, ProductPrice, placeOrder } from '@comptoir/orders';
import { createFaqCategory, createFaqEntry } from '@comptoir/support';

const demoProductCount = 200;

/** Demo accounts of the embedded default (printed at start and listed in the README). */
export const demoAccounts = [
  { email: 'admin@comptoir.test', password: 'admin-comptoir-2026', name: 'Alex Admin', roles: ['ADMIN'] },
  { email: 'agent@comptoir.test', password: 'agent-comptoir-2026', name: 'Sam Support', roles: ['SUPPORT_AGENT'] },
  { email: 'partner@comptoir.test', password: 'partner-comptoir-2026', name: 'Colis Express', roles: ['PARTNER'] },
  { email: 'camille@example.com', password: 'camille-comptoir-2026', name: 'Camille Martin', roles: ['CUSTOMER'] },
  { email: 'jordan@example.com', password: 'jordan-comptoir-2026', name: 'Jordan Lee', roles: ['CUSTOMER'] },
] as const;

export interface DemoData {
  /** An order whose query crosses orders, auth (customer) and catalog (products). */
  orderId: string;
}

/**
 * Seeds the embedded default once (an existing database is left as it is) through each domain's
 * own services, so the demo data takes the same paths as real writes, events included.
 */
export async function seedDemo(subgraphs: Map<string, RunningSubgraph>): Promise<DemoData> {
  const auth = running(subgraphs, 'auth');
  const catalog = running(subgraphs, 'catalog');
  const baskets = running(subgraphs, 'baskets');
  const orders = running(subgraphs, 'orders');
  const support = running(subgraphs, 'support');
  if ((await auth.orm.em.fork().count(User, {})) > 0) {
    const [first] = await orders.orm.em.fork().find(Order, {}, { orderBy: { placedAt: 'asc' }, limit: 1 });
    if (!first) throw new Error('the database has users but no demo order: remove the data folder to reseed');
    return { orderId: first.id };
  }

  const accounts = await auth.orm.em.fork().transactional(async (em) => {
    const created = [];
    for (const account of demoAccounts)
      created.push(await createAccount(em, { ...account, roles: [...account.roles] }));
    return created;
  });
  // Each later step acts as one of these people, with the claims their access token would carry.
  const actingAs = (email: string): Claims => {
    const user = accounts.find((account) => account.email === email);
    if (!user) throw new Error(`no demo account ${email}`);
    return { sub: user.id, roles: user.roles, scopes: scopesOf(user.roles) };
  };

  // Catalog announces each product (price, stock): baskets and orders build their read models.
  // Each gets a generated picture, in the storage catalog serves images from.
  const products = await createDemoCatalog(
    { em: catalog.orm.em.fork(), traceparent: undefined },
    { products: demoProductCount, images: imageConfig(process.env).storage },
  );

  // The FAQ, written as an administrator would through support's own services.
  const faqAdmin = { em: support.orm.em.fork(), claims: actingAs('admin@comptoir.test') };
  const { category: faqDelivery } = await createFaqCategory(faqAdmin, {
    slug: 'livraison',
    nameFr: 'Livraison',
    nameEn: 'Delivery',
    position: 1,
  });
  for (const [position, entry] of [
    {
      questionFr: 'Quels sont les délais de livraison ?',
      questionEn: 'How long does delivery take?',
      answerFr: 'Nous expédions sous 48 heures ; la livraison prend 2 à 4 jours ouvrés.',
      answerEn: 'We ship within 48 hours; delivery takes 2 to 4 working days.',
    },
    {
      questionFr: 'Livrez-vous à l’étranger ?',
      questionEn: 'Do you deliver abroad?',
      answerFr: 'Nous livrons en France métropolitaine, en Belgique, en Suisse et au Luxembourg.',
      answerEn: 'We deliver to mainland France, Belgium, Switzerland and Luxembourg.',
    },
    {
      questionFr: 'Comment retourner un article ?',
      questionEn: 'How do I return an item?',
      answerFr: 'Ouvrez une demande depuis votre commande dans les 30 jours : le retour est gratuit.',
      answerEn: 'Open a request from your order within 30 days: returns are free.',
    },
  ].entries()) {
    await createFaqEntry(faqAdmin, { categoryId: faqDelivery.id, position: position + 1, ...entry });
  }

  // Camille checks out as a shopper would: an address in her book, two products in her basket,
  // then an order from it, paid with the approved test card. Events carry address, basket and prices
  // to orders; the saga authorizes the payment, reserves the stock and confirms it.
  const camille = actingAs('camille@example.com');
  const { address } = await addAddress(
    { em: auth.orm.em.fork(), claims: camille, traceparent: undefined },
    {
      name: 'Camille Martin',
      line1: '8 rue de la Paix',
      postalCode: '69002',
      city: 'Lyon',
      country: 'FR',
    },
  );
  let basketVersion = 0;
  for (const [index, product] of products
    .filter((candidate) => candidate.stockOnHand > 2)
    .slice(0, 2)
    .entries()) {
    const shopperCtx = { em: baskets.orm.em.fork(), claims: camille, traceparent: undefined, basketToken: undefined };
    basketVersion = (await addBasketItem(shopperCtx, { productId: product.id, quantity: index + 1 })).basket.version;
  }
  const ordersEm = () => orders.orm.em.fork();
  await waitFor(
    async () =>
      (await ordersEm().count(ProductPrice, {})) >= products.length &&
      (await ordersEm().count(CustomerAddress, { id: address.id })) === 1,
    'prices and the address reached orders',
  );
  const { order } = await placeOrder(
    {
      em: ordersEm(),
      claims: camille,
      traceparent: undefined,
      // The embedded platform's provider is the test provider.
      services: { ...ordersConfig(process.env), paymentProvider: { name: 'test' } },
    },
    {
      addressId: address.id,
      idempotencyKey: 'demo-seed-order',
      basketVersion,
      payment: { token: 'tok_4242424242424242' },
    },
  );
  return { orderId: order.id };
}

/** A subgraph the seed writes through; the platform runs them all. */
function running(subgraphs: Map<string, RunningSubgraph>, name: string): RunningSubgraph {
  const subgraph = subgraphs.get(name);
  if (!subgraph) throw new Error(`the demo seed needs the ${name} subgraph`);
  return subgraph;
}
