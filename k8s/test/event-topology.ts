import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventContracts } from '@comptoir/schema/events';
import ts from 'typescript';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The six subgraphs, in the order of tools/src/subgraphs.ts. */
export const subgraphNames = ['auth', 'catalog', 'baskets', 'orders', 'deliveries', 'support'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface ConsumerGroup {
  /** Logical group name, e.g. catalog.order-events (Kafka's is EVENT_NAMESPACE.group). */
  group: string;
  /** Logical topics its handlers' event types are published on. */
  topics: string[];
}

/** What one subgraph's code publishes and consumes, in logical names (without EVENT_NAMESPACE). */
export interface SubgraphEvents {
  produces: string[];
  consumes: ConsumerGroup[];
}

type EventType = keyof typeof eventContracts;

function topicOf(type: string, file: string): string {
  if (!(type in eventContracts)) throw new Error(`${file}: "${type}" is not an event type of schema/events`);
  return eventContracts[type as EventType].topic;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.generated.ts'))
    .map((file) => join(dir, file));
}

function propertyNamed(node: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined {
  return node.properties.find(
    (property): property is ts.PropertyAssignment =>
      ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === name,
  );
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * Reads a subgraph's sources with the TypeScript parser: every `recordEvent(em, { type: '…' })` is
 * an event it publishes, every object with a `group` and `handlers` (a ConsumerDefinition) a
 * consumer group reading its handlers' event types. A type that is not a literal is an error, so
 * nothing escapes the comparison with the Kafka manifests.
 */
export function subgraphEvents(name: SubgraphName): SubgraphEvents {
  const produces = new Set<string>();
  const consumes: ConsumerGroup[] = [];
  for (const file of sourceFiles(join(repoRoot, 'subgraphs', name, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'recordEvent') {
        const event = node.arguments[1];
        const type =
          event && ts.isObjectLiteralExpression(event)
            ? literalText(propertyNamed(event, 'type')?.initializer)
            : undefined;
        if (type === undefined) throw new Error(`${file}: recordEvent without a literal event type`);
        produces.add(topicOf(type, file));
      }
      if (ts.isObjectLiteralExpression(node)) {
        const group = literalText(propertyNamed(node, 'group')?.initializer);
        const handlers = propertyNamed(node, 'handlers')?.initializer;
        if (group !== undefined && handlers && ts.isObjectLiteralExpression(handlers)) {
          const types = handlers.properties.map((handler) => {
            const type =
              handler.name && (ts.isStringLiteral(handler.name) || ts.isIdentifier(handler.name))
                ? handler.name.text
                : undefined;
            if (type === undefined) throw new Error(`${file}: handler of ${group} without a literal event type`);
            return type;
          });
          consumes.push({ group, topics: [...new Set(types.map((type) => topicOf(type, file)))].sort() });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { produces: [...produces].sort(), consumes: consumes.sort((a, b) => a.group.localeCompare(b.group)) };
}

/** The kit's dead-letter topic of a consumer group (deadLetterTopicFor in subgraphs/kit/src/events/envelope.ts). */
export { deadLetterTopicFor } from '../../subgraphs/kit/src/events/envelope.ts';

/** Every aggregate topic a contract names. */
export const contractTopics: string[] = [
  ...new Set(Object.values(eventContracts).map((contract) => contract.topic)),
].sort();
