import { startTestPlatform } from '@comptoir/testing';
import { subgraphs } from '../subgraphs.ts';

/** Sample names a family of each type is exposed under, from its `# TYPE` name. */
const samplesOf: Record<string, (name: string) => string[]> = {
  histogram: (name) => [`${name}_bucket`, `${name}_sum`, `${name}_count`],
  summary: (name) => [name, `${name}_sum`, `${name}_count`],
};

/** The series names of one Prometheus text exposition, empty families included. */
export function exposedNames(exposition: string): string[] {
  return [...exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name = '', type = '']) =>
    (samplesOf[type] ?? ((family: string) => [family]))(name),
  );
}

/**
 * Every series name the platform serves on `/metrics`, by service: the router and every subgraph
 * started as they run (on a scratch database, events in-process), each `/metrics` read once. The
 * registries list a family before it has a sample, so nothing has to happen first.
 */
export async function servedMetricNames(): Promise<Map<string, Set<string>>> {
  const test = await startTestPlatform({ subgraphs });
  try {
    const { router, subgraphs: running } = test.platform;
    const urls = [
      ['router', router.metricsUrl],
      ...[...running].map(([name, subgraph]) => [name, subgraph.metricsUrl]),
    ];
    const served = new Map<string, Set<string>>();
    for (const [service, url] of urls as Array<[string, string]>) {
      served.set(service, new Set(exposedNames(await (await fetch(url)).text())));
    }
    return served;
  } finally {
    await test.stop();
  }
}
