import type { RouteDefinition } from '@solidjs/router';
import { languages } from './i18n/languages.ts';
import { Home } from './pages/home.tsx';
import { NotFound } from './pages/not-found.tsx';

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
      { path: '/*', component: NotFound },
    ],
  },
  { path: '/*', component: NotFound },
];
