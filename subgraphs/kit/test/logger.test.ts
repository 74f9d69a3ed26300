import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

describe('logs', () => {
  it('redact tokens and passwords at the top of a line and one level down', () => {
    const lines: string[] = [];
    const log = createLogger(
      'kit-test',
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    log.info({ token: 'tok_4242424242424242', password: 'hunter2' }, 'top level');
    log.info({ payment: { token: 'tok_4242424242424242' }, user: { password: 'hunter2' } }, 'nested');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toMatch(/4242|hunter2/);
      expect(line).toContain('[redacted]');
    }
  });
});
