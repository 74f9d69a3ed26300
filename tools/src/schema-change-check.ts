/**
 * Which changes between two versions of the public schema break clients, and whether
 * schema/CHANGELOG.md records each of them. @graphql-inspector/core classifies the changes.
 */
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaChangeReport {
  /** Every change, breaking or not, in inspector's order. */
  changes: Change[];
  /** The breaking changes whose coordinate no changelog entry names. */
  unrecorded: Change[];
}

/** The schema coordinate a change is about (`Query.products`, `Product.price`, `Role.PARTNER`). */
export function coordinateOf(change: Change): string {
  return change.path ?? change.type;
}

/**
 * Compares two SDL texts. A breaking change is recorded when an entry line (`- …`) under a `##`
 * heading of the changelog names its coordinate in backticks: `Query.products`.
 */
export async function checkSchemaChanges(
  before: string,
  after: string,
  changelog: string,
): Promise<SchemaChangeReport> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const recorded = recordedCoordinates(changelog);
  const unrecorded = changes.filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking && !recorded.has(coordinateOf(change)),
  );
  return { changes, unrecorded };
}

/** The backticked coordinates of the changelog's entry lines, once a `##` heading has opened. */
function recordedCoordinates(changelog: string): Set<string> {
  const coordinates = new Set<string>();
  let underHeading = false;
  for (const line of changelog.split('\n')) {
    if (line.startsWith('## ')) underHeading = true;
    else if (underHeading && /^\s*[-*] /.test(line)) {
      for (const [, coordinate] of line.matchAll(/`([^`]+)`/g)) coordinates.add(coordinate as string);
    }
  }
  return coordinates;
}
