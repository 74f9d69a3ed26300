import { startTestPlatform as startPlatformUnderTest, type TestPlatform } from '@comptoir/testing';
import { subgraphs } from '../src/subgraphs.ts';

export type { TestPlatform };

/** The whole platform on a scratch database (until every test moved beside its subgraph). */
export function startTestPlatform(rawEnv: Record<string, string> = {}, env: Record<string, string> = {}) {
  return startPlatformUnderTest({ subgraphs, rawEnv, env });
}
