import { StartupError } from '@comptoir/kit/process-entry';

/** A subgraph as the supergraph declares it: its name and the URL composition recorded. */
export type SubgraphEndpoint = { name: string; url: string };

/** The environment variable that overrides a subgraph's URL: `catalog` → `SUBGRAPH_CATALOG_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${overrideKey(name)}_URL`;
}

/** Overrides are matched on this key, so `catalog`, `CATALOG` and `SUBGRAPH_CATALOG_URL` agree. */
export function overrideKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

export function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

/**
 * Decides where each subgraph is fetched: the override if one is given, else the URL in the
 * supergraph. Fails when a subgraph ends up without an http(s) URL (composition allows an empty
 * one). Returns the overrides that matched no subgraph, which are most likely typos.
 */
export function resolveSubgraphUrls(
  declared: readonly SubgraphEndpoint[],
  overrides: Readonly<Record<string, string>>,
  origin: string,
): { urls: Map<string, string>; unusedOverrides: string[] } {
  const byKey = new Map(Object.entries(overrides).map(([name, url]) => [overrideKey(name), url]));
  const urls = new Map<string, string>();
  for (const { name, url } of declared) {
    const resolved = byKey.get(overrideKey(name)) ?? url;
    if (!isHttpUrl(resolved)) {
      throw new StartupError(
        `subgraph "${name}" of supergraph ${origin} has no usable URL (${JSON.stringify(resolved)}); set ${subgraphUrlVariable(name)}`,
      );
    }
    urls.set(name, resolved);
    byKey.delete(overrideKey(name));
  }
  return { urls, unusedOverrides: [...byKey.keys()].map(subgraphUrlVariable) };
}
