import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/**
 * The shopper's flows under a language prefix: checkout, account, support, tracking and the
 * newsletter's links. Each loads on demand; they render in the browser once the session is known.
 */
export const flowRoutes: RouteDefinition[] = [
  { path: '/checkout', component: lazy(() => import('./pages/checkout.tsx')) },
  {
    path: '/account/sign-in',
    component: lazy(() => import('./pages/account/sign-in.tsx').then((page) => ({ default: page.SignInPage }))),
  },
  {
    path: '/account/sign-up',
    component: lazy(() => import('./pages/account/sign-in.tsx').then((page) => ({ default: page.SignUpPage }))),
  },
  { path: ['/account', '/account/orders'], component: lazy(() => import('./pages/account/orders.tsx')) },
  { path: '/account/orders/:id', component: lazy(() => import('./pages/account/order.tsx')) },
  { path: '/account/addresses', component: lazy(() => import('./pages/account/addresses.tsx')) },
  { path: '/account/profile', component: lazy(() => import('./pages/account/profile.tsx')) },
  {
    path: '/account/tickets',
    component: lazy(() => import('./pages/account/tickets.tsx').then((page) => ({ default: page.TicketsPage }))),
  },
  {
    path: '/account/tickets/:id',
    component: lazy(() => import('./pages/account/tickets.tsx').then((page) => ({ default: page.TicketPage }))),
  },
  { path: '/help', component: lazy(() => import('./pages/help.tsx')) },
  { path: '/track', component: lazy(() => import('./pages/track.tsx')) },
  {
    path: '/newsletter/confirm',
    component: lazy(() => import('./pages/newsletter.tsx').then((page) => ({ default: page.NewsletterConfirmPage }))),
  },
  {
    path: '/newsletter/unsubscribe',
    component: lazy(() =>
      import('./pages/newsletter.tsx').then((page) => ({ default: page.NewsletterUnsubscribePage })),
    ),
  },
];
