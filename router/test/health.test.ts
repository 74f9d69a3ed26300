import type { Server } from 'node:http';
import { mountHealth } from '@comptoir/kit/health';
import { close, listen, urlOf } from '@comptoir/kit/testing';
import express from 'express';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Readiness } from '../src/health.ts';

let server: Server;
let base: string;
const readiness = new Readiness();

beforeAll(async () => {
  const app = express();
  mountHealth(app, [readiness], { liveAliases: ['/health'] });
  server = await listen(app);
  base = urlOf(server);
});

afterAll(async () => {
  if (server) await close(server);
});

test('/health/ready is 503 with a reason until ready, and again while shutting down; /health/live stays 200', async () => {
  const ready = () => fetch(`${base}/health/ready`);

  const before = await ready();
  expect(before.status).toBe(503);
  expect(await before.json()).toEqual({
    status: 'not-ready',
    checks: [{ name: 'gateway', ok: false, reason: 'supergraph not loaded yet' }],
  });

  readiness.ready();
  expect((await ready()).status).toBe(200);

  readiness.notReady('shutting down');
  expect(await (await ready()).json()).toEqual({
    status: 'not-ready',
    checks: [{ name: 'gateway', ok: false, reason: 'shutting down' }],
  });
  for (const path of ['/health/live', '/health']) {
    const live = await fetch(`${base}${path}`);
    expect(live.status, path).toBe(200);
    expect(await live.json(), path).toEqual({ status: 'live' });
  }
});
