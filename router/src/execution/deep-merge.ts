type Data = Record<string, unknown>;

/** Merges a subgraph's answer into the object it completes, as the gateway's deepMerge does. */
export function deepMerge(target: Data, source: Data | null | undefined): void {
  if (source === undefined || source === null) return;
  // for…in, not Object.keys: no array of keys per merged object (sources are parsed JSON or
  // representations, with no enumerable inherited keys).
  for (const key in source) {
    const value = source[key];
    if (value === undefined) continue;
    // A key the target only inherits (toString on a plain object) must become its own.
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    // Already there: an answer merged into each occurrence of a deduplicated entity shares its objects.
    if (existing === value) continue;
    if (existing && isObject(value)) {
      deepMerge(existing as Data, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let index = 0; index < value.length; index++) {
        if (isObject(existing[index]) && isObject(value[index])) deepMerge(existing[index], value[index]);
        else existing[index] = value[index];
      }
    } else if (Object.hasOwn(target, key) || !(key in target)) {
      target[key] = value;
    } else {
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    }
  }
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
