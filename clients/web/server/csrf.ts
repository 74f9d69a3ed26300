import type { RequestHandler } from 'express';

/**
 * CSRF protection for cookie-authenticated requests (the basket cookie on /graphql, the session
 * cookie on /session/*): an unsafe method must come from a page of this origin. Browsers send
 * `Origin` with every POST made by fetch or a form, and `Sec-Fetch-Site` too; a cross-site one is
 * refused (403). A request with neither comes from no browser, so carries no victim's cookies
 * against their will. SameSite=Lax cookies already stay home on cross-site POSTs; this also
 * covers same-site sibling origins and older browsers.
 */
export function sameOriginOnly(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    const foreignOrigin = origin !== undefined && origin !== ownOrigin;
    const foreignSite = fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none';
    if (foreignOrigin || foreignSite) {
      res
        .status(403)
        .json({ errors: [{ message: 'cross-origin request refused', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    next();
  };
}
