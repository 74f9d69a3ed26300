/**
 * Whole-platform benchmark (issue 18): every subgraph and the router in processes of their own,
 * with the process settings their manifests give them (NODE_OPTIONS, MALLOC_ARENA_MAX of
 * k8s/base/services), pinned with `taskset` (the router alone on one core; the subgraphs and this
 * driver on another), on a scratch PostgreSQL database holding the bulk-loaded demo catalogue
 * (prepare-database.ts fills it, in a process of its own). A shopper mix (search
 * with facets, category listings, product pages, basket reads and writes with the basket cookie,
 * `myOrders` for signed-in customers) is sent through the router at fixed offered rates, evenly
 * paced and timed from when each request was due (`paced-load.ts`), beside
 * the mix's catalog queries through the router and straight to the catalog subgraph (signed with
 * the router's credential, as the router signs them): gateway overhead zero. Then one simple
 * catalog query, one at a time, both ways: the router's overhead at p50. Prints figures; asserts nothing.
 *
 *   node tools/bench/shop/main.ts [--products 20000] [--rates 50,100,200] [--seconds 15] [--warmup 5]
 *     [--connections 50] [--overhead-samples 1000] [--router-core 1] [--subgraph-core 0]
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { routerCredentialHeader, signRouterCredential } from '@comptoir/kit/auth';
import { createScratchDatabase, newSigningKey, signToken, testServerUrl } from '@comptoir/kit/testing';
import {
  describeProcessSettings,
  routerDeployment,
  subgraphProcessSettings,
  withProcessSettings,
} from '../router/deployed.ts';
import {
  commandCpuSeconds,
  coreBusyPercent,
  coreTimes,
  cpuSecondsSince,
  freePorts,
  log,
  machineLoad,
  type PinnedProcess,
  ProcessGroup,
  percentile,
  pinSelf,
  referenceWorkMs,
  requireTaskset,
  waitForHttp,
} from '../router/processes.ts';
import { pacedLoad } from './paced-load.ts';
import type { PreparedDatabase } from './prepare-database.ts';

const usage =
  'usage: node tools/bench/shop/main.ts [--products <n>] [--rates <n,n,…>] [--seconds <n>] [--warmup <n>] [--connections <n>] [--overhead-samples <n>] [--router-core <n>] [--subgraph-core <n>]';
const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        products: { type: 'string', default: '20000' },
        rates: { type: 'string', default: '50,100,200' },
        seconds: { type: 'string', default: '15' },
        warmup: { type: 'string', default: '5' },
        connections: { type: 'string', default: '50' },
        'overhead-samples': { type: 'string', default: '1000' },
        'router-core': { type: 'string', default: '1' },
        'subgraph-core': { type: 'string', default: '0' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
const settings = {
  products: Number(args.products),
  seconds: Number(args.seconds),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
  overheadSamples: Number(args['overhead-samples']),
  routerCore: Number(args['router-core']),
  subgraphCore: Number(args['subgraph-core']),
};
const rates = (args.rates ?? '').split(',').map(Number);
if (
  !Object.values(settings).every((value) => Number.isSafeInteger(value) && value >= 0) ||
  settings.products < 1 ||
  settings.seconds < 1 ||
  settings.overheadSamples < 1 ||
  !rates.every((rate) => Number.isSafeInteger(rate) && rate > 0)
) {
  console.error(usage);
  process.exit(2);
}

const repoRoot = join(import.meta.dirname, '../../..');
/** Products created through catalog's services, so that baskets and orders hear of them: what shoppers add. */
const basketProductCount = 30;
const basketCount = 100;
const customerCount = 50;
/** Random customers: orders answers `myOrders` for whoever the token names. */
const customerIds = Array.from({ length: customerCount }, () => randomUUID());

/** The storefront's own documents, sent by hash as it sends them (the router enforces trusted documents). */
const storefrontDocuments = new Map(
  Object.entries(
    JSON.parse(readFileSync(join(repoRoot, 'schema/trusted-documents/storefront.json'), 'utf8')) as Record<
      string,
      string
    >,
  ).map(([hash, text]) => [/(?:query|mutation) (\w+)/.exec(text)?.[1] as string, { hash, text }]),
);
function document(name: string): { hash: string; text: string } {
  const found = storefrontDocuments.get(name);
  if (!found) throw new Error(`the storefront's trusted documents have no operation ${name}`);
  return found;
}

/** One request of the mix: an operation of the storefront's, its variables and the caller's headers. */
type Operation = { kind: string; name: string; variables: Record<string, unknown>; headers: Record<string, string> };
type Target = {
  name: string;
  url: string;
  body(operation: Operation): string;
  headers(operation: Operation): Record<string, string>;
};
type Measured = {
  mode: string;
  rate: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  graphqlErrors: number;
  /** The share of its core the router used meanwhile. */
  routerCpuPercent: number;
  /** The share of their one core the six subgraphs used together meanwhile. */
  subgraphsCpuPercent: number;
  /** How busy each of the two cores was meanwhile, whoever kept it busy (PostgreSQL, other tenants). */
  coresBusyPercent: { router: number; subgraphs: number };
  /** p50 and p95 of each operation of the mix, slowest p95 first. */
  operations: OperationLatency[];
};
type OperationLatency = { name: string; p50: number; p95: number };

async function run(): Promise<void> {
  log(`${machineLoad()}; router on core ${settings.routerCore}, subgraphs and driver on core ${settings.subgraphCore}`);
  const speedBefore = describeMachineSpeed();
  log(`reference work before: ${speedBefore}`);
  const signingKey = await newSigningKey();
  const routerSecret = randomBytes(32).toString('hex');
  // What every service of the platform reads, as a deployment sets it; the events stay in each
  // process (in-process transport) unless KAFKA_BROKERS is set.
  const platformEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    ROUTER_SUBGRAPH_SECRET: routerSecret,
    AUTH_SIGNING_KEY: signingKey.pem,
    PAYMENT_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
    NEWSLETTER_TOKEN_SECRET: randomBytes(32).toString('hex'),
    STOREFRONT_URL: 'http://127.0.0.1:3000',
    MAIL_DIR: join(scratch, 'mail'),
    IMAGE_DIR: join(scratch, 'images'),
    EVENT_NAMESPACE: `bench-${randomBytes(4).toString('hex')}`,
  };
  const prepared = await prepareDatabase(platformEnv);
  log(
    process.env.KAFKA_BROKERS
      ? `events through Kafka at ${process.env.KAFKA_BROKERS}`
      : 'events stay in each process (KAFKA_BROKERS unset): the mix needs none at run time',
  );

  const urls = new Map<string, string>();
  const subgraphProcesses: PinnedProcess[] = [];
  const shipped = { subgraphs: await subgraphProcessSettings(), router: (await routerDeployment()).process };
  log(
    `as the manifests set them: subgraphs ${describeProcessSettings(shipped.subgraphs)}, router ${describeProcessSettings(shipped.router)}`,
  );
  const startSubgraphProcess = async (name: string, env: NodeJS.ProcessEnv) => {
    const [port, metricsPort] = (await freePorts(2)) as [number, number];
    const child = processes.start(name, settings.subgraphCore, [join(repoRoot, `subgraphs/${name}/src/main.ts`)], {
      ...withProcessSettings(env, shipped.subgraphs),
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
    });
    await waitForHttp(processes, child, `http://127.0.0.1:${port}/health/ready`);
    subgraphProcesses.push(child);
    urls.set(name, `http://127.0.0.1:${port}/graphql`);
    log(`${name} subgraph ready (pid ${child.pid})`);
    return port;
  };
  // Auth first: the others verify tokens against its JWKS.
  const authPort = await startSubgraphProcess('auth', platformEnv);
  const withAuth = { ...platformEnv, AUTH_JWKS_URL: `http://127.0.0.1:${authPort}/.well-known/jwks.json` };
  await Promise.all(
    prepared.subgraphNames.filter((name) => name !== 'auth').map((name) => startSubgraphProcess(name, withAuth)),
  );
  const [routerPort, routerMetricsPort] = (await freePorts(2)) as [number, number];
  const router = processes.start('router', settings.routerCore, [join(repoRoot, 'router/src/main.ts')], {
    ...withProcessSettings(platformEnv, shipped.router),
    PORT: String(routerPort),
    METRICS_PORT: String(routerMetricsPort),
    ...Object.fromEntries([...urls].map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
    // Every shopper comes from this one address here: its budget is sized for a crowd.
    RATE_LIMIT_POINTS: String(1e12),
  });
  const routerUrl = `http://127.0.0.1:${routerPort}/graphql`;
  await waitForHttp(processes, router, `http://127.0.0.1:${routerPort}/health/ready`);
  log(`router ready (pid ${router.pid})`);

  const basketCookies = await openBaskets(routerUrl, prepared.basketProductIds);
  const customerTokens = await Promise.all(
    Array.from({ length: customerCount * 10 }, (_, index) =>
      signToken(
        signingKey,
        { sub: customerIds[index % customerCount] as string, roles: ['CUSTOMER'], scope: '' },
        {
          expiresAt: Math.floor(Date.now() / 1000) + 3600,
        },
      ),
    ),
  );
  const mix = shopperMix({ ...prepared, basketCookies, customerTokens });
  const catalogMix = mix.filter((operation) => operation.kind === 'catalog');

  const throughRouter: Target = {
    name: 'router',
    url: routerUrl,
    body: (operation) =>
      JSON.stringify({
        operationName: operation.name,
        variables: operation.variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: document(operation.name).hash } },
      }),
    headers: (operation) => operation.headers,
  };
  const catalogUrl = urls.get('catalog') as string;
  const straightToCatalog: Target = {
    name: 'catalog',
    url: catalogUrl,
    body: (operation) => JSON.stringify({ query: document(operation.name).text, variables: operation.variables }),
    headers: (operation) => ({
      ...operation.headers,
      [routerCredentialHeader]: signRouterCredential(routerSecret, {
        authorization: operation.headers.authorization,
        query: document(operation.name).text,
        variables: operation.variables,
      }),
    }),
  };
  await checkSample(throughRouter, mix);
  await checkSample(straightToCatalog, catalogMix);

  const results: Measured[] = [];
  const warmupRate = rates.at(-1) as number;
  log(`warm-up: ${settings.warmup} s each way at ${warmupRate} req/s`);
  await drive(throughRouter, mix, warmupRate, settings.warmup);
  await drive(straightToCatalog, catalogMix, warmupRate, settings.warmup);
  for (const rate of rates) {
    for (const [mode, target, operations] of [
      ['shopper mix → router', throughRouter, mix],
      ['catalog → router', throughRouter, catalogMix],
      ['catalog → subgraph', straightToCatalog, catalogMix],
    ] as const) {
      log(`${mode} at ${rate} req/s for ${settings.seconds} s`);
      const cpu = cpuMeter(router, subgraphProcesses);
      const figures = await drive(target, operations, rate, settings.seconds);
      const shares = cpu();
      const measured = {
        mode,
        rate,
        ...figures,
        routerCpuPercent: shares.router,
        subgraphsCpuPercent: shares.subgraphs.reduce((sum, share) => sum + share, 0),
        coresBusyPercent: shares.cores,
      };
      results.push(measured);
      log(
        `  ${measured.throughput.toFixed(1)} req/s, p50 ${measured.p50} ms, p95 ${measured.p95} ms, p99 ${measured.p99} ms, non-2xx ${measured.non2xx}, errors ${measured.errors}, GraphQL errors ${measured.graphqlErrors}, router CPU ${measured.routerCpuPercent.toFixed(0)} % of its core, subgraphs ${measured.subgraphsCpuPercent.toFixed(0)} % of theirs (${subgraphProcesses.map((child, index) => `${child.name} ${(shares.subgraphs[index] as number).toFixed(0)}`).join(', ')}), this driver ${shares.driver.toFixed(0)} % of the same core, PostgreSQL ${shares.postgres.toFixed(0)} % of a core (unpinned; at least); busy, whoever used them: the router's core ${shares.cores.router.toFixed(0)} %, the subgraphs' ${shares.cores.subgraphs.toFixed(0)} %`,
      );
      log(`  by operation (p50 / p95 ms): ${describeOperations(measured.operations)}`);
    }
  }
  const overhead = await singleQueryOverhead(throughRouter, straightToCatalog, prepared.productSlugs[0] as string);
  const speedAfter = describeMachineSpeed();
  log(`reference work after: ${speedAfter}`);
  printResults(
    results,
    overhead,
    router,
    subgraphProcesses,
    `reference work (tools/bench/router/processes.ts, best of 3; lower is faster): before ${speedBefore}, after ${speedAfter}`,
  );
}

/**
 * How long a fixed piece of work takes on each core used. Taken before and after the run: on a
 * shared machine the speed can change by half within minutes.
 */
function describeMachineSpeed(): string {
  const cores = [settings.routerCore, settings.subgraphCore];
  return [...new Set(cores)].map((core) => `core ${core} ${referenceWorkMs(core).toFixed(0)} ms`).join(', ');
}

function describeOperations(operations: readonly OperationLatency[]): string {
  return operations.map((operation) => `${operation.name} ${operation.p50} / ${operation.p95}`).join(', ');
}

/**
 * Starts counting CPU time; the function it returns gives each party's share of one core since:
 * the router, each subgraph (in `subgraphs` order), this driver and PostgreSQL's processes; and
 * how busy the two cores were, everything counted (a saturated core explains a p95 on its own).
 */
function cpuMeter(router: PinnedProcess, subgraphs: readonly PinnedProcess[]) {
  const pinned = [router, ...subgraphs];
  const started = performance.now();
  const pinnedBefore = pinned.map((child) => child.cpuSeconds());
  const driverBefore = process.cpuUsage();
  const postgresBefore = commandCpuSeconds('postgres');
  const coresBefore = coreTimes();
  return () => {
    const coresAfter = coreTimes();
    const elapsedSeconds = (performance.now() - started) / 1000;
    const share = (cpuSeconds: number) => (100 * cpuSeconds) / elapsedSeconds;
    const [routerShare = 0, ...subgraphShares] = pinned.map((child, index) =>
      share(child.cpuSeconds() - (pinnedBefore[index] as number)),
    );
    const driver = process.cpuUsage(driverBefore);
    return {
      router: routerShare,
      subgraphs: subgraphShares,
      driver: share((driver.user + driver.system) / 1e6),
      postgres: share(cpuSecondsSince(postgresBefore, commandCpuSeconds('postgres'))),
      cores: {
        router: coreBusyPercent(coresBefore, coresAfter, settings.routerCore),
        subgraphs: coreBusyPercent(coresBefore, coresAfter, settings.subgraphCore),
      },
    };
  };
}

/** Prepares the scratch database in a child process (prepare-database.ts says why) and reads what it found. */
async function prepareDatabase(platformEnv: NodeJS.ProcessEnv): Promise<PreparedDatabase> {
  const child = spawn(
    process.execPath,
    [
      join(import.meta.dirname, 'prepare-database.ts'),
      '--products',
      String(settings.products),
      '--basket-products',
      String(basketProductCount),
    ],
    // Its findings come over the IPC channel: its output, the platform's logs included, stays free text.
    { env: platformEnv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let prepared: PreparedDatabase | undefined;
  child.on('message', (message: PreparedDatabase) => {
    prepared = message;
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0 || !prepared) {
    throw new Error(`preparing the database failed (${signal ?? `exit code ${code}`}); its output is above`);
  }
  return prepared;
}

/** Anonymous baskets, opened as the storefront opens them: the router answers with the basket cookie. */
async function openBaskets(routerUrl: string, productIds: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (let index = 0; index < basketCount; index++) {
    const response = await fetch(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'AddToBasket',
        variables: { input: { productId: productIds[index % productIds.length], quantity: 1 } },
        extensions: { persistedQuery: { version: 1, sha256Hash: document('AddToBasket').hash } },
      }),
    });
    const cookie = /comptoir_basket=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error(`no basket cookie from AddToBasket: ${response.status} ${await response.text()}`);
    cookies.push(cookie);
  }
  log(`${basketCount} anonymous baskets opened`);
  return cookies;
}

const searches = [
  'théière en fonte',
  'theiere',
  'cast iron teapot',
  'pull laine mérinos',
  'merino jumper',
  'crème hydratante',
  'chaussures de randonnée',
  'hiking boots',
  'écharpe',
  'coton bio',
  'thé vert',
  'chocolat noir',
  'bougie parfumée',
  'lin',
];

/**
 * A deterministic shuffle of what shoppers do, per 100 requests: 25 searches with facets, 20
 * category listings (the category and its products), 25 product pages, 15 basket reads, 5 basket
 * writes, 10 `myOrders` of signed-in customers. Catalog operations are marked: they alone go
 * straight to the catalog subgraph too.
 */
function shopperMix(data: {
  categoryIds: string[];
  categorySlugs: string[];
  productSlugs: string[];
  basketProductIds: string[];
  basketCookies: string[];
  customerTokens: string[];
}): Operation[] {
  let seed = 2026;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const language = () => ({ 'accept-language': random() < 0.7 ? 'fr' : 'en' });
  const kinds: [number, () => Operation][] = [
    [
      25,
      () => ({
        kind: 'catalog',
        name: 'SearchProducts',
        variables: { first: 24, filter: { search: pick(searches), ...(random() < 0.3 ? { inStock: true } : {}) } },
        headers: language(),
      }),
    ],
    [
      5,
      () => ({
        kind: 'catalog',
        name: 'CategoryPage',
        variables: { slug: pick(data.categorySlugs) },
        headers: language(),
      }),
    ],
    [
      15,
      () => ({
        kind: 'catalog',
        name: 'SearchProducts',
        variables: { first: 24, filter: { categoryId: pick(data.categoryIds) } },
        headers: language(),
      }),
    ],
    [
      25,
      () => ({
        kind: 'catalog',
        name: 'ProductPage',
        variables: { slug: pick(data.productSlugs) },
        headers: language(),
      }),
    ],
    [
      15,
      () => ({
        kind: 'basket',
        name: 'BasketDrawer',
        variables: {},
        headers: { ...language(), cookie: pick(data.basketCookies) },
      }),
    ],
    [
      5,
      () => ({
        kind: 'basket',
        name: 'AddToBasket',
        variables: { input: { productId: pick(data.basketProductIds), quantity: 1 } },
        headers: { ...language(), cookie: pick(data.basketCookies) },
      }),
    ],
    [
      10,
      () => ({
        kind: 'orders',
        name: 'AccountOrders',
        variables: { first: 20 },
        headers: { ...language(), authorization: `Bearer ${pick(data.customerTokens)}` },
      }),
    ],
  ];
  const operations: Operation[] = [];
  for (let index = 0; index < 2000; index++) {
    let roll = random() * 100;
    for (const [weight, make] of kinds) {
      roll -= weight;
      if (roll < 0) {
        operations.push(make());
        break;
      }
    }
  }
  return operations;
}

/** One of each operation, answered without errors, or the benchmark stops before measuring nonsense. */
async function checkSample(target: Target, operations: Operation[]): Promise<void> {
  const seen = new Set<string>();
  for (const operation of operations) {
    if (seen.has(operation.name)) continue;
    seen.add(operation.name);
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers(operation) },
      body: target.body(operation),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) {
      throw new Error(`${operation.name} through ${target.name} answered ${response.status}: ${text.slice(0, 1000)}`);
    }
  }
  log(`${[...seen].join(', ')} answered by ${target.name} without errors`);
}

/** `operations` in turn at `rate` requests/s offered, evenly paced, for `seconds`. */
async function drive(
  target: Target,
  operations: readonly Operation[],
  rate: number,
  seconds: number,
): Promise<Omit<Measured, 'mode' | 'rate' | 'routerCpuPercent' | 'subgraphsCpuPercent' | 'coresBusyPercent'>> {
  const result = await pacedLoad({
    url: target.url,
    rate,
    seconds,
    connections: settings.connections,
    request: (index) => {
      const operation = operations[index % operations.length] as Operation;
      return {
        headers: { 'content-type': 'application/json', ...target.headers(operation) },
        body: target.body(operation),
      };
    },
  });
  const at = (p: number, latencies = result.latencies) => Number(percentile(latencies, p).toFixed(1));
  const byOperation = Map.groupBy(
    result.latencies.map((latency, position) => ({
      latency,
      name: (operations[(result.answered[position] as number) % operations.length] as Operation).name,
    })),
    (answer) => answer.name,
  );
  const perOperation = [...byOperation].map(([name, answers]) => {
    const latencies = answers.map((answer) => answer.latency);
    return { name, p50: at(50, latencies), p95: at(95, latencies) };
  });
  return {
    operations: perOperation.sort((a, b) => b.p95 - a.p95),
    throughput: result.throughput,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    non2xx: result.non2xx,
    errors: result.errors,
    graphqlErrors: result.graphqlErrors,
  };
}

/**
 * One product page at a time, through the router and straight to catalog, interleaved (so drift of
 * the machine's load hits both alike) and timed here to the microsecond: what the router adds at p50.
 */
async function singleQueryOverhead(router: Target, direct: Target, slug: string) {
  const operation: Operation = {
    kind: 'catalog',
    name: 'ProductPage',
    variables: { slug },
    headers: { 'accept-language': 'fr' },
  };
  const warmup = Math.ceil(settings.overheadSamples / 10);
  log(`single query overhead: ProductPage, one at a time, ${settings.overheadSamples} each way after ${warmup}`);
  const timeOne = async (target: Target): Promise<number> => {
    const started = performance.now();
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers(operation) },
      body: target.body(operation),
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !text.startsWith('{"data":') || text.includes('"errors"')) {
      throw new Error(`${target.name} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return elapsed;
  };
  const viaRouter: number[] = [];
  const straight: number[] = [];
  for (let index = 0; index < settings.overheadSamples + warmup; index++) {
    const [routerTime, directTime] = [await timeOne(router), await timeOne(direct)];
    if (index < warmup) continue;
    viaRouter.push(routerTime);
    straight.push(directTime);
  }
  const summary = (values: number[]) => ({ p50: percentile(values, 50), p99: percentile(values, 99) });
  return { viaRouter: summary(viaRouter), straight: summary(straight) };
}

function printResults(
  results: Measured[],
  overhead: Awaited<ReturnType<typeof singleQueryOverhead>>,
  router: PinnedProcess,
  subgraphs: readonly PinnedProcess[],
  machineSpeed: string,
): void {
  const widths = [22, 8, 9, 8, 8, 8, 8, 7, 9, 11, 14, 16, 14];
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((cell, index) => String(cell).padStart(widths[index] ?? 8)).join(' '));
  console.log(
    `\nshopper mix on PostgreSQL, ${settings.products} products, ${settings.connections} connections, ${settings.seconds} s per rate (${machineLoad()}; the machine is shared: other engineers' work competes for both cores; ${machineSpeed})`,
  );
  line([
    'mode',
    'offered',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'gql errs',
    'router CPU %',
    'subgraphs CPU %',
    'cores busy % r/s',
    'router/direct',
  ]);
  for (const row of results) {
    const direct = results.find((other) => other.rate === row.rate && other.mode === 'catalog → subgraph');
    const ratio =
      row.mode === 'catalog → router' && direct ? `${(row.throughput / direct.throughput).toFixed(2)}×` : '';
    line([
      row.mode,
      row.rate,
      row.throughput.toFixed(1),
      row.p50,
      row.p95,
      row.p99,
      row.non2xx,
      row.errors,
      row.graphqlErrors,
      row.routerCpuPercent.toFixed(0),
      row.subgraphsCpuPercent.toFixed(0),
      `${row.coresBusyPercent.router.toFixed(0)} / ${row.coresBusyPercent.subgraphs.toFixed(0)}`,
      ratio,
    ]);
  }
  console.log('\neach operation of the shopper mix through the router, p50 / p95 ms, slowest p95 first:');
  for (const row of results.filter((result) => result.mode === 'shopper mix → router')) {
    console.log(`  ${String(row.rate).padStart(4)} req/s: ${describeOperations(row.operations)}`);
  }
  console.log(
    `\nsingle catalog query (ProductPage), one at a time, ${settings.overheadSamples} each: router p50 ${overhead.viaRouter.p50.toFixed(3)} ms (p99 ${overhead.viaRouter.p99.toFixed(3)}), straight to catalog p50 ${overhead.straight.p50.toFixed(3)} ms (p99 ${overhead.straight.p99.toFixed(3)}); router overhead at p50 ${(overhead.viaRouter.p50 - overhead.straight.p50).toFixed(3)} ms`,
  );
  const megabytes = (child: PinnedProcess) => Math.round(child.rss() / 1024 / 1024);
  console.log(`router RSS at the end: ${megabytes(router)} MB`);
  console.log(
    `subgraphs' RSS at the end: ${subgraphs.map((child) => `${child.name} ${megabytes(child)}`).join(', ')} MB (${subgraphs.reduce((sum, child) => sum + megabytes(child), 0)} MB in all)`,
  );
}

requireTaskset([settings.routerCore, settings.subgraphCore]);
pinSelf(settings.subgraphCore);
const scratch = await mkdtemp(join(tmpdir(), 'comptoir-bench-shop-'));
let exitCode = 0;
const database = await createScratchDatabase(testServerUrl).catch((error: Error) => {
  console.error(`bench:shop needs PostgreSQL at ${testServerUrl} (DATABASE_URL): ${error.message}`);
  process.exit(1);
});
const processes = new ProcessGroup(async () => {
  await database.drop();
  await rm(scratch, { recursive: true, force: true });
});
try {
  await run();
} catch (error) {
  console.error(`bench:shop failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await processes.stopAll();
  await database.drop().catch((error: Error) => console.error(`cannot drop the scratch database: ${error.message}`));
  await rm(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
