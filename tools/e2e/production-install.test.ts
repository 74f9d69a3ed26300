/**
 * The images' contents, proven without a container engine. tools/docker/install.sh, the install
 * step tools/docker/Dockerfile runs for every image, installs each deployable into a scratch folder
 * with production dependencies only. Each then starts from its folder as its image would: the CMD
 * and ENV of its Dockerfile target (with /app read as its folder, and free local ports). The
 * migrations deployable migrates a scratch database on the real PostgreSQL, the six subgraphs serve
 * on it (on Kafka when KAFKA_BROKERS is set), the router in front of them and the storefront in
 * front of the router, each until /health/ready answers 200; then they are stopped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, testServerUrl } from '@comptoir/kit/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { residentBytes } from '../bench/router/processes.ts';
import { compiledPackages, filesOutsideNodeModules } from '../docker/compile-deployment.ts';
import { imageConfigs } from '../docker/image-configs.ts';
import { freePorts } from './free-ports.ts';

const dockerDir = join(import.meta.dirname, '../docker');

const subgraphs = ['auth', 'catalog', 'baskets', 'orders', 'deliveries', 'support'] as const;
const deployables = ['migrations', ...subgraphs, 'router', 'storefront'] as const;
type Deployable = (typeof deployables)[number];

/** Development tools of the workspace: no deployment may hold one. */
const developmentPackages = [
  'vitest',
  'typescript',
  '@biomejs/biome',
  'vite',
  '@graphql-codegen/cli',
  'playwright-core',
];

interface Service {
  name: Deployable;
  child: ChildProcess;
  /** Rejects when the process ends on its own. */
  exited: Promise<never>;
  output(): string;
}

let root: string;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
const running: Service[] = [];
const folderOf = (deployable: Deployable) => join(root, deployable);

function install(deployable: Deployable): Promise<void> {
  const started = performance.now();
  const child = spawn('bash', [join(dockerDir, 'install.sh'), deployable, folderOf(deployable)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`install.sh ${deployable} exited with ${code}:\n${output}`));
      console.log(`production install: ${deployable} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      resolve();
    });
  });
}

/** Runs the deployable's image command in its folder, with the image's environment and `env` over it. */
function run(deployable: Deployable, env: Record<string, string>): Service {
  const image = imageConfigs().get(deployable);
  if (!image) throw new Error(`tools/docker/Dockerfile has no target ${deployable}`);
  const [program, ...args] = image.command;
  expect(program).toBe('node');
  const imageEnv = Object.fromEntries(
    Object.entries(image.env).map(([name, value]) => [name, value.replace(/^\/app(?=\/|$)/, folderOf(deployable))]),
  );
  const child = spawn(process.execPath, args, {
    cwd: folderOf(deployable),
    env: { PATH: process.env.PATH, ...imageEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`${deployable} exited with ${code}:\n${output}`)));
  });
  exited.catch(() => undefined);
  const service = { name: deployable, child, exited, output: () => output };
  running.push(service);
  return service;
}

async function untilReady(service: Service, url: string): Promise<void> {
  const started = performance.now();
  const ready = expect
    // A few seconds on two idle cores, minutes on a busy machine.
    .poll(async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.status, {
      timeout: 240_000,
      interval: 200,
    })
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${service.name} not ready: ${error.message}\n${service.output()}`);
    });
  await Promise.race([ready, service.exited]);
  // What its pod's memory figures start from (0: the process could not be read).
  const rss = service.child.pid === undefined ? 0 : residentBytes(service.child.pid);
  console.log(
    `production install: ${service.name} ready in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${rss ? `${Math.round(rss / 2 ** 20)} MB` : 'unknown'}`,
  );
}

/** SIGTERM, as Kubernetes stops a pod; resolves to the exit code. */
function stop(service: Service): Promise<number | null> {
  if (service.child.exitCode !== null) return Promise.resolve(service.child.exitCode);
  const exit = new Promise<number | null>((resolve) => service.child.once('exit', (code) => resolve(code)));
  service.child.kill('SIGTERM');
  return exit;
}

async function ports(): Promise<{ port: number; metricsPort: number }> {
  const [port, metricsPort] = (await freePorts(2)) as [number, number];
  return { port, metricsPort };
}

describe('production install (the images)', () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'comptoir-images-'));
    database = await createScratchDatabase(testServerUrl);
    // Three at a time: pnpm copies from its store far more than it computes.
    const queue: Deployable[] = [...deployables];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await install(next);
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(running.map(stop));
    await database?.drop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('no deployment holds a development tool, and none has TypeScript left to strip', () => {
    for (const deployable of deployables) {
      const store = readdirSync(join(folderOf(deployable), 'node_modules/.pnpm'));
      const tools = developmentPackages.filter((name) =>
        store.some((entry) => entry.startsWith(`${name.replace('/', '+')}@`)),
      );
      expect(tools, deployable).toEqual([]);
      // The deployable's sources and the workspace packages pnpm injected are compiled: Node refuses
      // to strip types under node_modules, and stripping elsewhere keeps its stripper in memory. (The
      // storefront's .tsx pages, and those the tools package brings the migrations deployable, are Vite's input.)
      const typeScript = compiledPackages(folderOf(deployable))
        .flatMap(filesOutsideNodeModules)
        .filter((path) => /\.[cm]?ts$/.test(path) && !path.endsWith('.d.ts'));
      expect(typeScript, deployable).toEqual([]);
    }
  });

  test('migrations, then every service starts from its folder until ready, then stops', async () => {
    const migrations = run('migrations', { DATABASE_URL: database.url });
    const [migrated] = await once(migrations.child, 'exit');
    expect(migrated, migrations.output()).toBe(0);
    for (const subgraph of subgraphs) expect(migrations.output()).toMatch(new RegExp(`^${subgraph}: applied `, 'm'));

    const secret = randomBytes(32).toString('hex');
    const own: Record<(typeof subgraphs)[number], Record<string, string>> = {
      auth: {
        AUTH_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      },
      catalog: { IMAGE_DIR: join(root, 'images') },
      baskets: {},
      orders: { PAYMENT_WEBHOOK_SECRET: randomBytes(32).toString('hex') },
      deliveries: {},
      support: { NEWSLETTER_TOKEN_SECRET: randomBytes(32).toString('hex'), MAIL_DIR: join(root, 'mail') },
    };
    const eventNamespace = `images-${randomBytes(5).toString('hex')}`;
    const kafka: Record<string, string> = process.env.KAFKA_BROKERS ? { KAFKA_BROKERS: process.env.KAFKA_BROKERS } : {};
    // One at a time: subgraphs starting together on a fresh event namespace race to create the same
    // topics, and kafkajs' createTopics can then fail one of them (UNKNOWN_TOPIC_OR_PARTITION).
    const subgraphUrls: (readonly [string, string])[] = [];
    for (const subgraph of subgraphs) {
      const { port, metricsPort } = await ports();
      const service = run(subgraph, {
        HOST: '127.0.0.1',
        PORT: String(port),
        METRICS_PORT: String(metricsPort),
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        ROUTER_SUBGRAPH_SECRET: secret,
        EVENT_NAMESPACE: eventNamespace,
        ...kafka,
        ...own[subgraph],
      });
      await untilReady(service, `http://127.0.0.1:${port}`);
      subgraphUrls.push([`SUBGRAPH_${subgraph.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`]);
    }

    const routerPorts = await ports();
    const routerUrl = `http://127.0.0.1:${routerPorts.port}`;
    const router = run('router', {
      HOST: '127.0.0.1',
      PORT: String(routerPorts.port),
      METRICS_PORT: String(routerPorts.metricsPort),
      LOG_LEVEL: 'warn',
      ROUTER_SUBGRAPH_SECRET: secret,
      ...Object.fromEntries(subgraphUrls),
    });
    await untilReady(router, routerUrl);

    const [storefrontPort] = (await freePorts(1)) as [number];
    const storefrontUrl = `http://127.0.0.1:${storefrontPort}`;
    const storefront = run('storefront', {
      STOREFRONT_HOST: '127.0.0.1',
      STOREFRONT_PORT: String(storefrontPort),
      ROUTER_URL: `${routerUrl}/graphql`,
    });
    await untilReady(storefront, storefrontUrl);
    // A page rendered on the server from the catalog, through the router: all three production installs.
    const home = await fetch(`${storefrontUrl}/fr`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="fr"');

    for (const service of running.splice(0).reverse()) {
      expect(await stop(service), `${service.name}:\n${service.output()}`).toBe(0);
    }
  }, 720_000);
});
