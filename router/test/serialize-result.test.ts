import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type RunningRouter, startRouter } from '../src/index.ts';
import { serializeResult } from '../src/serialize-result.ts';
import {
  composeSupergraph,
  expectedMeWithReviews,
  meWithReviews,
  postGraphql,
  silentLogger,
  startTestSubgraphs,
  type TestSubgraph,
} from './fixtures.ts';

// Records what the router's Apollo Server serializes; the function itself runs unchanged.
vi.mock('../src/serialize-result.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/serialize-result.ts')>();
  return { serializeResult: vi.fn(original.serializeResult) };
});

describe('serializeResult', () => {
  test("writes what Apollo Server's own serializer writes: the JSON and a newline", () => {
    const result = {
      errors: [{ message: 'not found', path: ['book', 0], extensions: { code: 'NOT_FOUND' } }],
      data: { book: [null, { title: 'Les Misérables', tags: ['roman'] }] },
      extensions: { valueCompletion: [] },
    };
    // Apollo's prettyJSONStringify, which it does not export: compact JSON, in the result's field order.
    const expected =
      '{"errors":[{"message":"not found","path":["book",0],"extensions":{"code":"NOT_FOUND"}}],' +
      '"data":{"book":[null,{"title":"Les Misérables","tags":["roman"]}]},"extensions":{"valueCompletion":[]}}\n';

    expect(serializeResult(result)).toBe(expected);
  });

  test('then empties the data, so the response tree is no longer reachable from the result', () => {
    const books = [{ title: 'Germinal', author: { name: 'Zola' } }];
    const result = { data: { books, count: 1 } };

    serializeResult(result);

    expect(result.data).toEqual({});
    // Only detached: an object of the tree that someone else holds is left as it was.
    expect(books).toEqual([{ title: 'Germinal', author: { name: 'Zola' } }]);
  });

  test('a frozen answer is written and stays whole', () => {
    const result = { data: Object.freeze({ shop: 'Comptoir' }) };
    expect(serializeResult(result)).toBe('{"data":{"shop":"Comptoir"}}\n');
    expect(result.data).toEqual({ shop: 'Comptoir' });
  });

  test('a result without data (a refusal) is written and left alone', () => {
    const result = { errors: [{ message: 'Forbidden' }] };
    expect(serializeResult(result)).toBe('{"errors":[{"message":"Forbidden"}]}\n');
    expect(result).toEqual({ errors: [{ message: 'Forbidden' }] });
  });
});

describe('the router', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let router: RunningRouter;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    const supergraphSdl = composeSupergraph({ accounts: subgraphs.accounts.url, reviews: subgraphs.reviews.url });
    router = await startRouter({ supergraphSdl, port: 0, logger: silentLogger, nodeEnv: 'test' });
  });

  afterAll(async () => {
    await router?.stop();
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop()]);
  });

  test('answers the whole response, and lets go of its data once it is text', async () => {
    const serialize = vi.mocked(serializeResult);
    serialize.mockClear();

    const { response, body } = await postGraphql(router.url, meWithReviews);

    expect(response.status).toBe(200);
    expect(body).toEqual({ data: expectedMeWithReviews });
    expect(serialize).toHaveBeenCalledTimes(1);
    const [serialized] = serialize.mock.calls[0] ?? [];
    expect(serialized?.data).toEqual({});
  });
});
