import {
  createInProcessTransport,
  createLogger,
  type EventTransport,
  eventsSettled,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphEnv,
  startSubgraph,
} from '@comptoir/kit';
import type { AuthSettings } from './auth-service.ts';
import { composeSupergraph } from './composition.ts';
import { defaultAdmissionBounds } from './concerns/admission.ts';
import { type RouterOptions, type RunningRouter, startRouter } from './server.ts';
import type { SupergraphSource } from './supergraph.ts';

export interface PlatformOptions {
  /** The subgraphs to run, in start order; auth first when present (the others verify its tokens). */
  subgraphs: readonly SubgraphDefinition[];
  env: SubgraphEnv;
  /**
   * Router port. The subgraphs take the ports after it, in list order (the embedded default: 4000,
   * then 4001–4006); with 0, every service takes a free port (tests).
   */
  routerPort: number;
  /** The supergraph to plan against; by default the listed subgraphs are composed at start. */
  supergraph?: SupergraphSource;
  /** Where the router verifies tokens when auth is not among the subgraphs. */
  auth?: Partial<AuthSettings>;
  webDistDir?: string;
  /** The router's limits, the proxies it believes and its trusted documents; defaults as for their variables. */
  router?: Pick<
    RouterOptions,
    | 'operationLimits'
    | 'rateLimits'
    | 'trustedProxies'
    | 'trustedDocumentsDir'
    | 'arbitraryOperationCallers'
    | 'admission'
  >;
  /** Observes each SQL statement of a subgraph (statement-count tests). */
  onQuery?: (subgraph: string, sql: string) => void;
  /** Variables for the subgraphs' own services (e.g. AUTH_SIGNING_KEY). Default process.env. */
  rawEnv?: NodeJS.ProcessEnv;
}

export interface RunningPlatform {
  router: RunningRouter;
  subgraphs: Map<string, RunningSubgraph>;
  /** The in-process transport the subgraphs share; undefined on Kafka (each has its own client). */
  transport: EventTransport | undefined;
  /** Resolves once every event recorded so far, and every event it caused, has been handled. */
  eventsSettled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The port of a subgraph on a platform whose router listens on `routerPort`. */
export function subgraphPort(routerPort: number, subgraphs: readonly { name: string }[], name: string): number {
  return routerPort + 1 + subgraphs.findIndex((subgraph) => subgraph.name === name);
}

/**
 * Runs the given subgraphs and a router in front of them in this process. Without Kafka brokers
 * they share one in-process transport, so events cross subgraphs exactly as they would through Kafka.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { env } = options;
  const transport: EventTransport | undefined = env.KAFKA_BROKERS ? undefined : createInProcessTransport();
  const running = new Map<string, RunningSubgraph>();
  const stopAll = async (router?: RunningRouter) => {
    await router?.stop();
    for (const subgraph of [...running.values()].reverse()) await subgraph.stop();
    await transport?.close();
  };

  try {
    let subgraphEnv = env;
    for (const definition of options.subgraphs) {
      const subgraph = await startSubgraph(definition, {
        env: subgraphEnv,
        port: options.routerPort === 0 ? 0 : subgraphPort(options.routerPort, options.subgraphs, definition.name),
        migrate: true,
        log: createLogger(definition.name, env.LOG_LEVEL),
        processMetrics: false, // the router, in the same process, reports them
        ...(transport ? { transport } : {}),
        ...(options.rawEnv ? { rawEnv: options.rawEnv } : {}),
        ...(options.onQuery ? { onQuery: (sql: string) => options.onQuery?.(definition.name, sql) } : {}),
      });
      running.set(definition.name, subgraph);
      if (definition.name === 'auth') {
        subgraphEnv = { ...env, AUTH_JWKS_URL: subgraph.url.replace(/\/graphql$/, '/.well-known/jwks.json') };
      }
    }
    const urls = Object.fromEntries([...running].map(([name, subgraph]) => [name, subgraph.url]));
    const supergraph = options.supergraph ?? {
      supergraphSdl: composeSupergraph(
        options.subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: urls[name] as string })),
      ).supergraph,
    };
    const router = await startRouter({
      ...supergraph,
      port: options.routerPort,
      host: env.HOST,
      nodeEnv: env.NODE_ENV,
      logger: createLogger('router', env.LOG_LEVEL),
      subgraphUrlOverrides: urls,
      ...(options.auth ? { auth: options.auth } : {}),
      // One process, one secret: the subgraphs accept the one the router signs with.
      subgraphSecret: env.ROUTER_SUBGRAPH_SECRET[0],
      ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
      // Sharing one event loop with the subgraphs, the router cannot tell its own lateness from
      // theirs, and narrowing would hold back the requests their work is for: all are admitted.
      admission: { minInFlight: defaultAdmissionBounds.maxInFlight },
      ...options.router,
    });
    // Stopping twice (a harness's cleanup after a failed restart) waits for the first stop.
    let stopped: Promise<void> | undefined;
    return {
      router,
      subgraphs: running,
      transport,
      eventsSettled: (timeoutMs) => eventsSettled([...running.values()], timeoutMs),
      stop: () => (stopped ??= stopAll(router)),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
