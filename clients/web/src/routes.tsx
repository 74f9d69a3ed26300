import type { RouteDefinition } from '@solidjs/router';
import { flowRoutes } from './flow-routes.ts';
import { languages } from './i18n/languages.ts';
import CategoryPage from './pages/category.tsx';
import { Home } from './pages/home.tsx';
import { NotFound } from './pages/not-found.tsx';
import ProductPage from './pages/product.tsx';
import SearchPage from './pages/search.tsx';

/**
 * Every page under its language prefix (/fr, /en). Catalog pages are in the main bundle (they are
 * what a visitor lands on); others load on demand.
 */
export const routes: RouteDefinition[] = [
  {
    path: '/:lang',
    matchFilters: { lang: [...languages] },
    children: [
      { path: '/', component: Home },
      { path: '/search', component: SearchPage },
      { path: '/c/:slug', component: CategoryPage },
      { path: '/p/:slug', component: ProductPage },
      ...flowRoutes,
      { path: '/*', component: NotFound },
    ],
  },
  { path: '/*', component: NotFound },
];
