import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { coreBusyPercent, coreTimes, referenceWorkMs } from '../bench/router/processes.ts';

describe('core busy share', () => {
  it('reads every core of the machine', () => {
    expect([...coreTimes().keys()].sort((a, b) => a - b)).toEqual(cpus().map((_cpu, index) => index));
  });

  it('is the busy part of the time that passed on that core', () => {
    const before = new Map([[0, { busy: 100, total: 1_000 }]]);
    const after = new Map([[0, { busy: 175, total: 1_100 }]]);
    expect(coreBusyPercent(before, after, 0)).toBe(75);
    expect(coreBusyPercent(before, before, 0)).toBe(0);
    expect(coreBusyPercent(before, after, 1)).toBe(0);
  });

  it('sees a core kept busy by a process pinned to it', () => {
    const core = cpus().length - 1;
    const before = coreTimes();
    // Spins for 600 ms on that core alone; everything else the machine runs can only add to it.
    const spin = spawnSync(
      'taskset',
      ['-c', String(core), process.execPath, '-e', 'const end = Date.now() + 600; while (Date.now() < end);'],
      { encoding: 'utf8' },
    );
    const after = coreTimes();
    expect(spin.status, spin.stderr).toBe(0);
    expect(coreBusyPercent(before, after, core)).toBeGreaterThan(50);
  });
});

describe('reference work', () => {
  it('takes longer on a core other processes keep busy', async () => {
    const core = cpus().length - 1;
    const alone = referenceWorkMs(core);
    // Seven processes spin on the same core until killed, each saying so once it runs. Beside
    // them the work gets an eighth of the core at most: slower than the first reading even if
    // other tests kept that core four times as busy then and stopped since.
    const rivals = Array.from({ length: 7 }, () =>
      spawn('taskset', ['-c', String(core), process.execPath, '-e', 'process.stdout.write("spinning"); for (;;);']),
    );
    try {
      await Promise.all(rivals.map((rival) => once(rival.stdout, 'data')));
      expect(referenceWorkMs(core, 1)).toBeGreaterThan(alone * 1.5);
    } finally {
      for (const rival of rivals) rival.kill('SIGKILL');
    }
  });
});
