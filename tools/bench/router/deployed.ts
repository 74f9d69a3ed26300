/**
 * The router as its pod runs it (bench:router --as-deployed): the memory limit and the process
 * settings (NODE_OPTIONS, MALLOC_ARENA_MAX) of k8s/base/services/router.yaml, the limit enforced by
 * a memory cgroup of its own. Node sizes V8's heap from the cgroup's limit as it does in a
 * container, so the figures are the pod's, not those of a process that may grow into the whole
 * machine.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The ConfigMap's variables that shape the Node process itself rather than the router's behaviour. */
const processVariables = ['NODE_OPTIONS', 'MALLOC_ARENA_MAX'] as const;
export type ProcessSettings = Partial<Record<(typeof processVariables)[number], string>>;

export type RouterDeployment = { memoryLimit: string; memoryLimitBytes: number; process: ProcessSettings };

const manifests = join(import.meta.dirname, '../../../k8s/base/services');
const quantityUnits: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9, '': 1 };

// biome-ignore lint/suspicious/noExplicitAny: manifests are read loosely; what is used is checked where used
type Loose = Record<string, any>;

async function readManifest(manifest: string): Promise<Loose[]> {
  return parseAllDocuments(await readFile(manifest, 'utf8')).map((document) => document.toJS() as Loose);
}

function objectNamed(objects: Loose[], kind: string, name: string): Loose | undefined {
  return objects.find((object) => object?.kind === kind && object.metadata?.name === name);
}

function processSettingsOf(config: Loose | undefined): ProcessSettings {
  return Object.fromEntries(
    processVariables.flatMap((name) => (config?.data?.[name] === undefined ? [] : [[name, String(config.data[name])]])),
  );
}

/** The router container's memory limit and its ConfigMap's process settings, as the manifest states them. */
export async function routerDeployment(manifest = join(manifests, 'router.yaml')): Promise<RouterDeployment> {
  const objects = await readManifest(manifest);
  const config = objectNamed(objects, 'ConfigMap', 'router-config');
  const deployment = objectNamed(objects, 'Deployment', 'router');
  const container = (deployment?.spec?.template?.spec?.containers as Loose[] | undefined)?.find(
    (candidate) => candidate.name === 'router',
  );
  const memoryLimit = container?.resources?.limits?.memory;
  if (typeof memoryLimit !== 'string') throw new Error(`${manifest}: the router container has no memory limit`);
  const [, amount, unit] = /^(\d+)(Ki|Mi|Gi|k|M|G|)$/.exec(memoryLimit) ?? [];
  if (amount === undefined || unit === undefined) {
    throw new Error(`${manifest}: memory limit ${memoryLimit} is not a quantity this bench reads (e.g. 512Mi)`);
  }
  return {
    memoryLimit,
    memoryLimitBytes: Number(amount) * (quantityUnits[unit] as number),
    process: processSettingsOf(config),
  };
}

/** The process settings of the ConfigMap every subgraph is given, as the manifest states them. */
export async function subgraphProcessSettings(
  manifest = join(manifests, 'subgraphs-config.yaml'),
): Promise<ProcessSettings> {
  const config = objectNamed(await readManifest(manifest), 'ConfigMap', 'comptoir-subgraphs');
  if (config === undefined) throw new Error(`${manifest}: no ConfigMap comptoir-subgraphs`);
  return processSettingsOf(config);
}

/** `env` with a manifest's process settings in place of the shell's own: a bench runs what ships. */
export function withProcessSettings(env: NodeJS.ProcessEnv, settings: ProcessSettings): NodeJS.ProcessEnv {
  // Undefined values are left out of a child's environment.
  const cleared = Object.fromEntries(processVariables.map((name) => [name, undefined]));
  return { ...env, ...cleared, ...settings };
}

/** The settings as a shell would prefix them: `NODE_OPTIONS=… MALLOC_ARENA_MAX=1`, or `(none)`. */
export function describeProcessSettings(settings: ProcessSettings): string {
  const pairs = Object.entries(settings).map(([name, value]) => `${name}=${value}`);
  return pairs.length > 0 ? pairs.join(' ') : '(none)';
}

/** A memory cgroup (v2, or v1's memory hierarchy) a process joins by writing its pid to `procsFile`. */
export type MemoryCgroup = {
  procsFile: string;
  /** The most the group held at once (v1), or its current use when v2 keeps no peak. */
  peakBytes(): Promise<number | undefined>;
  /** Processes the kernel killed for reaching the limit. */
  oomKills(): Promise<number>;
  remove(): Promise<void>;
};

export async function createMemoryCgroup(name: string, limitBytes: number): Promise<MemoryCgroup> {
  const v2 = existsSync('/sys/fs/cgroup/cgroup.controllers');
  const folder = v2 ? join('/sys/fs/cgroup', name) : join('/sys/fs/cgroup/memory', name);
  try {
    await mkdir(folder);
    await writeFile(join(folder, v2 ? 'memory.max' : 'memory.limit_in_bytes'), String(limitBytes));
  } catch (error) {
    await rmdir(folder).catch(() => {});
    throw new Error(
      `--as-deployed runs the router in a memory cgroup and could not create ${folder} (${(error as Error).message}): it needs root and a cgroup filesystem with the memory controller`,
    );
  }
  const read = (file: string) => readFile(join(folder, file), 'utf8').catch(() => undefined);
  return {
    procsFile: join(folder, 'cgroup.procs'),
    async peakBytes() {
      const text = (await read(v2 ? 'memory.peak' : 'memory.max_usage_in_bytes')) ?? (await read('memory.current'));
      return text === undefined ? undefined : Number(text.trim());
    },
    async oomKills() {
      const events = (v2 ? await read('memory.events') : await read('memory.oom_control')) ?? '';
      return Number(/oom_kill (\d+)/.exec(events)?.[1] ?? 0);
    },
    // A group can be removed once its processes have exited; the caller stops them first.
    remove: () => rmdir(folder).catch(() => {}),
  };
}
