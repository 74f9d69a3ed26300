import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { healthRoutes, Readiness } from '../src/health.ts';

let server: Server;
let base: string;
const readiness = new Readiness();

beforeAll(async () => {
  const app = express().use(healthRoutes(readiness));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

test('/health/ready is 503 with a reason until ready, and again while shutting down; /health/live stays 200', async () => {
  const ready = () => fetch(`${base}/health/ready`);

  const before = await ready();
  expect(before.status).toBe(503);
  expect(await before.json()).toEqual({ status: 'not ready', reason: 'supergraph not loaded yet' });

  readiness.ready();
  expect((await ready()).status).toBe(200);

  readiness.notReady('shutting down');
  expect(await (await ready()).json()).toEqual({ status: 'not ready', reason: 'shutting down' });
  expect((await fetch(`${base}/health/live`)).status).toBe(200);
});
