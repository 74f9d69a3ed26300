import { HeaderMap } from '@apollo/server';
import type { Claims } from '@comptoir/kit';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { RouterConcern } from '../concern.ts';
import { answerRefusal } from '../refusal.ts';
import { documentHash, type TrustedDocuments } from '../trusted-document-manifests.ts';
import { authenticationOf } from './authentication.ts';

/** Who calls, as far as the documents they may send go. */
export const callerKinds = ['anonymous', 'customer', 'partner', 'staff'] as const;
export type CallerKind = (typeof callerKinds)[number];

/** ROUTER_ALLOW_ARBITRARY_OPERATIONS by default: partners' integrations and staff tools write their own documents. */
export const defaultArbitraryOperationCallers: readonly CallerKind[] = ['partner', 'staff'];

export function callerKindOf(claims: Claims | null): CallerKind {
  if (claims === null) return 'anonymous';
  if (claims.org !== undefined) return 'partner';
  // Every staff role carries scopes; a customer's token carries none.
  return claims.scopes.length > 0 ? 'staff' : 'customer';
}

/**
 * Trusted documents: the operations of the platform's own clients, listed with their SHA-256 in
 * the committed manifests. In every environment a request may name one by its hash alone (the
 * automatic persisted queries extension), and a hash that does not match the text sent with it
 * is refused. Where `enforced` (production), callers of a kind not in `arbitraryOperationCallers`
 * may send nothing else: any other document, by text or by hash, is refused 400
 * PERSISTED_QUERY_NOT_ALLOWED before it is parsed. Documents are never registered: Apollo's own
 * APQ cache is off (server.ts), this concern hands Apollo the resolved text instead.
 */
export function trustedDocuments(options: {
  documents: TrustedDocuments;
  enforced: boolean;
  arbitraryOperationCallers: readonly CallerKind[];
}): RouterConcern {
  const { documents } = options;
  const mayRunArbitrary = (req: Request) =>
    !options.enforced || options.arbitraryOperationCallers.includes(callerKindOf(authenticationOf(req).claims));
  return {
    // After the body is read, before the operation limits parse the document.
    onGraphqlRequest(req, res, next) {
      const sent = sentOperations(req);
      const arbitrary = mayRunArbitrary(req);
      for (const operation of sent.operations) {
        const refused = resolveDocument(operation, documents, arbitrary);
        if (refused) return answerRefusal(req, res, refused);
      }
      sent.handOn();
      next();
    },
  };
}

/** One operation as a client sends it: a request's body, a batch's element, or a GET's parameters. */
type SentOperation = { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };

/**
 * Puts the document `operation` runs in its `query`, in place of the persisted query extension
 * Apollo would refuse; or says why it may not run.
 */
function resolveDocument(
  operation: SentOperation,
  documents: TrustedDocuments,
  mayRunArbitrary: boolean,
): GraphQLError | undefined {
  const persisted = operation.extensions?.persistedQuery;
  if (persisted === undefined && mayRunArbitrary) return undefined;
  const hash = persisted?.sha256Hash;
  if (typeof operation.query === 'string') {
    const actualHash = documentHash(operation.query);
    if (hash !== undefined && hash !== actualHash) return hashMismatch();
    if (!mayRunArbitrary && !documents.has(actualHash)) return notAllowed();
  } else if (typeof hash === 'string') {
    const trusted = documents.get(hash);
    if (trusted === undefined) return mayRunArbitrary ? notFound() : notAllowed();
    operation.query = trusted;
  }
  // No document at all is Apollo's to answer (400, a query is required).
  delete operation.extensions?.persistedQuery;
  return undefined;
}

/** The operations of `req` (one, or a batch's each), and how to hand their resolved documents on to Apollo. */
function sentOperations(req: Request): { operations: SentOperation[]; handOn(): void } {
  if (req.method !== 'GET') {
    // The parsed body is what Apollo reads: resolving in place hands it on.
    const body: unknown = req.body;
    const operations = (Array.isArray(body) ? body : [body]).filter(isObject) as SentOperation[];
    return { operations, handOn() {} };
  }
  const url = new URL(req.url, 'http://router');
  const params = url.searchParams;
  const operation: SentOperation = {
    query: params.get('query') ?? undefined,
    extensions: jsonObject(params.get('extensions')),
  };
  return {
    operations: [operation],
    handOn() {
      // Apollo reads a GET's operation from the URL.
      if (typeof operation.query === 'string') params.set('query', operation.query);
      if (operation.extensions !== undefined) params.set('extensions', JSON.stringify(operation.extensions));
      req.url = `${url.pathname}${url.search}`;
    },
  };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A GET's `extensions` parameter; anything but a JSON object is left for Apollo to refuse. */
function jsonObject(text: string | null): SentOperation['extensions'] {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function notAllowed(): GraphQLError {
  return new GraphQLError('Only the trusted documents of the platform may be sent; send one by its SHA-256 hash.', {
    extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
  });
}

function hashMismatch(): GraphQLError {
  return new GraphQLError('provided sha does not match query', {
    extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', http: { status: 400 } },
  });
}

/** Answered as Apollo answers it, so that an APQ client sends the document itself next. */
function notFound(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', {
    extensions: {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      http: { status: 200, headers: new HeaderMap([['cache-control', 'private, no-cache, must-revalidate']]) },
    },
  });
}
