import { createAccount } from '@comptoir/auth';
import { createProduct } from '@comptoir/catalog';
import { productInput, type TestPlatform } from '@comptoir/testing';

export const password = 'a long password';

/** A customer account, created as registration does; sign in with `password`. */
export async function customer(t: TestPlatform, email: string): Promise<string> {
  const user = await t
    .em('auth')
    .transactional((em) => createAccount(em, { email, name: 'Ada', password, roles: ['CUSTOMER'] }));
  return user.id;
}

/** Products in catalog, once every subgraph knows them (baskets prices lines from catalog's events). */
export async function products(t: TestPlatform, skus: string[]): Promise<string[]> {
  const em = t.em('catalog');
  const ids: string[] = [];
  for (const sku of skus) ids.push((await createProduct({ em, traceparent: undefined }, productInput(sku))).product.id);
  await t.eventsSettled();
  return ids;
}

/** One request the client sent, and what the API answered. */
export interface ObservedCall {
  operationName: string;
  /** Whether the document's text was sent, not only its hash. */
  withText: boolean;
  at: number;
  answeredAt?: number;
  status?: number;
  retryAfter?: string | null;
  codes?: string[];
}

/** A fetch on which each listed operation's first attempt fails as a broken connection does. */
export function failingOnce(operationNames: string[], inner: typeof fetch = fetch): typeof fetch {
  const failed = new Set<string>();
  return async (input, init) => {
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    if (operationNames.includes(operationName) && !failed.has(operationName)) {
      failed.add(operationName);
      throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    }
    return inner(input, init);
  };
}

/** A fetch that only watches: each request's operation and the answer's status and error codes. */
export function observedFetch(inner: typeof fetch = fetch) {
  const calls: ObservedCall[] = [];
  const observed: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; query?: string };
    const call: ObservedCall = {
      operationName: body.operationName,
      withText: body.query !== undefined,
      at: Date.now(),
    };
    calls.push(call);
    const response = await inner(input, init);
    const answer = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { errors?: Array<{ extensions?: { code?: string } }> };
    Object.assign(call, {
      answeredAt: Date.now(),
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      codes: (answer.errors ?? []).map((error) => error.extensions?.code ?? ''),
    });
    return response;
  };
  /** Requests of the operation that the API executed or refused, not asked again for its text. */
  const sent = (operationName: string) =>
    calls.filter((call) => call.operationName === operationName && !call.codes?.includes('PERSISTED_QUERY_NOT_FOUND'));
  return { fetch: observed, calls, sent };
}
