/**
 * Operation limits benchmark: the catalog behind the router (default limits), a normal product
 * query timed idle, then again while abusive operations are sent alongside it, and the time the
 * router takes to refuse each abusive shape. Goals: each refused in under 50 ms, the normal
 * query's p95 under attack within 2x its idle p95. The attackers run in a worker thread, as
 * outside clients would not share the router's event loop. Loopback only; a fixed number of
 * requests; prints figures, asserts nothing.
 *
 *   node tools/bench/operation-limits.ts [--products 2000] [--requests 200] [--attackers 2]
 */
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { catalog, loadDemoCatalog } from '@comptoir/catalog';
import { startTestPlatform } from '@comptoir/testing';

/** `category { products(first) { edges { node {` nested `levels` times under a first page of products. */
function categoryProducts(levels: number, first: number): string {
  const level = `category { products(first: ${first}) { edges { node { id `;
  return `{ products(first: ${first}) { edges { node { id ${level.repeat(levels)}${'} } } } '.repeat(levels + 1)}`;
}

/** The abusive shapes of issue 11, each with the code that refuses it at the default limits. */
const attacks = [
  { name: 'depth 100', query: categoryProducts(24, 1), code: 'OPERATION_TOO_DEEP' },
  {
    name: '10,000 aliases',
    query: `{ ${Array.from({ length: 10_000 }, (_, n) => `c${n}: categories { id }`).join(' ')} }`,
    code: 'REQUEST_TOO_LARGE',
  },
  { name: 'cost explosion', query: categoryProducts(2, 100), code: 'OPERATION_TOO_COMPLEX' },
  { name: '1 MB document', query: `{ ${'categories { id name } '.repeat(45_000)}}`, code: 'REQUEST_TOO_LARGE' },
  {
    name: '1,000 directives',
    query: `{ categories { id${' @include(if: true)'.repeat(1000)} } }`,
    code: 'TOO_MANY_TOKENS',
  },
].map((attack) => ({ ...attack, body: JSON.stringify({ query: attack.query }) }));

const normalBody = JSON.stringify({
  query:
    'query Products { products(first: 20) { edges { node { id name price { amount currency } category { name } } } } }',
});

type AttackerOrders = { url: string; perShape: number; maxPerAttacker: number };

async function post(url: string, body: string): Promise<{ ms: number; status: number; code: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const result = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { ms: performance.now() - started, status: response.status, code: result.errors?.[0]?.extensions?.code };
}

/** In the worker: `perShape` attackers per shape, each sending until told to stop; reports the count sent. */
async function attack({ url, perShape, maxPerAttacker }: AttackerOrders): Promise<void> {
  let attacking = true;
  parentPort?.once('message', () => {
    attacking = false;
  });
  let sent = 0;
  const attackers = attacks.flatMap(({ body }) =>
    Array.from({ length: perShape }, async () => {
      for (let count = 0; attacking && count < maxPerAttacker; count++) {
        await post(url, body);
        sent += 1;
      }
    }),
  );
  await Promise.all(attackers);
  parentPort?.postMessage(sent);
}

/** `count` normal queries one after the other; their durations, sorted. */
async function timeNormalQueries(url: string, count: number): Promise<number[]> {
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    const { ms, status, code } = await post(url, normalBody);
    if (status !== 200 || code !== undefined) throw new Error(`normal query failed: ${status} ${code}`);
    timings.push(ms);
  }
  return timings.sort((a, b) => a - b);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      products: { type: 'string', default: '2000' },
      requests: { type: 'string', default: '200' },
      attackers: { type: 'string', default: '2' },
    },
  });
  const productCount = Number(args.products);
  const requestCount = Number(args.requests);
  const perShape = Number(args.attackers);
  if (![productCount, requestCount, perShape].every((count) => Number.isSafeInteger(count) && count > 0)) {
    console.error('usage: node tools/bench/operation-limits.ts [--products <n>] [--requests <n>] [--attackers <n>]');
    process.exit(2);
  }
  const refusalGoalMs = 50;

  const platform = await startTestPlatform({ subgraphs: [catalog], env: { LOG_LEVEL: 'error' } });
  try {
    await loadDemoCatalog(platform.em('catalog'), { products: productCount });
    await timeNormalQueries(platform.url, 20); // warm-up: connections, query plan, caches

    const idle = await timeNormalQueries(platform.url, requestCount);

    const refusals = [];
    for (const { name, code, body } of attacks) {
      const tries = [];
      for (let index = 0; index < 10; index++) tries.push(await post(platform.url, body));
      const refused = tries.every((sent) => sent.status >= 400 && sent.status < 500 && sent.code === code);
      const median = percentile(
        tries.map((sent) => sent.ms).sort((a, b) => a - b),
        50,
      );
      refusals.push({ name, code, refused, median });
    }

    // Each attacker stops at 2,000 requests, should the normal requests outlast it.
    const orders: AttackerOrders = { url: platform.url, perShape, maxPerAttacker: 2000 };
    const worker = new Worker(new URL(import.meta.url), { workerData: orders });
    const attacksSent = new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const underAttack = await timeNormalQueries(platform.url, requestCount);
    worker.postMessage('stop');
    const sent = await attacksSent;
    await worker.terminate();

    console.log(`operation limits: catalog (${productCount} products) behind the router, default limits`);
    console.log(`  normal query, ${requestCount} sequential requests        idle  under attack`);
    for (const p of [50, 95]) {
      console.log(`    p${p}${' '.repeat(36)}${ms(percentile(idle, p))}    ${ms(percentile(underAttack, p))}`);
    }
    const ratio = percentile(underAttack, 95) / percentile(idle, 95);
    console.log(`    p95 under attack / idle: ${ratio.toFixed(2)}x (goal <= 2x: ${ratio <= 2 ? 'yes' : 'NO'})`);
    console.log(`    attack requests meanwhile: ${sent} (${perShape} concurrent attackers per shape, worker thread)`);
    console.log(`  refusal time, median of 10 sequential (goal < ${refusalGoalMs} ms)`);
    for (const { name, code, refused, median } of refusals) {
      const verdict = refused ? (median < refusalGoalMs ? 'yes' : 'NO') : 'NOT REFUSED';
      console.log(`    ${name.padEnd(18)} ${code.padEnd(22)} ${ms(median)}  ${verdict}`);
    }
  } finally {
    await platform.stop();
  }
}

if (isMainThread) await main();
else await attack(workerData as AttackerOrders);
