import { ComptoirError, errorOfAnswer, type GraphQLErrorEntry } from './errors.ts';
import type { Operation } from './operation.ts';
import { retryAfterMsOf } from './retry.ts';

export interface Transport {
  endpoint: string;
  fetch: typeof fetch;
  /** Sent with every request (e.g. accept-language), under the request's own. */
  headers: Record<string, string>;
  /** How long one attempt may take before it is abandoned as a network error. */
  timeoutMs: number;
}

interface GraphQLAnswer {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

/**
 * POSTs one operation once: by its hash alone (automatic persisted queries), or with its text when
 * `withText`. Resolves to the answer's data; any failure is a ComptoirError.
 */
export async function post(
  transport: Transport,
  operation: Operation,
  variables: unknown,
  headers: Record<string, string>,
  withText: boolean,
): Promise<unknown> {
  const body = withText
    ? { operationName: operation.name, query: operation.text, variables }
    : {
        operationName: operation.name,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } },
      };
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), transport.timeoutMs);
  try {
    let response: Response;
    try {
      response = await transport.fetch(transport.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...transport.headers,
          ...headers,
        },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
    } catch (cause) {
      const reason = abort.signal.aborted ? `no answer within ${transport.timeoutMs} ms` : String(cause);
      throw new ComptoirError('network', `${operation.name}: ${reason}`, { cause });
    }
    const answer = await answerOf(response, operation).catch((cause: unknown) => {
      throw new ComptoirError('network', `${operation.name}: the answer was cut off`, { cause });
    });
    const errors = answer.errors ?? [];
    if (response.ok && errors.length === 0 && answer.data != null) return answer.data;
    throw errorOfAnswer(response.status, errors, retryAfterMsOf(response.headers.get('retry-after')));
  } finally {
    clearTimeout(timeout);
  }
}

/** The GraphQL answer in the body; a body that is not one (a proxy's error page) has no errors to tell. */
async function answerOf(response: Response, operation: Operation): Promise<GraphQLAnswer> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as GraphQLAnswer) : {};
  } catch {
    if (response.ok)
      throw new ComptoirError('http', `${operation.name}: the answer is not JSON`, { status: response.status });
    return {};
  }
}
