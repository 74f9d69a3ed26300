import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Loaders } from './loaders.ts';

/** Who is acting, as verified from the request's bearer credential. */
export interface Claims {
  /** User id. */
  sub: string;
  roles: string[];
  scopes: string[];
  /** The partner organisation a partner token acts for; absent for staff and customers. */
  org?: PartnerOrganization;
}

/** Kinds of partner organisation: a carrier moves parcels, a seller sells on the marketplace. */
export const partnerOrganizationKinds = ['CARRIER', 'SELLER'] as const;
export type PartnerOrganizationKind = (typeof partnerOrganizationKinds)[number];

/** A partner organisation as an access token names it (claim `org`). */
export interface PartnerOrganization {
  id: string;
  kind: PartnerOrganizationKind;
}

/**
 * Turns the request's `Authorization` header into verified claims, or null when anonymous. Throws
 * for a credential that is present but invalid. The auth issue provides the real one; without a
 * verifier every request is anonymous.
 */
export type ClaimsVerifier = (authorization: string | undefined) => Promise<Claims | null>;

/** Languages of the storefront; messages to people come in both. */
export type Locale = 'en' | 'fr';

/**
 * Passed explicitly to every resolver and domain service: who acts, in which unit of work.
 * `Services` is the type of the subgraph's own process-level services.
 */
export interface RequestContext<Services = unknown> {
  requestId: string;
  traceparent: string | undefined;
  /** The caller's address, as the router saw it (last `x-forwarded-for` hop). */
  clientIp: string;
  /** From `Accept-Language`: French when the caller prefers it, else English. */
  locale: Locale;
  log: Logger;
  /** Request-scoped fork: its identity map lives and dies with the request. */
  em: EntityManager;
  loaders: Loaders;
  claims: Claims | null;
  /** A header of this request, e.g. a credential the router relays (`x-basket-token`); undefined when absent. */
  header(name: string): string | undefined;
  /** Sets a header of this request's HTTP response, e.g. a credential the router turns into a cookie. */
  setResponseHeader(name: string, value: string): void;
  /** The subgraph's own process-level services (see SubgraphDefinition.services). */
  services: Services;
}
