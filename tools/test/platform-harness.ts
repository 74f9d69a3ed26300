import { createScratchDatabase, postGraphQL, testEnv, testServerUrl } from '@comptoir/kit/testing';
import { exportPKCS8, generateKeyPair } from 'jose';
import { type RunningPlatform, startPlatform } from '../src/platform.ts';

export interface TestPlatform {
  platform: RunningPlatform;
  /** The access-token signing key the auth subgraph uses, so tests can forge tokens with it. */
  signingKey: CryptoKey;
  /** POSTs to the router; `token` goes in `Authorization: Bearer`. */
  graphql<T = Record<string, never>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): ReturnType<typeof postGraphQL<T>>;
  stop(): Promise<void>;
}

/**
 * The whole platform on a scratch database, with a known signing key. Events are in-process unless
 * `env` names KAFKA_BROKERS (then every subgraph uses Kafka, in a namespace of its own).
 */
export async function startTestPlatform(
  rawEnv: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<TestPlatform> {
  const database = await createScratchDatabase(testServerUrl);
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const platform = await startPlatform({
    env: testEnv(database.url, env),
    routerPort: 0,
    rawEnv: { NODE_ENV: 'test', AUTH_SIGNING_KEY: await exportPKCS8(privateKey), ...rawEnv },
  }).catch(async (error) => {
    await database.drop();
    throw error;
  });
  return {
    platform,
    signingKey: privateKey,
    graphql: (query, variables = {}, options = {}) =>
      postGraphQL(platform.router.url, query, variables, {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      }),
    async stop() {
      await platform.stop();
      await database.drop();
    },
  };
}
