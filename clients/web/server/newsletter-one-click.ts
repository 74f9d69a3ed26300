import express, { Router } from 'express';
import { UnsubscribeNewsletterDocument } from '../src/generated/graphql.ts';
import { routerRequest } from './router-request.ts';

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the link of
 * the mail's List-Unsubscribe header (/newsletter/unsubscribe?token=…, with or without a language).
 * The signed token is the credential, no cookie is involved, and the answer is the same whether the
 * token was valid or not (a mail client shows nothing of it). A GET of the same link is the page,
 * where a person confirms with a button.
 */
export function newsletterOneClick(routerUrl: string): Router {
  const routes = Router();
  routes.post(
    ['/newsletter/unsubscribe', '/:lang/newsletter/unsubscribe'],
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (request, response) => {
      const token = typeof request.query.token === 'string' ? request.query.token : '';
      const body = request.body as Record<string, unknown> | undefined;
      if (!token || body?.['List-Unsubscribe'] !== 'One-Click') {
        response.status(400).type('text/plain').send('expected List-Unsubscribe=One-Click and a token');
        return;
      }
      await routerRequest(routerUrl, UnsubscribeNewsletterDocument, { input: { token } }, request);
      response.status(200).type('text/plain').send('unsubscribed');
    },
  );
  return routes;
}
