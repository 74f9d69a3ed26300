import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { type DocumentNode, parse } from 'graphql';
import type { Logger } from 'pino';
import { badUserInputPlugin, guardArguments } from './argument-guard.ts';
import { readAccessRequirements } from './auth/access-requirements.ts';
import { accessDirectivesPlugin } from './auth/access-rules.ts';
import { createJwtVerifier, InvalidCredentialError, jwtClaimsVerifier } from './auth/jwt.ts';
import { requireRouterCredential } from './auth/router-credential.ts';
import { databasePool, kafkaConnection, type SubgraphEnv } from './config.ts';
import type { ClaimsVerifier, RequestContext } from './context.ts';
import { migrate, openDatabase } from './database.ts';
import { DomainError } from './domain-error.ts';
import {
  domainErrorPlugin,
  errorLoggingPlugin,
  exposeStackTraces,
  graphqlErrorOf,
  httpErrorHandler,
  internalErrorMasking,
} from './errors.ts';
import { type ConsumerDefinition, startConsumer } from './events/consumer.ts';
import { createInProcessTransport } from './events/in-process-transport.ts';
import { createKafkaTransport } from './events/kafka-transport.ts';
import { eventPruning } from './events/pruning.ts';
import { type OutboxRelay, startRelay } from './events/relay.ts';
import type { EventTransport } from './events/transport.ts';
import { graphqlHandler } from './graphql-handler.ts';
import { mountHealth } from './health.ts';
import { Loaders } from './loaders.ts';
import { createLogger } from './logger.ts';
import { createRegistry, graphqlMetricsPlugin, metricsPortFor, serveMetrics } from './metrics.ts';
import { inPeriodicTask, type PeriodicTask, startPeriodicTask } from './periodic-task.ts';
import { StartupError } from './process-entry.ts';
import { acceptRequestId } from './request-id.ts';
import { subgraphMetrics } from './subgraph-metrics.ts';

/** Process-level services of one subgraph (key material, clients), built once at start. */
export interface SubgraphServices<Services = unknown> {
  /** Given to resolvers as `ctx.services`. */
  services: Services;
  /** Replaces the default JWKS-based verification (the auth subgraph checks its own tokens). */
  verifyClaims?: ClaimsVerifier;
  /**
   * Plain HTTP endpoints beside /graphql (the auth subgraph's JWKS and token exchange); `origin`
   * is where the subgraph listens, e.g. http://127.0.0.1:4004 (orders' payment webhook default);
   * `verifyClaims` checks a caller's bearer token as /graphql does (catalog's image upload).
   */
  routes?: (app: express.Express, origin: string, verifyClaims: ClaimsVerifier) => void;
  /** Work repeated while the subgraph runs (orders' sweep of unanswered reservations). */
  tasks?: PeriodicTask[];
  /** Consumer groups that need these services (orders' payments call the provider), started with the others. */
  consumers?: ConsumerDefinition[];
  /** Releases what the services hold (support's pooled SMTP connections) when the subgraph stops. */
  close?: () => Promise<void>;
}

/**
 * Everything that makes a subgraph what it is; the kit supplies the rest. `Services` types what
 * its resolvers find in `ctx.services`.
 */
export interface SubgraphDefinition<Services = unknown> {
  /** Service name, PostgreSQL schema and CloudEvents source. */
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's codegen-typed resolver map (typed against RequestContext there). */
  resolvers: Record<string, unknown>;
  entities: EntitySchema[];
  migrationsPath: string;
  consumers?: ConsumerDefinition[];
  /** Builds the subgraph's own services, once its database is open. */
  services?: ServicesBuilder<Services>;
}

/** Builds a subgraph's own services from its configuration and open database. */
export type ServicesBuilder<Services> = (setup: {
  rawEnv: NodeJS.ProcessEnv;
  env: SubgraphEnv;
  log: Logger;
  orm: MikroORM;
}) => Promise<SubgraphServices<Services>>;

/** Reads and parses the subgraph's `schema.graphql` from its source folder. */
export function loadTypeDefs(sourceDir: string): DocumentNode {
  return parse(readFileSync(join(sourceDir, 'schema.graphql'), 'utf8'));
}

export interface SubgraphOptions {
  env: SubgraphEnv;
  /** 0 picks a free port. Defaults to env PORT, else 0. */
  port?: number;
  /** Where `/metrics` is served. Defaults to env METRICS_PORT (with env PORT), else as `metricsPortFor` says. */
  metricsPort?: number;
  /** Shared transport (the embedded default passes one in-process bus to all subgraphs). */
  transport?: EventTransport;
  /** Run pending migrations before serving (the embedded default and tests do). */
  migrate?: boolean;
  /** How bearer credentials become claims; by default, JWTs checked against AUTH_JWKS_URL. */
  verifyClaims?: ClaimsVerifier;
  log?: Logger;
  /**
   * Observes each SQL statement of requests and events (statement-count tests); not those of
   * periodic tasks, which run on a timer, whenever.
   */
  onQuery?: (sql: string) => void;
  /** Variables beyond SubgraphEnv, for the subgraph's own services. Default process.env. */
  rawEnv?: NodeJS.ProcessEnv;
  /** Collect process-wide metrics (CPU, memory); off for all but one service per process. */
  processMetrics?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  /** `/metrics`, on its own port. */
  metricsUrl: string;
  orm: MikroORM;
  transport: EventTransport;
  relay: OutboxRelay;
  log: Logger;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph: database (and migrations), event transport, outbox relay, consumers, and the
 * HTTP server with `/graphql`, health and metrics. `stop()` drains in that order's reverse.
 */
export async function startSubgraph<Services>(
  definition: SubgraphDefinition<Services>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const { env } = options;
  const log = options.log ?? createLogger(definition.name, env.LOG_LEVEL);
  const registry = createRegistry(definition.name, options.processMetrics ?? true);
  const metrics = subgraphMetrics(registry);

  const orm = await openDatabase({
    schema: definition.name,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
    url: env.DATABASE_URL,
    pool: databasePool(env),
    log,
    onQuery: (sql) => {
      metrics.statements.inc();
      if (!inPeriodicTask()) options.onQuery?.(sql);
    },
  });
  const cleanups: Array<() => Promise<unknown>> = [() => orm.close()];
  const cleanUp = async () => {
    for (const cleanup of [...cleanups].reverse())
      await cleanup().catch((error) => log.warn({ err: error }, 'cleanup failed'));
  };

  try {
    if (options.migrate) {
      const applied = await migrate(orm);
      if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
    }
    metrics.observeDatabase(orm);

    const transport = options.transport ?? (await openTransport(env, definition.name, log));
    if (!options.transport) cleanups.push(() => transport.close());

    const relay = startRelay({
      orm,
      transport,
      source: `/comptoir/${definition.name}`,
      log,
      pollMs: env.OUTBOX_POLL_MS,
      published: metrics.published,
    });
    cleanups.push(() => relay.stop());
    orm.em.getEventManager().registerSubscriber({
      afterFlush: () => relay.wake(),
      afterTransactionCommit: () => relay.wake(),
    });

    const own = await definition.services?.({ rawEnv: options.rawEnv ?? process.env, env, log, orm });
    // Released last, once the consumers and tasks that use them have stopped.
    if (own?.close) cleanups.push(own.close);
    const consumers = [...(definition.consumers ?? []), ...(own?.consumers ?? [])];
    // Before the database closes (and the services the handlers use): a transport shared with
    // subgraphs still running would otherwise hand this one's handlers events they cannot apply.
    cleanups.push(() => Promise.all(consumers.map((consumer) => transport.unsubscribe(consumer.group))));
    for (const consumer of consumers) {
      await startConsumer(consumer, {
        em: orm.em,
        transport,
        log,
        maxAttempts: env.EVENT_MAX_ATTEMPTS,
        retryBaseMs: env.EVENT_RETRY_BASE_MS,
        metrics: { handled: metrics.eventsHandled, lag: metrics.consumerLag },
      });
    }
    const retention = { outboxHours: env.OUTBOX_RETENTION_HOURS, processedDays: env.PROCESSED_EVENT_RETENTION_DAYS };
    for (const task of [eventPruning(orm.em, retention), ...(own?.tasks ?? [])]) {
      const running = startPeriodicTask(task, log);
      cleanups.push(() => running.stop());
    }
    const app = express();
    app.disable('x-powered-by');
    // GraphQL answers carry no ETag (see graphqlHandler).
    app.disable('etag');
    // The router is the one proxy in front: the client address is its last x-forwarded-for hop.
    app.set('trust proxy', 1);
    const verifyClaims =
      options.verifyClaims ??
      own?.verifyClaims ??
      jwtClaimsVerifier(
        createJwtVerifier({ jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE }),
      );
    const servicePort = options.port ?? env.PORT ?? 0;
    // METRICS_PORT goes with PORT: services given their port (the embedded platform) derive theirs.
    const metricsPort =
      options.metricsPort ?? metricsPortFor(servicePort, options.port === undefined ? env.METRICS_PORT : undefined);
    const metricsServer = await serveMetrics(registry, metricsPort, env.HOST);
    cleanups.push(() => metricsServer.stop());
    const httpServer = await listen(app, servicePort, env.HOST);
    const errorMasking = internalErrorMasking(env.NODE_ENV);
    const apollo = new ApolloServer<RequestContext<Services>>({
      schema: guardArguments(
        buildSubgraphSchema({
          typeDefs: definition.typeDefs,
          resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
        }),
      ),
      nodeEnv: env.NODE_ENV,
      introspection: env.NODE_ENV !== 'production',
      includeStacktraceInErrorResponses: exposeStackTraces(env.NODE_ENV),
      formatError: errorMasking.formatError,
      // The process owner stops us on SIGTERM, in order; Apollo would re-raise the signal.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginInlineTraceDisabled(),
        // No field gives a cache hint, so Apollo's default cache-control plugin would only wrap every
        // resolver to compute a policy that is always "no max-age".
        ApolloServerPluginCacheControlDisabled(),
        // Apollo's landing page loads from a CDN; the router's GraphiQL is the one IDE.
        ApolloServerPluginLandingPageDisabled(),
        graphqlMetricsPlugin(registry),
        domainErrorPlugin(),
        badUserInputPlugin(),
        errorLoggingPlugin(log),
        errorMasking.plugin,
        // The router enforced the same directives already; a caller that got past it gains nothing.
        accessDirectivesPlugin(readAccessRequirements(definition.typeDefs)),
      ],
    });
    await apollo.start();
    cleanups.push(() => apollo.stop());

    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      requireRouterCredential(env.ROUTER_SUBGRAPH_SECRET),
      graphqlHandler(apollo, async (req, res): Promise<RequestContext<Services>> => {
        const requestId = acceptRequestId(req.headers['x-request-id']);
        res.setHeader('x-request-id', requestId);
        const em = orm.em.fork();
        const traceparent = req.header('traceparent');
        return {
          requestId,
          traceparent,
          clientIp: req.ip ?? 'unknown',
          locale: req.acceptsLanguages('en', 'fr') === 'fr' ? 'fr' : 'en',
          log: log.child({ requestId }),
          em,
          loaders: new Loaders(em),
          claims: await claimsOrUnauthenticated(verifyClaims, req.header('authorization')),
          header: (name) => req.header(name),
          setResponseHeader: (name, value) => res.setHeader(name, value),
          // Absent only for a subgraph without services, whose Services is `unknown`.
          services: own?.services as Services,
        };
      }),
    );
    const address = httpServer.address();
    const origin = `http://${env.HOST}:${typeof address === 'object' && address ? address.port : 0}`;
    own?.routes?.(app, origin, verifyClaims);
    mountHealth(app, [
      { name: 'database', check: () => orm.checkConnection() },
      { name: 'events', check: () => transport.status() },
    ]);
    app.use(httpErrorHandler(log));

    const url = `${origin}/graphql`;
    log.info({ url, metricsUrl: metricsServer.url, transport: transport.name }, 'subgraph ready');
    return { name: definition.name, url, metricsUrl: metricsServer.url, orm, transport, relay, log, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** A presented but invalid credential is a 401, never silently anonymous. */
async function claimsOrUnauthenticated(verify: ClaimsVerifier, authorization: string | undefined) {
  try {
    return await verify(authorization);
  } catch (error) {
    if (!(error instanceof InvalidCredentialError)) throw error;
    throw graphqlErrorOf(new DomainError('UNAUTHENTICATED', error.message));
  }
}

async function openTransport(env: SubgraphEnv, name: string, log: Logger): Promise<EventTransport> {
  const connection = kafkaConnection(env);
  if (!connection) return createInProcessTransport();
  try {
    return await createKafkaTransport({
      ...connection,
      clientId: `${env.KAFKA_CLIENT_ID}-${name}`,
      namespace: env.EVENT_NAMESPACE,
      logger: log,
    });
  } catch (error) {
    throw new StartupError(`cannot reach Kafka at ${connection.brokers.join(',')}: ${(error as Error).message}`);
  }
}

function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
