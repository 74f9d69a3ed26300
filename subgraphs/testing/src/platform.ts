import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainEvent, RunningSubgraph, SubgraphDefinition } from '@comptoir/kit';
import {
  createScratchDatabase,
  deliverEvent,
  type EventToDeliver,
  postGraphQL,
  postGraphQLAsRouter,
  startTokenIssuer,
  type TestClaims,
  type TokenIssuer,
  testEnv,
  testServerUrl,
} from '@comptoir/kit/testing';
import { type PlatformOptions, type RunningPlatform, startPlatform } from '@comptoir/router';
import type { EventType } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface TestPlatformOptions {
  /** The subgraphs under test, in start order (auth first when present). */
  subgraphs: readonly SubgraphDefinition[];
  /** An existing database to start on (a restored one) instead of a scratch database; kept on stop. */
  databaseUrl?: string;
  /** Subgraph variables over the test defaults, e.g. KAFKA_BROKERS to run events on Kafka. */
  env?: Record<string, string>;
  /**
   * Variables for the subgraphs' own services (NODE_ENV, AUTH_SIGNING_KEY, a random
   * PAYMENT_WEBHOOK_SECRET, NEWSLETTER_TOKEN_SECRET and a MAIL_DIR of the platform's own, removed on stop, are set).
   */
  rawEnv?: Record<string, string>;
  /** Observes each SQL statement of a subgraph (statement-count tests). */
  onQuery?: (subgraph: string, sql: string) => void;
  /** The router's limits, trusted proxies and trusted documents, over their defaults. */
  router?: PlatformOptions['router'];
}

export interface TestPlatform {
  platform: RunningPlatform;
  /** Signs access tokens as auth does; when auth runs, it signs with the same key. */
  issuer: TokenIssuer;
  /** The database the subgraphs use, one schema each. */
  databaseUrl: string;
  /** The URL of the router's /graphql. */
  url: string;
  /** POSTs to the router; `token` goes in `Authorization: Bearer`. */
  graphql<T = Record<string, never>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): ReturnType<typeof postGraphQL<T>>;
  /** An access token for these claims (user id in `sub`, roles, space-separated scopes). */
  token(claims: TestClaims): Promise<string>;
  subgraph(name: string): RunningSubgraph;
  /** POSTs straight to a subgraph's /graphql, signed as the router signs (its directives still apply). */
  subgraphGraphql<T = Record<string, never>>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): ReturnType<typeof postGraphQL<T>>;
  /** A fresh EntityManager on a subgraph's database schema. */
  em(name: string): EntityManager;
  /** Publishes an event as another subgraph's relay would (in-process: resolves once handled). */
  deliver<T extends EventType>(event: EventToDeliver<T>): Promise<DomainEvent<T>>;
  /** Waits until no event is in flight: every outbox published, every consumer group caught up. */
  eventsSettled(): Promise<void>;
  /**
   * Stops every process gracefully (runs under way finish) and starts them again on the same
   * database and event namespace: a deploy, as the platform sees one. The router comes back on a
   * new port (`url` follows it): the old one may have been taken by another process meanwhile.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The given subgraphs on a scratch database behind a router composed from just them. Events are
 * in-process unless `env` names KAFKA_BROKERS (then in a namespace of the test's own). Without the
 * auth subgraph, the router and subgraphs verify tokens against the harness's issuer.
 */
export async function startTestPlatform(options: TestPlatformOptions): Promise<TestPlatform> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : await createScratchDatabase(testServerUrl);
  const issuer = await startTokenIssuer();
  const withAuth = options.subgraphs.some((subgraph) => subgraph.name === 'auth');
  // Mail caught without SMTP_URL stays out of the embedded default's .data/mail.
  const mailDir = join(tmpdir(), `comptoir-mail-${randomBytes(6).toString('hex')}`);
  const cleanUp = async () => {
    await issuer.stop();
    await database.drop();
    await rm(mailDir, { recursive: true, force: true });
  };
  const env = testEnv(database.url, { ...(withAuth ? {} : { AUTH_JWKS_URL: issuer.jwksUrl }), ...options.env });
  const [routerSecret] = env.ROUTER_SUBGRAPH_SECRET as [string];
  const rawEnv = {
    NODE_ENV: 'test',
    AUTH_SIGNING_KEY: issuer.key.pem,
    PAYMENT_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
    NEWSLETTER_TOKEN_SECRET: randomBytes(32).toString('hex'),
    MAIL_DIR: mailDir,
    ...options.rawEnv,
  };
  const start = (routerPort: number) =>
    startPlatform({
      subgraphs: options.subgraphs,
      env,
      routerPort,
      rawEnv,
      ...(withAuth ? {} : { auth: { jwksUrl: issuer.jwksUrl } }),
      ...(options.onQuery ? { onQuery: options.onQuery } : {}),
      ...(options.router ? { router: options.router } : {}),
    });
  let platform = await start(0).catch(async (error) => {
    await cleanUp();
    throw error;
  });
  const subgraph = (name: string) => {
    const found = platform.subgraphs.get(name);
    if (!found) throw new Error(`subgraph "${name}" is not running on this test platform`);
    return found;
  };
  const transport = () => platform.transport ?? ([...platform.subgraphs.values()][0] as RunningSubgraph).transport;
  return {
    get platform() {
      return platform;
    },
    issuer,
    databaseUrl: database.url,
    get url() {
      return platform.router.url;
    },
    graphql: (query, variables = {}, requestOptions = {}) =>
      postGraphQL(platform.router.url, query, variables, headersOf(requestOptions)),
    subgraphGraphql: (name, query, variables = {}, requestOptions = {}) =>
      postGraphQLAsRouter(subgraph(name).url, routerSecret, query, variables, headersOf(requestOptions)),
    token: (claims) => issuer.mint(claims),
    subgraph,
    em: (name) => subgraph(name).orm.em.fork(),
    deliver: (event) => deliverEvent(transport(), event),
    eventsSettled: () => platform.eventsSettled(),
    async restart() {
      await platform.stop();
      platform = await start(0);
    },
    async stop() {
      await platform.stop();
      await cleanUp();
    },
  };
}

function headersOf(options: { token?: string; headers?: Record<string, string> }): Record<string, string> {
  return { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
}
