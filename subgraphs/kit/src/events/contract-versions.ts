import type { EventContract } from '@comptoir/schema/events';

/** The `major.minor` a producer writes with this contract. */
export function contractVersion(contract: EventContract): string {
  return `${contract.version}.${contract.minor ?? 0}`;
}

export type ReadData = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/**
 * Reads data written with contract version `version` (`major.minor`, or a bare major from before
 * minors existed) as `contract`'s current minor, for rolling deploys (rules in schema/events): an
 * older minor goes through the contract's upcasters, a newer minor of the same major loses the
 * fields this contract does not know (zod objects strip them), another major is refused.
 */
export function readEventData(contract: EventContract, version: string, data: unknown): ReadData {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(version);
  if (!match) return { ok: false, reason: `version "${version}" is not major.minor` };
  const major = Number(match[1]);
  const writtenMinor = Number(match[2] ?? 0);
  const minor = contract.minor ?? 0;
  if (major !== contract.version) {
    return { ok: false, reason: `major version ${major} is not known here (reads ${contractVersion(contract)})` };
  }
  let upcast = data;
  for (let from = writtenMinor; from < minor; from++) {
    const upcaster = contract.upcasters?.[from];
    if (!upcaster) return { ok: false, reason: `no upcaster from ${major}.${from} to ${major}.${from + 1}` };
    if (typeof upcast !== 'object' || upcast === null) break;
    upcast = upcaster(upcast as Record<string, unknown>);
  }
  const parsed = contract.data.safeParse(upcast);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, reason: `does not match its contract ${contractVersion(contract)}` };
}
