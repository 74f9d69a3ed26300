import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Basket, BasketItem } from './domain/basket.ts';
import { BasketProduct } from './domain/basket-product.ts';
import { catalogProducts } from './events/catalog-products.ts';
import { checkout } from './events/checkout.ts';
import { resolvers } from './resolvers/index.ts';
import { basketsServices } from './services.ts';

export const baskets: SubgraphDefinition = {
  name: 'baskets',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Basket, BasketItem, BasketProduct],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [catalogProducts, checkout],
  services: basketsServices,
};

export { Basket, BasketItem } from './domain/basket.ts';
export { expireAnonymousBaskets } from './domain/basket-expiry.ts';
export { BasketProduct } from './domain/basket-product.ts';
export {
  addBasketItem,
  clearBasket,
  clearOrderedItems,
  findShopperBasket,
  mergeBasket,
  removeBasketItem,
  type ShopperContext,
  updateBasketItemQuantity,
} from './domain/baskets.ts';
