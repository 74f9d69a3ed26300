import { errors, jwtVerify, SignJWT } from 'jose';

/** What a newsletter link does: confirm a subscription, or end it. */
export type NewsletterAction = 'confirm' | 'unsubscribe';

export interface VerifiedToken {
  subscriptionId: string;
  tokenId: string | null;
}

export interface NewsletterTokens {
  /**
   * A signed token for `action` on the subscription, with `tokenId` as its `jti` when given; a
   * confirmation expires, an unsubscribe link does not.
   */
  sign(action: NewsletterAction, subscriptionId: string, tokenId?: string): Promise<string>;
  /** What a valid token for `action` says; null when forged, for another action, or expired. */
  verify(action: NewsletterAction, token: string): Promise<VerifiedToken | null>;
}

const issuer = 'comptoir-support';

/**
 * Tokens for the links of newsletter mails: HS256 JWTs under NEWSLETTER_TOKEN_SECRET, whose
 * audience is the action, so a confirmation token cannot unsubscribe nor the reverse.
 */
export function newsletterTokens(secret: string, confirmationTtlSeconds: number): NewsletterTokens {
  const key = new TextEncoder().encode(secret);
  const audience = (action: NewsletterAction) => `newsletter:${action}`;
  return {
    async sign(action, subscriptionId, tokenId) {
      const token = new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience(audience(action))
        .setSubject(subscriptionId)
        .setIssuedAt();
      if (tokenId) token.setJti(tokenId);
      // An unsubscribe link must keep working in a mail read months later.
      if (action === 'confirm') token.setExpirationTime(`${confirmationTtlSeconds}s`);
      return token.sign(key);
    },
    async verify(action, token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer,
          audience: audience(action),
        });
        if (!payload.sub) return null;
        return { subscriptionId: payload.sub, tokenId: payload.jti ?? null };
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
