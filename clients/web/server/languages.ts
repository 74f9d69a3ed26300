import type { Request, RequestHandler } from 'express';
import { isLang, negotiateLang } from '../src/i18n/languages.ts';

/** The visitor's language for a request without one in its path: Accept-Language, else French. */
export function preferredLang(req: Request) {
  return negotiateLang(req.get('accept-language'));
}

/**
 * `/` and paths without a language (the links in mails: /track, /help, /account/orders/<id>,
 * /newsletter/…) redirect to the same path under the visitor's language. GET and HEAD only: a POST
 * (RFC 8058 one-click unsubscribe) is for its own route.
 */
export function languageRedirect(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const first = req.path.split('/')[1];
    if (isLang(first)) return next();
    const query = req.originalUrl.slice(req.path.length);
    res.vary('Accept-Language');
    res.redirect(302, `/${preferredLang(req)}${req.path === '/' ? '' : req.path}${query}`);
  };
}
