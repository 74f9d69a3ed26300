/** What /session/* answer the page: a session without its refresh token, or why there is none. */
export interface PageSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; name: string; email: string | null } | null;
}

export type SessionUserErrors = Array<{ field: string | null; code: string; message: string }>;

export type SessionAnswer = { session: PageSession } | { userErrors: SessionUserErrors };
