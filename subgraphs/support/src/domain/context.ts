import type { RequestContext } from '@comptoir/kit';
import type { ContactThrottle } from './contact-throttle.ts';

/** The support subgraph's process-level services. */
export interface SupportServices {
  contactThrottle: ContactThrottle;
  /** Where links in mails lead, e.g. http://127.0.0.1:4000 (STOREFRONT_URL). */
  storefrontUrl: string;
}

/** The request context as the support subgraph sees it. */
export type SupportContext = RequestContext<SupportServices>;
