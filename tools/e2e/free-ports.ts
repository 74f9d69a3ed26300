import type { AddressInfo } from 'node:net';
import { close, listen } from '@comptoir/testing';

/** Ports the OS just handed out as free: held together, so they differ, then released for the caller's server. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => listen(() => {})));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map(close));
  return ports;
}
