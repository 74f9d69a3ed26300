import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TracingSettings {
  /** Whether the preload starts the OpenTelemetry SDK at all. */
  enabled: boolean;
  /** service.name when OTEL_SERVICE_NAME does not say (the SDK reads that variable itself). */
  serviceName: string;
}

/**
 * Whether a process traces, from the standard OpenTelemetry variables: on when an exporter is
 * named (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_TRACES_EXPORTER
 * other than `none`), unless OTEL_SDK_DISABLED=true. Off otherwise: no variable, no tracing, and
 * the embedded default sets none. Everything else (protocol, headers, sampler) the SDK reads from
 * the OTEL_* variables itself. `entry` is the process's main script: the package holding it names
 * the service (@comptoir/catalog → catalog), the embedded default's (@comptoir/tools) being `comptoir`.
 */
export function tracingSettings(env: NodeJS.ProcessEnv, entry = process.argv[1] ?? ''): TracingSettings {
  const disabled = env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true';
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const exporterNamed =
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()) ||
    exporters.length > 0;
  const onlyNone = exporters.length > 0 && exporters.every((name) => name === 'none');
  const deployable = packageNameOf(entry)?.replace(/^@comptoir\//, '');
  return {
    enabled: !disabled && exporterNamed && !onlyNone,
    serviceName: deployable === undefined || deployable === 'tools' ? 'comptoir' : deployable,
  };
}

/** The `name` of the nearest package.json above `file`. */
function packageNameOf(file: string): string | undefined {
  if (file === '') return undefined;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
    if (dirname(dir) === dir) return undefined;
  }
}
