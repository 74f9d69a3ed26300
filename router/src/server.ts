import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { errorLoggingPlugin, exposeStackTraces, httpErrorHandler, internalErrorMasking } from '@comptoir/kit/errors';
import { graphqlHandler } from '@comptoir/kit/graphql-handler';
import { mountHealth } from '@comptoir/kit/health';
import { createLogger, type Logger } from '@comptoir/kit/logger';
import {
  createRegistry,
  graphqlMetricsPlugin,
  listen,
  type MetricsServer,
  metricsPortFor,
  serveMetrics,
} from '@comptoir/kit/metrics';
import { StartupError } from '@comptoir/kit/process-entry';
import express, { type RequestHandler } from 'express';
import type { AuthSettings } from './auth-service.ts';
import { hooks, type RouterConcern, requestContext } from './concern.ts';
import { type AdmissionBounds, admission } from './concerns/admission.ts';
import { authentication } from './concerns/authentication.ts';
import { authorization } from './concerns/authorization.ts';
import { basketToken } from './concerns/basket-token.ts';
import { bodyLimit, type OperationLimits, operationLimits } from './concerns/operation-limits.ts';
import { propagateHeaders } from './concerns/propagate-headers.ts';
import { type RateLimits, rateLimits } from './concerns/rate-limits.ts';
import { requestId } from './concerns/request-id.ts';
import { subgraphCredential } from './concerns/subgraph-credential.ts';
import { type CallerKind, defaultArbitraryOperationCallers, trustedDocuments } from './concerns/trusted-documents.ts';
import type { RouterContext } from './context.ts';
import { createGateway } from './gateway.ts';
import { graphiqlRoutes } from './graphiql.ts';
import { Readiness } from './health.ts';
import { imageProxy } from './image-proxy.ts';
import { serializeResult } from './serialize-result.ts';
import { createSubgraphAgent } from './subgraph-fetch.ts';
import { resolveSubgraphUrls } from './subgraph-urls.ts';
import { loadSupergraph, type SupergraphSource } from './supergraph.ts';
import { defaultTrustedDocumentsDir, loadTrustedDocuments } from './trusted-document-manifests.ts';
import { webClientRoutes } from './web-client.ts';

export type RouterOptions = SupergraphSource & {
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Where `/metrics` is served, never on `port`. Default: port + 5400 (9400), or free when port is 0. */
  metricsPort?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Subgraph URLs that replace the supergraph's, by subgraph name (matched case-insensitively, `-` as `_`). */
  subgraphUrlOverrides?: Record<string, string>;
  /** The built storefront; served at `/` when it holds an index.html. */
  webDistDir?: string;
  logger?: Logger;
  /** Decides GraphiQL, introspection, stack traces and query plan exposure. Default production. */
  nodeEnv?: 'development' | 'production' | 'test';
  /** Where tokens are exchanged and verified; defaults as for the AUTH_* variables. */
  auth?: Partial<AuthSettings>;
  /** Depth, aliases, cost, body size… a request may not exceed; defaults as for the MAX_* variables. */
  operationLimits?: Partial<OperationLimits>;
  /** How few and how many GraphQL requests are worked on at once; defaults as for the ADMISSION_* variables. */
  admission?: Partial<AdmissionBounds>;
  /** Each bucket's budget (per address, user, partner token); defaults as for the RATE_LIMIT_* variables. */
  rateLimits?: Partial<RateLimits>;
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES): IPs, CIDRs. Default none. */
  trustedProxies?: string[];
  /** Signs every subgraph request (ROUTER_SUBGRAPH_SECRET); subgraphs refuse unsigned ones. */
  subgraphSecret?: string;
  /** The folder of trusted documents manifests (TRUSTED_DOCUMENTS_DIR). Default: the repository's. */
  trustedDocumentsDir?: string;
  /**
   * In production, the callers who may send documents no manifest holds (ROUTER_ALLOW_ARBITRARY_OPERATIONS).
   * Default partner, staff.
   */
  arbitraryOperationCallers?: readonly CallerKind[];
};

export type RunningRouter = {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** `/metrics`, on its own port. */
  metricsUrl: string;
  /** Stops accepting connections, lets in-flight requests finish, then stops the gateway. */
  stop(): Promise<void>;
};

const graphqlPath = '/graphql';

/** Starts the router over a supergraph and resolves once it is listening and ready. */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const nodeEnv = options.nodeEnv ?? 'production';
  const logger = options.logger ?? createLogger('router');
  const supergraph = await loadSupergraph(options);
  const { urls, unusedOverrides } = resolveSubgraphUrls(
    supergraph.subgraphs,
    options.subgraphUrlOverrides ?? {},
    supergraph.origin,
  );
  for (const variable of unusedOverrides) {
    logger.warn(`${variable} matches no subgraph of supergraph ${supergraph.origin}; ignored`);
  }

  const trustedDocumentsDir = options.trustedDocumentsDir ?? defaultTrustedDocumentsDir;
  const documents = await loadTrustedDocuments(trustedDocumentsDir);
  logger.info(`${documents.size} trusted documents from ${trustedDocumentsDir}`);
  const registry = createRegistry('router');
  const rateLimiting = rateLimits({ limits: options.rateLimits, operationLimits: options.operationLimits });
  const admitting = admission({ bounds: options.admission, registry });
  const authenticating = authentication({
    settings: options.auth ?? {},
    subgraphUrls: urls,
    supergraphOrigin: supergraph.origin,
    logger,
  });
  // Every concern of a request, in the order its hooks run.
  const concerns: RouterConcern[] = [
    requestId(logger),
    propagateHeaders(options.trustedProxies),
    rateLimiting,
    authenticating,
    admitting,
    bodyLimit({ limits: options.operationLimits, onRefusal: rateLimiting.chargeRefusal }),
    trustedDocuments({
      documents,
      enforced: nodeEnv === 'production',
      arbitraryOperationCallers: options.arbitraryOperationCallers ?? defaultArbitraryOperationCallers,
    }),
    operationLimits({
      limits: options.operationLimits,
      hideSuggestions: nodeEnv !== 'development',
      onRefusal: rateLimiting.chargeRefusal,
    }),
    authorization(supergraph.accessRequirements),
    basketToken({ secure: nodeEnv === 'production' }),
    subgraphCredential(options.subgraphSecret),
  ];

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers carry no ETag (see graphqlHandler); static files and images have their own.
  app.disable('etag');
  const httpServer = createServer(app);
  const readiness = new Readiness();
  const errorMasking = internalErrorMasking(nodeEnv);

  const subgraphAgent = createSubgraphAgent();
  const apollo = new ApolloServer<RouterContext>({
    gateway: createGateway({
      supergraphSdl: supergraph.gatewaySdl,
      subgraphUrls: urls,
      logger,
      nodeEnv,
      concerns,
      agent: subgraphAgent,
    }),
    logger,
    nodeEnv,
    introspection: nodeEnv !== 'production',
    includeStacktraceInErrorResponses: exposeStackTraces(nodeEnv),
    // Also hides what subgraphs say of their own internal errors.
    formatError: errorMasking.formatError,
    // The process owner decides when to stop (main.ts on SIGTERM); Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    // Trusted documents resolve persisted query hashes; an APQ cache would let anyone register documents.
    persistedQueries: false,
    stringifyResult: serializeResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL replaces Apollo's landing pages, which load from a CDN; and nothing reports to Apollo.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      graphqlMetricsPlugin(registry),
      errorLoggingPlugin(logger),
      errorMasking.plugin,
      ...hooks(concerns, 'plugin'),
    ],
  });
  await apollo.start();

  app.use(hooks(concerns, 'onHttpRequest'));
  mountHealth(app, [readiness], { liveAliases: ['/health'] });
  if (nodeEnv !== 'production') app.use(graphiqlRoutes(graphqlPath));
  app.use(
    graphqlPath,
    // In list order: an address past its budget refused, then authentication before the body is
    // read, then admission (the request waits its turn, unread), then the body read within
    // MAX_BODY_BYTES, then trusted documents (a persisted query resolved, or a document the caller
    // may not send refused) and operation limits (an abusive document refused), both before Apollo
    // parses it.
    ...hooks(concerns, 'onGraphqlRequest'),
    graphqlHandler(apollo, async (req) => requestContext(concerns, req)),
  );
  app.use(
    imageProxy({
      catalogUrl: urls.get('catalog'),
      secret: options.subgraphSecret,
      authenticate: authenticating.onGraphqlRequest as RequestHandler,
      logger,
    }),
  );
  app.use(webClientRoutes(options.webDistDir, graphqlPath));
  app.use(httpErrorHandler(logger));

  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 4000;
  let metrics: MetricsServer;
  try {
    await listen(httpServer, port, host).catch((error: Error) => {
      throw new StartupError(`cannot listen on ${host}:${port}: ${error.message}`);
    });
    const metricsPort = options.metricsPort ?? metricsPortFor(port);
    metrics = await serveMetrics(registry, metricsPort, host).catch((error: Error) => {
      throw new StartupError(`cannot serve metrics on ${host}:${metricsPort}: ${error.message}`);
    });
  } catch (error) {
    await apollo.stop();
    await subgraphAgent.close();
    rateLimiting.close();
    admitting.close();
    throw error;
  }
  readiness.ready();
  const { port: bound } = httpServer.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}${graphqlPath}`,
    port: bound,
    metricsUrl: metrics.url,
    async stop() {
      readiness.notReady('shutting down');
      // Apollo drains the HTTP server first (drain plugin), then stops the gateway it was given.
      await apollo.stop();
      await subgraphAgent.close();
      await metrics.stop();
      rateLimiting.close();
      admitting.close();
    },
  };
}
