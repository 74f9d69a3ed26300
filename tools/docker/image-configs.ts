/**
 * Each target of tools/docker/Dockerfile as an image runs it: its CMD and ENV, with what it inherits
 * from the stage it is built FROM. Read by the tests that start images' contents without a
 * container engine and by those that check manifests run what the images hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ImageConfig {
  command: string[];
  env: Record<string, string>;
}

/** Keyed by target name (`router`, `migrations`…), the build stage and the shared runtime stage included. */
export function imageConfigs(): Map<string, ImageConfig> {
  const configs = new Map<string, ImageConfig>();
  const stages = readFileSync(join(import.meta.dirname, 'Dockerfile'), 'utf8').split(/^(?=FROM )/m);
  for (const stage of stages) {
    const [, base = '', name] = /^FROM (\S+) AS (\S+)/.exec(stage) ?? [];
    if (!name) continue;
    const inherited = configs.get(base) ?? { command: [], env: {} };
    const command = /^CMD (\[.*\])$/m.exec(stage)?.[1];
    const env = [...stage.matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs = '']) =>
      // name=value, split at the first '=' only: a value may hold more (NODE_OPTIONS).
      pairs.split(' ').map((pair) => /^([^=]*)=(.*)$/.exec(pair)?.slice(1) as [string, string]),
    );
    configs.set(name, {
      command: command ? (JSON.parse(command) as string[]) : inherited.command,
      env: { ...inherited.env, ...Object.fromEntries(env) },
    });
  }
  return configs;
}
