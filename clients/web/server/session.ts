import express, { type Request, type Response, Router } from 'express';
import {
  type ServerSessionPayloadFragment,
  SessionRefreshDocument,
  SessionSignInDocument,
  SessionSignOutDocument,
  SessionSignUpDocument,
} from '../src/generated/graphql.ts';
import type { SessionAnswer } from '../src/session/session-answer.ts';
import { cookiesOf } from './cookies.ts';
import { routerRequest } from './router-request.ts';

/**
 * The shopper's session on the web. /session/* trade credentials for tokens at the router and keep
 * the single-use refresh token in an httpOnly, SameSite=Lax cookie scoped to /session: page
 * scripts never read it. The page gets the 15-minute access token, kept in memory, and asks
 * /session/refresh for a new one on load and before expiry. Every endpoint is a POST from a page
 * of this origin (requireSameOrigin), so another site cannot sign a shopper in, out or renew.
 */
export interface SessionOptions {
  /** The router's /graphql. */
  routerUrl: string;
  /** Secure cookies (HTTPS only). */
  secureCookies: boolean;
}

export const refreshCookieName = 'comptoir_session';
const cookiePath = '/session';

// A refresh token works once; two tabs loading at the same moment both present it. Its answer is
// kept a short while and given to both, rather than the second use ending the session as a replay.
const refreshReuseMs = 30_000;

export function sessionRoutes(options: SessionOptions): Router {
  const routes = Router();
  routes.use(express.json({ limit: '16kb' }));
  const refreshes = new Map<string, Promise<ServerSessionPayloadFragment>>();

  const answer = (response: Response, payload: ServerSessionPayloadFragment) => {
    if (!payload.session) {
      response.json({ userErrors: payload.userErrors } satisfies SessionAnswer);
      return;
    }
    const { refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt } = payload.session;
    response.cookie(refreshCookieName, refreshToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: cookiePath,
      expires: new Date(refreshTokenExpiresAt),
    });
    response.json({
      session: { accessToken, accessTokenExpiresAt, user: payload.user ?? null },
    } satisfies SessionAnswer);
  };
  const forget = (response: Response) =>
    response.clearCookie(refreshCookieName, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: cookiePath,
    });

  routes.post('/sign-in', async (request, response) => {
    const { email, password, twoFactorCode } = request.body as Record<string, unknown>;
    const input = {
      email: String(email ?? ''),
      password: String(password ?? ''),
      ...(typeof twoFactorCode === 'string' && twoFactorCode !== '' ? { twoFactorCode } : {}),
    };
    const { login } = await routerRequest(options.routerUrl, SessionSignInDocument, { input }, request);
    answer(response, login);
  });

  routes.post('/sign-up', async (request, response) => {
    const { email, password, name, language } = request.body as Record<string, unknown>;
    const input = {
      email: String(email ?? ''),
      password: String(password ?? ''),
      name: String(name ?? ''),
      ...(language === 'FR' || language === 'EN' ? { language: language as 'FR' | 'EN' } : {}),
    };
    const { register } = await routerRequest(options.routerUrl, SessionSignUpDocument, { input }, request);
    answer(response, register);
  });

  routes.post('/refresh', async (request, response) => {
    const refreshToken = refreshTokenOf(request);
    if (!refreshToken) {
      response.status(401).json({ userErrors: [] } satisfies SessionAnswer);
      return;
    }
    let refresh = refreshes.get(refreshToken);
    if (!refresh) {
      refresh = routerRequest(options.routerUrl, SessionRefreshDocument, { input: { refreshToken } }, request).then(
        ({ refreshSession }) => refreshSession,
      );
      refreshes.set(refreshToken, refresh);
      const drop = () => setTimeout(() => refreshes.delete(refreshToken), refreshReuseMs).unref();
      refresh.then(drop, () => refreshes.delete(refreshToken));
    }
    const payload = await refresh;
    if (!payload.session) {
      forget(response).status(401);
    }
    answer(response, payload);
  });

  routes.post('/sign-out', async (request, response) => {
    const refreshToken = refreshTokenOf(request);
    if (refreshToken) {
      await routerRequest(options.routerUrl, SessionSignOutDocument, { input: { refreshToken } }, request);
    }
    forget(response).status(204).end();
  });

  return routes;
}

function refreshTokenOf(request: Request): string | undefined {
  return cookiesOf(request.get('cookie'))[refreshCookieName];
}
