import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pacedLoad } from '../bench/shop/paced-load.ts';

type Handler = (index: number, response: ServerResponse) => void;

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server that hands each request's index (its body) and the response to `handle`. */
async function listen(handle: Handler): Promise<string> {
  const listening = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handle(Number(body), response));
  });
  server = listening;
  await new Promise<void>((done) => listening.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;
}

const indexBody = (index: number) => ({ headers: { 'content-type': 'text/plain' }, body: String(index) });

describe('paced load', () => {
  it('spreads requests over the run instead of sending each second as one burst', async () => {
    const arrivals: number[] = [];
    const url = await listen((_index, response) => {
      arrivals.push(performance.now());
      response.end('{"data":{}}');
    });
    const started = performance.now();
    const result = await pacedLoad({ url, rate: 50, seconds: 1, connections: 50, request: indexBody });
    expect(result.latencies).toHaveLength(50);
    expect([result.non2xx, result.errors, result.graphqlErrors]).toEqual([0, 0, 0]);
    // The 50th is due 980 ms in; a per-second quota would have sent it at once with the first.
    expect(Math.max(...arrivals) - started).toBeGreaterThanOrEqual(900);
  });

  it('times each request from when it was due, so the wait behind a slow answer counts', async () => {
    const url = await listen((index, response) => {
      // The first answer takes 300 ms; on the one connection the next five, due every 50 ms, wait for it.
      if (index === 0) setTimeout(() => response.end('{"data":{}}'), 300);
      else response.end('{"data":{}}');
    });
    const result = await pacedLoad({ url, rate: 20, seconds: 0.5, connections: 1, request: indexBody });
    expect(result.latencies).toHaveLength(10);
    expect(result.answered.toSorted((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const latencyOf = (index: number) => result.latencies[result.answered.indexOf(index)] as number;
    expect(latencyOf(0)).toBeGreaterThanOrEqual(300);
    // The second request, due at 50 ms, cannot leave before 300 ms: a driver that timed it from when a
    // connection was free for it would report ~1 ms.
    expect(latencyOf(1)).toBeGreaterThanOrEqual(200);
    expect(result.throughput).toBeLessThanOrEqual(20);
  });

  it('counts failed statuses, GraphQL errors and broken connections apart', async () => {
    const url = await listen((index, response) => {
      if (index % 4 === 1) response.writeHead(503).end('busy');
      else if (index % 4 === 2) response.end('{"data":null,"errors":[{"message":"no"}]}');
      else if (index % 4 === 3) response.socket?.destroy();
      else response.end('{"data":{}}');
    });
    const result = await pacedLoad({ url, rate: 40, seconds: 0.5, connections: 4, request: indexBody });
    expect({ non2xx: result.non2xx, graphqlErrors: result.graphqlErrors, errors: result.errors }).toEqual({
      non2xx: 5,
      graphqlErrors: 5,
      errors: 5,
    });
    expect(result.latencies).toHaveLength(15);
  });
});
