import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Category } from './domain/category.ts';
import { Product } from './domain/product.ts';
import { ProductFacetCount } from './domain/product-facet-count.ts';
import { SellerOrganization } from './domain/seller-organization.ts';
import { CancelledOrder, StockReservation } from './domain/stock-reservation.ts';
import { orderEvents } from './events/order-events.ts';
import { partnerOrganizations } from './events/partner-organizations.ts';
import { resolvers } from './resolvers/index.ts';
import { catalogServices } from './services.ts';

export const catalog: SubgraphDefinition<undefined> = {
  name: 'catalog',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Product, Category, StockReservation, CancelledOrder, SellerOrganization, ProductFacetCount],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [orderEvents, partnerOrganizations],
  services: catalogServices,
};

export { createDemoCatalog } from './demo/create-demo-catalog.ts';
export { loadDemoCatalog } from './demo/load-demo-catalog.ts';
export { createCategory } from './domain/categories.ts';
export { Category } from './domain/category.ts';
export { imageConfig } from './domain/images/image-config.ts';
export type { ImageStorage, StoredImage } from './domain/images/image-storage.ts';
export { Product } from './domain/product.ts';
export { type ProductFilter, type ProductQuery, type ProductSort, searchProducts } from './domain/product-search.ts';
export { archiveProduct, createProduct, type NewProduct, setProductPrice } from './domain/products.ts';
export { releaseOrder, reserveOrder } from './domain/stock.ts';
export { StockReservation } from './domain/stock-reservation.ts';
