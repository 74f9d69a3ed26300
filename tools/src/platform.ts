import { join } from 'node:path';
import {
  createInProcessTransport,
  createLogger,
  type EventTransport,
  type RunningSubgraph,
  type SubgraphEnv,
  startSubgraph,
} from '@comptoir/kit';
import { type RunningRouter, startRouter } from '@comptoir/router';
import { subgraphPort } from './composition.ts';
import { subgraphs } from './subgraphs.ts';

export const supergraphPath = join(import.meta.dirname, '../../schema/supergraph.graphql');

export interface PlatformOptions {
  env: SubgraphEnv;
  /**
   * Router port. The subgraphs take the six ports after it (the embedded default: 4000, then
   * 4001–4006); with 0, every service takes a free port (tests).
   */
  routerPort: number;
  webDistDir?: string;
  /** Observes each SQL statement of a subgraph (statement-count tests). */
  onQuery?: (subgraph: string, sql: string) => void;
  /** Variables for the subgraphs' own services (e.g. AUTH_SIGNING_KEY). Default process.env. */
  rawEnv?: NodeJS.ProcessEnv;
}

export interface RunningPlatform {
  router: RunningRouter;
  subgraphs: Map<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Runs the six subgraphs and the router in this process. Without Kafka brokers they share one
 * in-process transport, so events cross subgraphs exactly as they would through Kafka.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { env } = options;
  const sharedTransport: EventTransport | undefined = env.KAFKA_BROKERS ? undefined : createInProcessTransport();
  const running = new Map<string, RunningSubgraph>();
  const stopAll = async (router?: RunningRouter) => {
    await router?.stop();
    for (const subgraph of [...running.values()].reverse()) await subgraph.stop();
    await sharedTransport?.close();
  };

  try {
    // auth starts first: the others verify access tokens against its JWKS.
    let subgraphEnv = env;
    for (const definition of subgraphs) {
      const subgraph = await startSubgraph(definition, {
        env: subgraphEnv,
        port: options.routerPort === 0 ? 0 : subgraphPort(options.routerPort, definition.name),
        migrate: true,
        log: createLogger(definition.name, env.LOG_LEVEL),
        processMetrics: false, // the router, in the same process, reports them
        ...(sharedTransport ? { transport: sharedTransport } : {}),
        ...(options.rawEnv ? { rawEnv: options.rawEnv } : {}),
        ...(options.onQuery ? { onQuery: (sql: string) => options.onQuery?.(definition.name, sql) } : {}),
      });
      running.set(definition.name, subgraph);
      if (definition.name === 'auth') {
        subgraphEnv = { ...env, AUTH_JWKS_URL: subgraph.url.replace(/\/graphql$/, '/.well-known/jwks.json') };
      }
    }
    const router = await startRouter({
      supergraphPath,
      port: options.routerPort,
      host: env.HOST,
      nodeEnv: env.NODE_ENV,
      logger: createLogger('router', env.LOG_LEVEL),
      subgraphUrlOverrides: Object.fromEntries([...running].map(([name, subgraph]) => [name, subgraph.url])),
      ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
    });
    return { router, subgraphs: running, stop: () => stopAll(router) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
