/**
 * Router benchmark (issue 18): the standard federation gateway workload (four in-memory subgraphs,
 * the public benchmark's nested query) through vanilla @apollo/gateway on Apollo Server and through
 * Comptoir's router (as its image holds it), each gateway alone on one core (`taskset`), the
 * subgraphs and this driver on another. Every request carries a distinct valid access token the
 * router verifies. Prints, per gateway and round, requests/s, p50, p99, errors, the gateway's peak
 * RSS and the ratio to vanilla, then the medians. Then both gateways at the same time on their core
 * (--side-by-side windows): the ratio of their CPU time per request, which the machine's drifting
 * speed moves far less than it moves the req/s of separate rounds. Prints figures; asserts nothing.
 *
 *   node tools/bench/router/main.ts [--rounds 3] [--seconds 15] [--warmup 5] [--connections 50]
 *     [--timeout 30] [--tokens 80000] [--gateway-core 1] [--load-core 0] [--side-by-side 3] [--as-deployed]
 *
 * Then the router's own latency on a query one subgraph answers whole, one request at a time, beside
 * the same query sent straight to that subgraph. The router runs as it ships: installed by
 * tools/docker/install.sh (compiled to JavaScript) from this checkout, with the process settings of
 * its manifest (NODE_OPTIONS and MALLOC_ARENA_MAX of k8s/base/services/router.yaml); vanilla with
 * Node's defaults. ROUTER_NODE_FLAGS (e.g. "--max-semi-space-size=16") adds Node flags to the
 * router's process only, to try V8 settings against the same baseline. --as-deployed also holds
 * the router to the manifest's memory limit, in a memory cgroup of its own (see deployed.ts; needs
 * root), then prints the cgroup's peak.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { signToken, startTokenIssuer } from '@comptoir/kit/testing';
import { composeSupergraph } from '@comptoir/router';
import autocannon from 'autocannon';
import {
  createMemoryCgroup,
  describeProcessSettings,
  type MemoryCgroup,
  type RouterDeployment,
  routerDeployment,
  withProcessSettings,
} from './deployed.ts';
import {
  freePorts,
  log,
  machineLoad,
  median,
  type PinnedProcess,
  ProcessGroup,
  percentile,
  pinSelf,
  requireTaskset,
  sampleMaxRss,
  waitForHttp,
} from './processes.ts';
import { singleSubgraphQuery, workloadQuery, workloadSubgraph, workloadSubgraphNames } from './workload.ts';

const usage =
  'usage: node tools/bench/router/main.ts [--rounds <n>] [--seconds <n>] [--warmup <n>] [--connections <n>] [--timeout <s>] [--tokens <n>] [--gateway-core <n>] [--load-core <n>] [--side-by-side <n>] [--as-deployed]';
const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        rounds: { type: 'string', default: '3' },
        seconds: { type: 'string', default: '15' },
        warmup: { type: 'string', default: '5' },
        connections: { type: 'string', default: '50' },
        // Seconds before autocannon gives a request up (counted as an error); its own default is 10.
        timeout: { type: 'string', default: '30' },
        // One token per request for a whole default run (95 s of load per gateway) while the two
        // gateways together answer up to about 840 requests/s; 30 000 wrapped at today's speeds.
        tokens: { type: 'string', default: '80000' },
        'gateway-core': { type: 'string', default: '1' },
        'load-core': { type: 'string', default: '0' },
        // Windows where both gateways run at once (see sideBySide); 0 skips them.
        'side-by-side': { type: 'string', default: '3' },
        'as-deployed': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
const settings = {
  rounds: Number(args.rounds),
  seconds: Number(args.seconds),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
  timeout: Number(args.timeout),
  tokens: Number(args.tokens),
  gatewayCore: Number(args['gateway-core']),
  loadCore: Number(args['load-core']),
  sideBySide: Number(args['side-by-side']),
};
if (!Object.values(settings).every((value) => Number.isSafeInteger(value) && value >= 0) || settings.rounds < 1) {
  console.error(usage);
  process.exit(2);
}

const here = import.meta.dirname;
const mb = 1024 * 1024;

/** `metricsUrl`: the router's Prometheus endpoint (vanilla has none). */
type Gateway = { name: 'vanilla' | 'router'; url: string; process: PinnedProcess; metricsUrl?: string };
type Round = {
  gateway: Gateway['name'];
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  rssBytes: number;
  /** The share of its core the gateway used: well under 100 % means it was not what limited the round. */
  cpuPercent: number;
  /** The share of the round its main thread was paused collecting garbage, young and full; unknown for vanilla. */
  gcPercent: { young: number; full: number } | undefined;
  total: number;
};

requireTaskset([settings.gatewayCore, settings.loadCore]);
pinSelf(settings.loadCore);
const shipped = await routerDeployment();
log(`router as shipped: ${describeProcessSettings(shipped.process)} (k8s/base/services/router.yaml)`);
const podCgroup = args['as-deployed'] ? await asDeployed(shipped) : undefined;
const scratch = await mkdtemp(join(tmpdir(), 'comptoir-bench-router-'));
const processes = new ProcessGroup(async () => {
  await podCgroup?.remove();
  await rm(scratch, { recursive: true, force: true });
});
let exitCode = 0;
try {
  await run();
  if (podCgroup) await reportDeployed(shipped, podCgroup);
} catch (error) {
  console.error(`bench:router failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await processes.stopAll();
  await podCgroup?.remove();
  await rm(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

async function run(): Promise<void> {
  log(`${machineLoad()}; gateways on core ${settings.gatewayCore}, subgraphs and driver on core ${settings.loadCore}`);
  const subgraphSecret = randomBytes(32).toString('hex');

  const subgraphUrls = new Map<string, string>();
  const subgraphPorts = await freePorts(workloadSubgraphNames.length);
  await Promise.all(
    workloadSubgraphNames.map(async (name, index) => {
      const port = subgraphPorts[index] as number;
      const child = processes.start(name, settings.loadCore, [join(here, 'subgraph.ts'), name, String(port)], {
        ...process.env,
        ROUTER_SUBGRAPH_SECRET: subgraphSecret,
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      await waitForHttp(processes, child, url);
      subgraphUrls.set(name, url);
    }),
  );
  log(`subgraphs ${workloadSubgraphNames.join(', ')} ready`);

  const { supergraph } = composeSupergraph(
    workloadSubgraphNames.map((name) => ({
      name,
      typeDefs: workloadSubgraph(name).typeDefs,
      url: subgraphUrls.get(name) as string,
    })),
  );
  const supergraphPath = join(scratch, 'supergraph.graphql');
  await writeFile(supergraphPath, supergraph);

  // The router enforces trusted documents for customers in production: the query is one.
  const trustedDocumentsDir = join(scratch, 'trusted-documents');
  await mkdir(trustedDocumentsDir);
  // A manifest maps each document's SHA-256 (hex) to its text (router/src/trusted-document-manifests.ts).
  const manifest = Object.fromEntries(
    [workloadQuery, singleSubgraphQuery].map((query) => [createHash('sha256').update(query).digest('hex'), query]),
  );
  await writeFile(join(trustedDocumentsDir, 'bench.json'), JSON.stringify(manifest));

  const issuer = await startTokenIssuer();
  try {
    const tokens = await signTokens(issuer.key, settings.tokens);
    const gateways = await startGateways({
      routerMain: installRouter(),
      supergraphPath,
      subgraphUrls,
      subgraphSecret,
      trustedDocumentsDir,
      jwksUrl: issuer.jwksUrl,
    });
    const expected = await identicalResponses(gateways, tokens[0] as string);
    await measure(gateways, tokens, expected);
    const router = gateways.find((gateway) => gateway.name === 'router') as Gateway;
    await singleSubgraphOverhead(router.url, subgraphUrls.get('products') as string, tokens);
  } finally {
    await issuer.stop();
  }
}

/** A memory cgroup holding the router pod's limit; exits 2 when it cannot be had. */
async function asDeployed(deployment: RouterDeployment): Promise<MemoryCgroup> {
  try {
    const cgroup = await createMemoryCgroup(`comptoir-bench-router-${process.pid}`, deployment.memoryLimitBytes);
    log(`router as deployed: memory limit ${deployment.memoryLimit} (a memory cgroup of its own)`);
    return cgroup;
  } catch (error) {
    console.error(`bench:router: ${(error as Error).message}`);
    process.exit(2);
  }
}

/** What the kernel counted against the router's limit: its peak (page cache included) and any OOM kill. */
async function reportDeployed(deployment: RouterDeployment, cgroup: MemoryCgroup) {
  const peak = await cgroup.peakBytes();
  const kills = await cgroup.oomKills();
  console.log(
    `\nrouter as deployed (limit ${deployment.memoryLimit}, ${describeProcessSettings(deployment.process)}): its cgroup's peak ${peak === undefined ? 'unknown' : `${Math.round(peak / mb)} MB`} (page cache included), OOM kills ${kills}`,
  );
}

/** Customers' access tokens as auth issues them, each for a distinct user, valid for an hour. */
async function signTokens(key: Parameters<typeof signToken>[0], count: number): Promise<string[]> {
  log(`signing ${count} access tokens (one per request)`);
  const expiresAt = Math.floor(Date.now() / 1000) + 3600;
  const tokens: string[] = [];
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    tokens.push(
      ...(await Promise.all(
        Array.from({ length: size }, (_, index) =>
          signToken(key, { sub: `bench-customer-${start + index}`, roles: ['customer'], scope: '' }, { expiresAt }),
        ),
      )),
    );
  }
  return tokens;
}

/** The router as its image holds it: what tools/docker/install.sh writes, from this checkout. */
function installRouter(): string {
  log('installing the router as its image holds it (tools/docker/install.sh router)');
  const folder = join(scratch, 'router-install');
  const installed = spawnSync('bash', [join(here, '../../docker/install.sh'), 'router', folder], {
    encoding: 'utf8',
    // The install's own node and pnpm are this one's, whatever else PATH holds.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
  if (installed.status !== 0) {
    throw new Error(
      `tools/docker/install.sh router failed (${installed.error?.message ?? `exit ${installed.status}`}):\n${installed.stderr}`,
    );
  }
  return join(folder, 'src/main.js');
}

async function startGateways(options: {
  routerMain: string;
  supergraphPath: string;
  subgraphUrls: Map<string, string>;
  subgraphSecret: string;
  trustedDocumentsDir: string;
  jwksUrl: string;
}): Promise<Gateway[]> {
  const [vanillaPort, routerPort, routerMetricsPort] = (await freePorts(3)) as [number, number, number];
  const vanilla = processes.start(
    'vanilla gateway',
    settings.gatewayCore,
    [join(here, 'vanilla-gateway.ts'), options.supergraphPath, String(vanillaPort)],
    { ...process.env, NODE_ENV: 'production' },
  );
  const router = processes.start(
    'router',
    settings.gatewayCore,
    [...(process.env.ROUTER_NODE_FLAGS ?? '').split(' ').filter(Boolean), options.routerMain],
    {
      ...withProcessSettings(process.env, shipped.process),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(routerPort),
      METRICS_PORT: String(routerMetricsPort),
      SUPERGRAPH_PATH: options.supergraphPath,
      ...Object.fromEntries(
        [...options.subgraphUrls].map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
      ),
      AUTH_JWKS_URL: options.jwksUrl,
      ROUTER_SUBGRAPH_SECRET: options.subgraphSecret,
      TRUSTED_DOCUMENTS_DIR: options.trustedDocumentsDir,
      // Every check still runs; only the budgets are past what one client at full speed spends
      // (the nested query costs more than MAX_COST's default, which is sized for the shop's operations).
      MAX_COST: String(1e9),
      RATE_LIMIT_POINTS: String(1e12),
    },
    podCgroup?.procsFile,
  );
  const gateways: Gateway[] = [
    { name: 'vanilla', url: `http://127.0.0.1:${vanillaPort}/graphql`, process: vanilla },
    {
      name: 'router',
      url: `http://127.0.0.1:${routerPort}/graphql`,
      process: router,
      metricsUrl: `http://127.0.0.1:${routerMetricsPort}/metrics`,
    },
  ];
  await Promise.all(gateways.map((gateway) => waitForHttp(processes, gateway.process, gateway.url)));
  log(
    `vanilla gateway and router ready; RSS before any request: ${gateways.map((gateway) => `${gateway.name} ${(gateway.process.rss() / mb).toFixed(0)} MB`).join(', ')}`,
  );
  return gateways;
}

function requestBody(): string {
  return JSON.stringify({ query: workloadQuery });
}

/** The query through both gateways: the same bytes, or the benchmark stops. */
async function identicalResponses(gateways: Gateway[], token: string): Promise<string> {
  console.log(`\nquery (${workloadQuery.length} characters):\n${workloadQuery}\n`);
  const bodies = await Promise.all(
    gateways.map(async (gateway) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: requestBody(),
      });
      const text = await response.text();
      if (response.status !== 200 || !text.startsWith('{"data":') || text.includes('"errors":')) {
        throw new Error(`${gateway.name} answered ${response.status}: ${text.slice(0, 2000)}`);
      }
      return text;
    }),
  );
  const [vanilla, router] = bodies as [string, string];
  if (vanilla !== router) {
    const at = [...vanilla].findIndex((character, index) => router[index] !== character);
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
    throw new Error(
      `the responses differ at byte ${at} (vanilla ${vanilla.length} bytes, router ${router.length}):\n  vanilla …${around(vanilla)}…\n  router  …${around(router)}…`,
    );
  }
  console.log(`responses byte-identical: yes (${vanilla.length} bytes each); beginning: ${vanilla.slice(0, 160)}…\n`);
  return vanilla;
}

async function measure(gateways: Gateway[], tokens: string[], expected: string): Promise<void> {
  let next = 0;
  let wrapped = false;
  const nextToken = () => {
    if (next === tokens.length) {
      next = 0;
      wrapped = true;
    }
    return tokens[next++] as string;
  };
  let wrongBodySample: string | undefined;
  const drive = async (gateway: Gateway, seconds: number) => {
    const rss = sampleMaxRss(gateway.process);
    const gcBefore = await gcPauseSeconds(gateway);
    const cpuBefore = gateway.process.cpuSeconds();
    const started = performance.now();
    const result = await autocannon({
      url: gateway.url,
      connections: settings.connections,
      duration: seconds,
      timeout: settings.timeout,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: requestBody(),
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${nextToken()}` },
          }),
        },
      ],
      // Every response is the expected one, byte for byte, or it counts as a mismatch.
      verifyBody: (body) => {
        if (body === expected) return true;
        wrongBodySample ??= `${gateway.name}: ${String(body).slice(0, 500)}`;
        return false;
      },
    });
    const elapsedSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = gateway.process.cpuSeconds() - cpuBefore;
    const gcAfter = await gcPauseSeconds(gateway);
    const gcPercent =
      gcBefore && gcAfter
        ? {
            young: (100 * (gcAfter.young - gcBefore.young)) / elapsedSeconds,
            full: (100 * (gcAfter.full - gcBefore.full)) / elapsedSeconds,
          }
        : undefined;
    return { result, rssBytes: rss.stop(), cpuPercent: (100 * cpuSeconds) / elapsedSeconds, cpuSeconds, gcPercent };
  };

  for (const gateway of gateways) {
    log(`warm-up: ${gateway.name} for ${settings.warmup} s`);
    if (settings.warmup > 0) await drive(gateway, settings.warmup);
  }
  const rounds: Round[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    // Alternating the order spreads any drift of the machine's load over both gateways.
    const order = round % 2 ? gateways : gateways.toReversed();
    for (const gateway of order) {
      log(
        `round ${round}/${settings.rounds}: ${gateway.name} for ${settings.seconds} s, ${settings.connections} connections`,
      );
      const { result, rssBytes, cpuPercent, gcPercent } = await drive(gateway, settings.seconds);
      const measured: Round = {
        gateway: gateway.name,
        round,
        requestsPerSecond: result.requests.total / settings.seconds,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        mismatches: mismatchesOf(result),
        rssBytes,
        cpuPercent,
        gcPercent,
        total: result.requests.total,
      };
      rounds.push(measured);
      log(
        `  ${gateway.name}: ${measured.requestsPerSecond.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, errors ${measured.errors}, non-2xx ${measured.non2xx}, RSS ${(rssBytes / mb).toFixed(0)} MB, gateway CPU ${cpuPercent.toFixed(0)} % of its core${gcPercent ? `, paused for GC ${describeGc(gcPercent)} of the round` : ''}`,
      );
    }
  }
  printTable(rounds);
  await sideBySide(gateways, drive);
  if (wrongBodySample) console.log(`first unexpected body: ${wrongBodySample}`);
  if (wrapped)
    console.log(`note: the ${tokens.length} tokens were used more than once; raise --tokens for distinct ones`);
}

function printTable(rounds: Round[]): void {
  const vanillaOf = (round: number) => rounds.find((row) => row.gateway === 'vanilla' && row.round === round);
  const ratio = (row: Round) => row.requestsPerSecond / (vanillaOf(row.round)?.requestsPerSecond ?? Number.NaN);
  const header = [
    'gateway',
    'round',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'wrong body',
    'RSS MB',
    'CPU %',
    'GC %',
    '× vanilla',
  ];
  const widths = [9, 6, 8, 8, 8, 7, 8, 11, 8, 6, 6, 10];
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((cell, index) => String(cell).padStart(widths[index] ?? 8)).join(' '));
  console.log(
    `\nstandard federation workload, ${settings.connections} connections, ${settings.seconds} s rounds (${machineLoad()}; the machine is shared: other engineers' work competes for both cores)`,
  );
  line(header);
  for (const row of rounds.toSorted((a, b) => a.gateway.localeCompare(b.gateway) * -1 || a.round - b.round)) {
    line([
      row.gateway,
      row.round,
      row.requestsPerSecond.toFixed(0),
      row.p50,
      row.p99,
      row.errors,
      row.non2xx,
      row.mismatches,
      (row.rssBytes / mb).toFixed(0),
      row.cpuPercent.toFixed(0),
      row.gcPercent ? gcTotal(row.gcPercent).toFixed(0) : '–',
      `${ratio(row).toFixed(2)}×`,
    ]);
  }
  for (const gateway of ['vanilla', 'router'] as const) {
    const rows = rounds.filter((row) => row.gateway === gateway);
    line([
      gateway,
      'median',
      median(rows.map((row) => row.requestsPerSecond)).toFixed(0),
      median(rows.map((row) => row.p50)),
      median(rows.map((row) => row.p99)),
      rows.reduce((sum, row) => sum + row.errors, 0),
      rows.reduce((sum, row) => sum + row.non2xx, 0),
      rows.reduce((sum, row) => sum + row.mismatches, 0),
      (median(rows.map((row) => row.rssBytes)) / mb).toFixed(0),
      median(rows.map((row) => row.cpuPercent)).toFixed(0),
      rows.every((row) => row.gcPercent)
        ? median(rows.map((row) => gcTotal(row.gcPercent as GcShare))).toFixed(0)
        : '–',
      `${median(rows.map(ratio)).toFixed(2)}×`,
    ]);
  }
}

type Drive = (
  gateway: Gateway,
  seconds: number,
) => Promise<{ result: autocannon.Result; cpuSeconds: number; rssBytes: number; gcPercent: Round['gcPercent'] }>;

/**
 * Both gateways driven at once on their shared core, each by its own connections: whatever slows
 * the machine (this one's speed drifts by half between rounds) slows both alike, so the ratio of
 * their CPU time per request, which is the ratio of what each serves when its core is the limit,
 * holds still where the req/s of separate rounds do not.
 */
async function sideBySide(gateways: Gateway[], drive: Drive): Promise<void> {
  if (settings.sideBySide === 0) return;
  const windows: { cpuMs: Record<Gateway['name'], number>; failed: number }[] = [];
  for (let window = 1; window <= settings.sideBySide; window++) {
    log(`side by side ${window}/${settings.sideBySide}: both gateways for ${settings.seconds} s at once`);
    const measured = await Promise.all(gateways.map((gateway) => drive(gateway, settings.seconds)));
    const cpuMs = Object.fromEntries(
      gateways.map((gateway, index) => {
        const { result, cpuSeconds } = measured[index] as Awaited<ReturnType<Drive>>;
        return [gateway.name, (1000 * cpuSeconds) / result.requests.total];
      }),
    ) as Record<Gateway['name'], number>;
    const failed = measured.reduce(
      (sum, { result }) => sum + result.errors + result.timeouts + result.non2xx + mismatchesOf(result),
      0,
    );
    windows.push({ cpuMs, failed });
  }
  const ratio = (cpuMs: Record<Gateway['name'], number>) => cpuMs.vanilla / cpuMs.router;
  console.log(
    `\nside by side: both gateways on core ${settings.gatewayCore} at the same time, ${settings.connections} connections each, ${settings.seconds} s windows`,
  );
  const widths = [8, 22, 22, 16, 10];
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((cell, index) => String(cell).padStart(widths[index] ?? 8)).join(' '));
  line(['window', 'vanilla CPU ms/request', 'router CPU ms/request', 'failed requests', '× vanilla']);
  for (const [index, { cpuMs, failed }] of windows.entries()) {
    line([index + 1, cpuMs.vanilla.toFixed(2), cpuMs.router.toFixed(2), failed, `${ratio(cpuMs).toFixed(2)}×`]);
  }
  line([
    'median',
    median(windows.map(({ cpuMs }) => cpuMs.vanilla)).toFixed(2),
    median(windows.map(({ cpuMs }) => cpuMs.router)).toFixed(2),
    windows.reduce((sum, { failed }) => sum + failed, 0),
    `${median(windows.map(({ cpuMs }) => ratio(cpuMs))).toFixed(2)}×`,
  ]);
}

/**
 * The seconds the gateway's main thread has spent paused for GC so far, young collections apart
 * from full ones (incremental marking steps included), from the router's own /metrics: prom-client's
 * nodejs_gc_duration_seconds, as operators see it. Undefined for a gateway without metrics.
 */
async function gcPauseSeconds(gateway: Gateway): Promise<{ young: number; full: number } | undefined> {
  if (!gateway.metricsUrl) return undefined;
  const response = await fetch(gateway.metricsUrl);
  if (!response.ok) throw new Error(`${gateway.metricsUrl} answered ${response.status}`);
  const seconds = { young: 0, full: 0 };
  for (const line of (await response.text()).split('\n')) {
    const sample = /^nodejs_gc_duration_seconds_sum\{[^}]*kind="(\w+)"[^}]*\} (\S+)$/.exec(line);
    if (!sample) continue;
    if (sample[1] === 'minor') seconds.young += Number(sample[2]);
    else if (sample[1] === 'major' || sample[1] === 'incremental') seconds.full += Number(sample[2]);
  }
  return seconds;
}

type GcShare = NonNullable<Round['gcPercent']>;

function gcTotal(gcPercent: GcShare): number {
  return gcPercent.young + gcPercent.full;
}

function describeGc(gcPercent: GcShare): string {
  return `${gcTotal(gcPercent).toFixed(1)} % (young ${gcPercent.young.toFixed(1)} %, full ${gcPercent.full.toFixed(1)} %)`;
}

function mismatchesOf(result: autocannon.Result): number {
  return (result as { mismatches?: number }).mismatches ?? 0;
}

/**
 * The router's own latency: one query that one subgraph answers whole, sent one at a time straight
 * to the subgraph, through the router with a token it has never seen (verified on the spot), and
 * through the router with one caller's token again and again (as a session sends it, verified once),
 * interleaved and timed here to the microsecond (autocannon rounds to the millisecond).
 */
async function singleSubgraphOverhead(routerUrl: string, subgraphUrl: string, tokens: string[]): Promise<void> {
  const samples = 2_000;
  const warmup = 200;
  log(`single-subgraph query, one request at a time: ${samples} each way after ${warmup} to warm up`);
  const body = JSON.stringify({ query: singleSubgraphQuery });
  const timeOne = async (url: string, token?: string): Promise<number> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !text.startsWith('{"data":{"topProducts":')) {
      throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return elapsed;
  };
  const direct: number[] = [];
  const freshToken: number[] = [];
  const sessionToken: number[] = [];
  const session = tokens[0] as string;
  for (let index = 0; index < samples + warmup; index++) {
    // From the end of the list: tokens the throughput rounds did not send (unless they wrapped).
    const fresh = tokens[tokens.length - 1 - (index % tokens.length)] as string;
    const times = [await timeOne(subgraphUrl), await timeOne(routerUrl, fresh), await timeOne(routerUrl, session)];
    if (index < warmup) continue;
    direct.push(times[0] as number);
    freshToken.push(times[1] as number);
    sessionToken.push(times[2] as number);
  }
  const row = (label: string, values: number[]) =>
    `  ${label.padEnd(36)} p50 ${percentile(values, 50).toFixed(3).padStart(7)} ms  p99 ${percentile(values, 99).toFixed(3).padStart(7)} ms${
      values === direct
        ? ''
        : `  overhead at p50 ${(percentile(values, 50) - percentile(direct, 50)).toFixed(3)} ms (goal <= 1 ms)`
    }`;
  console.log(`\nsingle-subgraph query ${singleSubgraphQuery}, one at a time, ${samples} each:`);
  console.log(row('straight to the subgraph', direct));
  console.log(row('router, a token never seen before', freshToken));
  console.log(row("router, one caller's token again", sessionToken));
}
