import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { BasketSnapshot } from './domain/basket-snapshot.ts';
import type { OrdersServices } from './domain/context.ts';
import { CustomerAddress } from './domain/customer-address.ts';
import { Order, OrderLine, OrderStatusChange } from './domain/order.ts';
import { PaymentNotificationReceipt } from './domain/payments/notifications.ts';
import { Payment, PaymentEvent, PaymentRefund } from './domain/payments/payment.ts';
import {
  TestProviderAuthorization,
  TestProviderIdempotency,
  TestProviderNotification,
} from './domain/payments/test-provider/entities.ts';
import { ProductPrice } from './domain/product-price.ts';
import { addressBook } from './events/address-book.ts';
import { baskets } from './events/baskets.ts';
import { catalogPrices } from './events/catalog-prices.ts';
import { checkout } from './events/checkout.ts';
import { resolvers } from './resolvers/index.ts';
import { ordersServices } from './services.ts';

export const orders: SubgraphDefinition<OrdersServices> = {
  name: 'orders',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [
    Order,
    OrderLine,
    OrderStatusChange,
    ProductPrice,
    CustomerAddress,
    BasketSnapshot,
    Payment,
    PaymentEvent,
    PaymentRefund,
    PaymentNotificationReceipt,
    TestProviderAuthorization,
    TestProviderIdempotency,
    TestProviderNotification,
  ],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [catalogPrices, addressBook, baskets, checkout],
  services: ordersServices,
};

export { ordersConfig, paymentsConfig } from './config.ts';
export { BasketSnapshot } from './domain/basket-snapshot.ts';
export { type PlaceOrderInput, placeOrder } from './domain/checkout.ts';
export { CustomerAddress } from './domain/customer-address.ts';
export { Order, OrderLine, OrderStatusChange } from './domain/order.ts';
export { applyPaymentNotification, PaymentNotificationReceipt } from './domain/payments/notifications.ts';
export { Payment, PaymentEvent, PaymentRefund } from './domain/payments/payment.ts';
export * from './domain/payments/provider.ts';
export {
  TestProviderAuthorization,
  TestProviderIdempotency,
  TestProviderNotification,
} from './domain/payments/test-provider/entities.ts';
export {
  createTestProvider,
  type TestProvider,
  type TestProviderOptions,
} from './domain/payments/test-provider/index.ts';
export { signatureHeader, signBody } from './domain/payments/test-provider/signature.ts';
export { ProductPrice } from './domain/product-price.ts';
/** The GraphQL types of the orders schema, as codegen writes them: what its clients (and tests) read. */
export type * as OrdersGraphQL from './resolvers/types.generated.ts';
