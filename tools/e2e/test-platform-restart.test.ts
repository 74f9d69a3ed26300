import { createServer, type Server } from 'node:net';
import { catalog, createProduct } from '@comptoir/catalog';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The harness's restart stands for a deploy: the same data after it, wherever the router lands.
describe('restarting a test platform', () => {
  let t: TestPlatform;
  let squatter: Server | undefined;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
  });
  afterAll(async () => {
    await t?.stop();
    squatter?.close();
  });

  it('comes back with its data when another process took the old port, and a second stop is harmless', async () => {
    const { product } = await createProduct({ em: t.em('catalog'), traceparent: undefined }, productInput('RESTART-1'));
    const oldPort = Number(new URL(t.url).port);

    // Stopped, the platform's port is free for anyone: another test worker's socket takes it.
    await t.platform.stop();
    const server = createServer();
    squatter = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(oldPort, '127.0.0.1', resolve);
    });
    await t.restart(); // stops the platform a second time, then starts it again

    expect(Number(new URL(t.url).port)).not.toBe(oldPort);
    const { status, body } = await t.graphql<{ product: { sku: string } | null }>(
      'query ($id: ID!) { product(id: $id) { sku } }',
      { id: product.id },
    );
    expect(status).toBe(200);
    expect(body.data?.product?.sku).toBe('RESTART-1');
  });
});
