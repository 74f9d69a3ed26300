import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { startTracing, type Tracing } from '../src/tracing/sdk.ts';
import { tracingSettings } from '../src/tracing/settings.ts';

const kitDir = join(import.meta.dirname, '..');

describe('tracing settings', () => {
  it('are off without OTEL variables', () => {
    expect(tracingSettings({}).enabled).toBe(false);
    expect(tracingSettings({ OTEL_SERVICE_NAME: 'catalog', OTEL_TRACES_SAMPLER: 'always_on' }).enabled).toBe(false);
  });

  it('are on when an exporter is named, unless the SDK is disabled', () => {
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(true);
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }).enabled).toBe(
      true,
    );
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: 'console' }).enabled).toBe(true);
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
    expect(
      tracingSettings({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled,
    ).toBe(false);
    expect(
      tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).enabled,
    ).toBe(false);
  });

  it("name the service after the entry's package, the embedded default comptoir", () => {
    const repo = join(kitDir, '../..');
    expect(tracingSettings({}, join(repo, 'subgraphs/catalog/src/main.ts')).serviceName).toBe('catalog');
    expect(tracingSettings({}, join(repo, 'router/src/main.ts')).serviceName).toBe('router');
    expect(tracingSettings({}, join(repo, 'tools/src/embedded.ts')).serviceName).toBe('comptoir');
  });

  /** Whether a span started after the preload records, in a fresh node process given `env`. */
  async function recordsAfterPreload(env: Record<string, string>): Promise<boolean> {
    const script = `import { trace } from '@opentelemetry/api';
      const span = trace.getTracer('probe').startSpan('probe');
      console.log(JSON.stringify({ recording: span.isRecording() }));
      span.end();`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', join(kitDir, 'src/tracing/register.ts'), '--input-type=module', '--eval', script],
      { cwd: kitDir, env: { PATH: process.env.PATH ?? '', ...env } },
    );
    return (JSON.parse(stdout.split('\n')[0] as string) as { recording: boolean }).recording;
  }

  it('leave the preload idle without OTEL variables, and start it with them', async () => {
    expect(await recordsAfterPreload({})).toBe(false);
    expect(await recordsAfterPreload({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
  }, 120_000); // two Node processes, one loading the whole SDK, on a busy machine
});

describe('log lines', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  beforeAll(() => {
    tracing = startTracing({ serviceName: 'kit-test', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  });
  afterAll(() => tracing?.shutdown());

  it('carry the trace and span ids of the span they are written in, and none outside', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const log = createLogger(
      'kit-test',
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const spanContext = trace.getTracer('kit-test').startActiveSpan('handle something', (span) => {
      log.child({ requestId: 'r-1' }).info('inside the span');
      span.end();
      return span.spanContext();
    });
    log.info('outside any span');

    expect(lines[0]).toMatchObject({
      msg: 'inside the span',
      trace_id: spanContext.traceId,
      span_id: spanContext.spanId,
    });
    expect(lines[0]?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[1]?.msg).toBe('outside any span');
    expect(lines[1]).not.toHaveProperty('trace_id');
    // The span the line names is the one exported.
    await expect
      .poll(() => exporter.getFinishedSpans().map((span) => span.spanContext().spanId))
      .toContain(spanContext.spanId);
  });
});
