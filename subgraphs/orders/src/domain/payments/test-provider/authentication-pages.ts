import express, { type Express } from 'express';
import type { TestProviderAuthorization } from './entities.ts';

/** The path of the page where the customer authenticates an authorization (3-D Secure). */
export const authenticationPath = '/payments/test-provider/authenticate';

export interface AuthenticationPages {
  /** The authorization shown on the page, or null for an unknown id. */
  find(authorizationId: string): Promise<TestProviderAuthorization | null>;
  /** Records the customer's answer; false when the authorization awaited none. */
  complete(authorizationId: string, authenticated: boolean): Promise<boolean>;
}

// The pages run nothing and load nothing; their forms post back here only.
const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  'cache-control': 'no-store',
};

/**
 * The test provider's 3-D Secure challenge, as a PSP hosts it: a page with "Complete" and "Fail"
 * buttons, posting the answer back. Only the provider's own values (amount, currency, brand, last 4
 * digits, all checked when stored) are shown.
 */
export function authenticationPages(app: Express, pages: AuthenticationPages): void {
  app.get(`${authenticationPath}/:authorizationId`, async (req, res) => {
    const authorization = await pages.find(req.params.authorizationId);
    if (!authorization) {
      res
        .status(404)
        .set(pageHeaders)
        .send(page('Unknown payment', '<p>There is no such payment to authenticate.</p>'));
      return;
    }
    if (authorization.status !== 'requires_action') {
      res.set(pageHeaders).send(page('Nothing to authenticate', '<p>This payment awaits no authentication.</p>'));
      return;
    }
    const action = `${authenticationPath}/${authorization.id}`;
    const button = (outcome: string, label: string) =>
      `<form method="post" action="${action}"><input type="hidden" name="outcome" value="${outcome}"><button type="submit">${label}</button></form>`;
    res
      .set(pageHeaders)
      .send(
        page(
          'Authenticate your payment',
          `<p>Test provider: authenticate the payment of <strong>${amountText(authorization)}</strong> with the ${authorization.brand} card ending in ${authorization.last4}.</p>${button('complete', 'Complete')}${button('fail', 'Fail')}`,
        ),
      );
  });

  app.post(
    `${authenticationPath}/:authorizationId`,
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req, res) => {
      const outcome: unknown = req.body?.outcome;
      if (outcome !== 'complete' && outcome !== 'fail') {
        res.status(400).set(pageHeaders).send(page('Unknown answer', '<p>Choose Complete or Fail.</p>'));
        return;
      }
      if (!(await pages.complete(req.params.authorizationId, outcome === 'complete'))) {
        res
          .status(409)
          .set(pageHeaders)
          .send(page('Nothing to authenticate', '<p>This payment awaits no authentication.</p>'));
        return;
      }
      const done = outcome === 'complete' ? 'Payment authenticated' : 'Authentication failed';
      res.set(pageHeaders).send(page(done, '<p>You can return to the shop.</p>'));
    },
  );
}

function amountText(authorization: TestProviderAuthorization): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: authorization.currency });
  // Display only: minor units shown in the currency's major unit.
  return format.format(authorization.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}
