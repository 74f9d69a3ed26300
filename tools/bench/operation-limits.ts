/**
 * Operation limits benchmark: the catalog behind the router (default limits), a normal product
 * query timed idle, then again while abusive operations are sent alongside it, and the time the
 * router takes to refuse each abusive shape. Goals: each refused in under 50 ms, the normal
 * query's p95 under attack within 2x its idle p95. The platform, the attackers and the timed
 * client each run in a process of their own, as they would in production: none shares another's
 * event loop. The router sits behind a (loopback) proxy, as in production: every attacker and the
 * shopper timing the normal query come from addresses of their own, so a refused operation
 * spends its sender's rate limit and nobody else's. Loopback only; a fixed number of requests;
 * prints figures, asserts nothing.
 *
 * With --rotate-addresses every attack request comes from a new address, as from a botnet: no
 * rate limit applies, and the figures show what the operation limits alone cost under attack.
 *
 *   node tools/bench/operation-limits.ts [--products 2000] [--requests 200] [--attackers 2] [--rotate-addresses]
 */
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

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

/** Where the timed shopper's requests come from, as the proxy reports it. */
const shopperAddress = '198.51.100.7';

async function post(
  url: string,
  body: string,
  clientAddress = shopperAddress,
): Promise<{ ms: number; status: number; code: unknown }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
    body,
  });
  const result = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { ms: performance.now() - started, status: response.status, code: result.errors?.[0]?.extensions?.code };
}

/**
 * The attacker process: `perShape` attackers per shape, each sending until the parent says stop.
 * Tells the parent once every attacker has had an answer, so the timing starts under full
 * attack, and finally how many requests were sent.
 */
async function attack(url: string, perShape: number, rotate: boolean): Promise<void> {
  let attacking = true;
  process.once('message', () => {
    attacking = false;
  });
  const counts = new Map<unknown, number>();
  let answered = 0;
  const attackers = attacks.flatMap(({ body }, shape) =>
    Array.from({ length: perShape }, async (_, attacker) => {
      const ownAddress = `203.0.113.${shape * perShape + attacker + 1}`;
      for (let count = 0; attacking; count++) {
        // Rotating: a botnet, a new address (of 2^16) for every request.
        const address = rotate
          ? `10.${(count >> 8) & 255}.${count & 255}.${shape * perShape + attacker + 1}`
          : ownAddress;
        // A refusal may close the connection before the whole body is sent; fetch then fails.
        const code = await post(url, body, address).then(
          (answer) => answer.code,
          (error: Error) =>
            `connection closed (${(error.cause as { code?: string } | undefined)?.code ?? error.message})`,
        );
        counts.set(code, (counts.get(code) ?? 0) + 1);
        if (count === 0 && ++answered === attacks.length * perShape) process.send?.('attacking');
      }
    }),
  );
  await Promise.all(attackers);
  process.send?.(Object.fromEntries(counts));
}

/** The platform process: the catalog with `products` demo products behind the router, until told to stop. */
async function servePlatform(productCount: number): Promise<void> {
  const { catalog, loadDemoCatalog } = await import('@comptoir/catalog');
  const { startTestPlatform } = await import('@comptoir/testing');
  const platform = await startTestPlatform({
    subgraphs: [catalog],
    env: { LOG_LEVEL: 'error' },
    router: { trustedProxies: ['loopback'] },
  });
  await loadDemoCatalog(platform.em('catalog'), { products: productCount });
  process.send?.(platform.url);
  await once(process, 'message');
  await platform.stop();
  process.disconnect();
}

/** Forks this script in `role` on `core`; resolves with the child and its first message. */
async function child<Message>(role: string, core: number, ...args: string[]): Promise<[ChildProcess, Message]> {
  const forked = fork(import.meta.filename, [`--role=${role}`, ...args], { stdio: 'inherit' });
  pin(forked, core);
  const [message] = (await Promise.race([
    once(forked, 'message'),
    once(forked, 'exit').then(([code]) => Promise.reject(new Error(`${role} process exited with ${code}`))),
  ])) as [Message];
  return [forked, message];
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

/**
 * Keeps the attackers' CPU from the platform's: an attacker elsewhere does not slow the router's
 * machine down by running. Linux's taskset, every thread of the process; elsewhere, unpinned.
 */
function pin(process: ChildProcess, core: number): void {
  const pinned = spawnSync('taskset', ['--all-tasks', '--pid', '--cpu-list', String(core), String(process.pid)]);
  if (pinned.status !== 0) console.error(`could not pin the ${core === 0 ? 'platform' : 'attackers'} to core ${core}`);
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      role: { type: 'string', default: 'bench' },
      url: { type: 'string' },
      products: { type: 'string', default: '2000' },
      requests: { type: 'string', default: '200' },
      attackers: { type: 'string', default: '2' },
      'rotate-addresses': { type: 'boolean', default: false },
    },
  });
  const productCount = Number(args.products);
  const requestCount = Number(args.requests);
  const perShape = Number(args.attackers);
  if (![productCount, requestCount, perShape].every((count) => Number.isSafeInteger(count) && count > 0)) {
    console.error(
      'usage: node tools/bench/operation-limits.ts [--products <n>] [--requests <n>] [--attackers <n>] [--rotate-addresses]',
    );
    process.exit(2);
  }
  if (args.role === 'platform') return servePlatform(productCount);
  const rotate = args['rotate-addresses'];
  if (args.role === 'attacker') return attack(String(args.url), perShape, rotate);
  const refusalGoalMs = 50;

  console.error(`starting the catalog with ${productCount} demo products behind the router…`);
  const [platform, url] = await child<string>('platform', 0, `--products=${productCount}`);
  try {
    await timeNormalQueries(url, 20); // warm-up: connections, query plan, caches
    console.error(`timing ${requestCount} normal queries, idle…`);
    const idle = await timeNormalQueries(url, requestCount);

    const refusals = [];
    for (const [shape, { name, code, body }] of attacks.entries()) {
      // Each try from an address of its own: it is the limits' refusal that is timed, not the rate limit's.
      const tries = [];
      for (let index = 0; index < 10; index++) tries.push(await post(url, body, `192.0.2.${shape * 10 + index + 1}`));
      const refused = tries.every((sent) => sent.status >= 400 && sent.status < 500 && sent.code === code);
      const median = percentile(
        tries.map((sent) => sent.ms).sort((a, b) => a - b),
        50,
      );
      refusals.push({ name, code, refused, median });
    }

    console.error(`timing ${requestCount} normal queries under attack…`);
    const [attacker] = await child<'attacking'>(
      'attacker',
      1,
      `--url=${url}`,
      `--attackers=${perShape}`,
      ...(rotate ? ['--rotate-addresses'] : []),
    );
    const underAttack = await timeNormalQueries(url, requestCount);
    attacker.send('stop');
    const [answers] = (await once(attacker, 'message')) as [Record<string, number>];
    const sent = Object.values(answers).reduce((sum, count) => sum + count, 0);
    const answerCounts = Object.entries(answers).map(([code, count]) => `${count} ${code}`);

    console.log(`operation limits: catalog (${productCount} products) behind the router, default limits`);
    console.log(`  normal query, ${requestCount} sequential requests        idle  under attack`);
    for (const p of [50, 95]) {
      console.log(`    p${p}${' '.repeat(36)}${ms(percentile(idle, p))}    ${ms(percentile(underAttack, p))}`);
    }
    const ratio = percentile(underAttack, 95) / percentile(idle, 95);
    console.log(`    p95 under attack / idle: ${ratio.toFixed(2)}x (goal <= 2x: ${ratio <= 2 ? 'yes' : 'NO'})`);
    console.log(
      `    attack requests meanwhile: ${sent} from ${attacks.length * perShape} concurrent attackers (own process, ${rotate ? 'a new address per request' : 'one address each'})`,
    );
    console.log(`      answered: ${answerCounts.join(', ')}`);
    console.log(`  refusal time, median of 10 sequential (goal < ${refusalGoalMs} ms)`);
    for (const { name, code, refused, median } of refusals) {
      const verdict = refused ? (median < refusalGoalMs ? 'yes' : 'NO') : 'NOT REFUSED';
      console.log(`    ${name.padEnd(18)} ${code.padEnd(22)} ${ms(median)}  ${verdict}`);
    }
  } finally {
    platform.send('stop');
    await once(platform, 'exit');
  }
}

await main();
