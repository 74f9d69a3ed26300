import type { RequestContext } from '@comptoir/kit';
import type { NewsletterTokens } from './newsletter/tokens.ts';
import type { RequestThrottle } from './request-throttle.ts';

/** The support subgraph's process-level services. */
export interface SupportServices {
  contactThrottle: RequestThrottle;
  newsletter: {
    tokens: NewsletterTokens;
    /** The sign-up form's limits, per client address and per email. */
    signupThrottle: RequestThrottle;
    confirmationTtlSeconds: number;
  };
  /** Where links in mails lead, e.g. http://127.0.0.1:4000 (STOREFRONT_URL). */
  storefrontUrl: string;
}

/** The request context as the support subgraph sees it. */
export type SupportContext = RequestContext<SupportServices>;
