import type { RequestContext } from '@comptoir/kit';
import type { ContactThrottle } from './contact-throttle.ts';

/** The support subgraph's process-level services. */
export interface SupportServices {
  contactThrottle: ContactThrottle;
}

/** The request context as the support subgraph sees it. */
export type SupportContext = RequestContext<SupportServices>;
