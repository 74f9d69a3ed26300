import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeProcessSettings,
  routerDeployment,
  subgraphProcessSettings,
  withProcessSettings,
} from '../bench/router/deployed.ts';

/** A router ConfigMap and Deployment as k8s/base/services/router.yaml lays them out. */
function manifest({ memory, data }: { memory?: string; data?: Record<string, string> }): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: router-config }',
    `data: ${JSON.stringify(data ?? {})}`,
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: router }',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: router',
    `          resources: ${memory === undefined ? '{}' : JSON.stringify({ limits: { memory } })}`,
  ].join('\n');
}

describe('the benches read the pods as the manifests set them', () => {
  let folder: string;
  const write = async (name: string, text: string) => {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  };
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'router-deployment-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("takes the repository's manifest: its memory limit in bytes and its process settings", async () => {
    const deployment = await routerDeployment();
    expect(deployment.memoryLimit).toMatch(/^\d+(Ki|Mi|Gi|k|M|G)?$/);
    expect(deployment.memoryLimitBytes).toBeGreaterThan(64 * 2 ** 20);
    expect(deployment.process.NODE_OPTIONS).toContain('--max-semi-space-size=');
    expect(deployment.process.MALLOC_ARENA_MAX).toMatch(/^\d+$/);
  });

  it('converts binary and decimal quantities, and reads only the variables that set up the process', async () => {
    const gibibyte = await routerDeployment(await write('gi.yaml', manifest({ memory: '1Gi' })));
    expect(gibibyte).toEqual({ memoryLimit: '1Gi', memoryLimitBytes: 2 ** 30, process: {} });
    const data = { NODE_OPTIONS: '--x', MALLOC_ARENA_MAX: '2', PORT: '4000' };
    const megabytes = await routerDeployment(await write('m.yaml', manifest({ memory: '300M', data })));
    expect(megabytes).toEqual({
      memoryLimit: '300M',
      memoryLimitBytes: 300e6,
      process: { NODE_OPTIONS: '--x', MALLOC_ARENA_MAX: '2' },
    });
    expect(describeProcessSettings(megabytes.process)).toBe('NODE_OPTIONS=--x MALLOC_ARENA_MAX=2');
    expect(describeProcessSettings(gibibyte.process)).toBe('(none)');
  });

  it("takes the subgraphs' process settings from their shared ConfigMap", async () => {
    const shipped = await subgraphProcessSettings();
    expect(shipped.NODE_OPTIONS).toContain('--max-semi-space-size=');
    expect(shipped.NODE_OPTIONS).toContain('--v8-pool-size=1');
    expect(shipped.MALLOC_ARENA_MAX).toMatch(/^\d+$/);
    const other = await write('other.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: other }\ndata: {}');
    await expect(subgraphProcessSettings(other)).rejects.toThrow(`${other}: no ConfigMap comptoir-subgraphs`);
  });

  it("replaces the shell's process settings with the manifest's, leaving the rest of the environment", () => {
    const shell = { PATH: '/bin', NODE_OPTIONS: '--inspect', MALLOC_ARENA_MAX: '8' };
    expect(withProcessSettings(shell, { NODE_OPTIONS: '--max-semi-space-size=16' })).toEqual({
      PATH: '/bin',
      NODE_OPTIONS: '--max-semi-space-size=16',
      MALLOC_ARENA_MAX: undefined,
    });
  });

  it('refuses a router without a memory limit, or one it cannot read, naming the manifest', async () => {
    const unlimited = await write('unlimited.yaml', manifest({}));
    await expect(routerDeployment(unlimited)).rejects.toThrow(`${unlimited}: the router container has no memory limit`);
    const fractional = await write('fractional.yaml', manifest({ memory: '0.5Gi' }));
    await expect(routerDeployment(fractional)).rejects.toThrow('memory limit 0.5Gi is not a quantity');
  });
});
