import { describe, expect, it } from 'vitest';
import { type KubeObject, render } from '../tools/validate-manifests.ts';
import { contractTopics, deadLetterTopicFor, subgraphEvents, subgraphNames } from './event-topology.ts';

// biome-ignore lint/suspicious/noExplicitAny: rendered objects, validated by manifests.test.ts, read loosely here.
type Loose = any;

const dev = render('overlays/dev') as Loose[];
const prod = render('overlays/prod') as Loose[];
const ofKind = (objects: KubeObject[], kind: string) => (objects as Loose[]).filter((object) => object.kind === kind);

/** EVENT_NAMESPACE as the subgraphs are given it: every Kafka name starts with it. */
const namespace = (() => {
  const config = ofKind(prod, 'ConfigMap').find((configMap) => configMap.metadata.name === 'comptoir-subgraphs');
  return config.data.EVENT_NAMESPACE as string;
})();
const physical = (logical: string) => `${namespace}.${logical}`;

const events = Object.fromEntries(subgraphNames.map((name) => [name, subgraphEvents(name)]));
const groups = Object.values(events).flatMap(({ consumes }) => consumes);

describe('Kafka topics', () => {
  it('declares one KafkaTopic per aggregate topic of the contracts and per consumer group’s dead letters, no more', () => {
    const declared = ofKind(prod, 'KafkaTopic')
      .map((topic) => topic.spec.topicName)
      .sort();
    const expected = [...contractTopics, ...groups.map(({ group }) => deadLetterTopicFor(group))].map(physical).sort();
    expect(declared).toEqual(expected);
  });

  it('finds every topic the code publishes or consumes among the contracts', () => {
    for (const { produces, consumes } of Object.values(events)) {
      for (const topic of [...produces, ...consumes.flatMap(({ topics }) => topics)])
        expect(contractTopics).toContain(topic);
    }
    // Each aggregate topic has one publisher.
    const publishers = Object.entries(events).flatMap(([name, { produces }]) => produces.map((topic) => [topic, name]));
    expect(new Set(publishers.map(([topic]) => topic)).size).toBe(publishers.length);
  });

  it('replicates every topic three times with two in sync in prod, once in dev, three partitions at least', () => {
    for (const topic of ofKind(prod, 'KafkaTopic')) {
      expect(topic.spec, topic.spec.topicName).toMatchObject({ replicas: 3, config: { 'min.insync.replicas': '2' } });
      expect(topic.spec.partitions).toBeGreaterThanOrEqual(3);
      expect(Number(topic.spec.config['retention.ms'])).toBeGreaterThanOrEqual(7 * 86_400_000);
    }
    for (const topic of ofKind(dev, 'KafkaTopic')) {
      expect(topic.spec, topic.spec.topicName).toMatchObject({ replicas: 1, config: { 'min.insync.replicas': '1' } });
    }
    const [kafka] = ofKind(prod, 'Kafka');
    expect(kafka.spec.kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'auto.create.topics.enable': false,
    });
  });

  it('runs Kafka in KRaft mode: a node pool of controllers and brokers, no ZooKeeper', () => {
    const [pool] = ofKind(prod, 'KafkaNodePool');
    expect(pool.spec.roles.sort()).toEqual(['broker', 'controller']);
    expect(pool.metadata.labels['strimzi.io/cluster']).toBe(ofKind(prod, 'Kafka')[0].metadata.name);
    expect(ofKind(prod, 'Kafka')[0].spec.zookeeper).toBeUndefined();
  });
});

describe('Kafka users', () => {
  /** Operations a user's ACLs grant on one resource. */
  function granted(user: Loose, type: string, name: string): string[] {
    return user.spec.authorization.acls
      .filter(
        (acl: Loose) =>
          acl.resource.type === type &&
          (acl.resource.patternType === 'prefix' ? name.startsWith(acl.resource.name) : acl.resource.name === name),
      )
      .flatMap((acl: Loose) => acl.operations)
      .sort();
  }

  it('has one SCRAM-SHA-512 user per subgraph, the one its Deployment signs in as', () => {
    const users = ofKind(prod, 'KafkaUser');
    expect(users.map((user) => user.metadata.name).sort()).toEqual([...subgraphNames].sort());
    for (const user of users) expect(user.spec.authentication.type).toBe('scram-sha-512');
    for (const name of subgraphNames) {
      const config = ofKind(prod, 'ConfigMap').find((configMap) => configMap.metadata.name === `${name}-config`);
      expect(config.data.KAFKA_SASL_USERNAME).toBe(name);
    }
  });

  it('grants each subgraph exactly what its code does: write its topics and dead letters, read what it consumes with its own groups', () => {
    for (const name of subgraphNames) {
      const user = ofKind(prod, 'KafkaUser').find((candidate) => candidate.metadata.name === name);
      const { produces, consumes } = events[name] ?? { produces: [], consumes: [] };
      const writes = [...produces, ...consumes.map(({ group }) => deadLetterTopicFor(group))];
      const reads = consumes.flatMap(({ topics }) => topics);
      for (const topic of contractTopics.concat(groups.map(({ group }) => deadLetterTopicFor(group)))) {
        const expected = [
          ...(reads.includes(topic) ? ['Read'] : []),
          ...(writes.includes(topic) ? ['Write'] : []),
          // The transport makes sure of its topics at start: Create (a no-op on a declared topic) and Describe.
          ...(reads.includes(topic) || writes.includes(topic) ? ['Create', 'Describe'] : []),
        ].sort();
        expect(granted(user, 'topic', physical(topic)), `${name} on ${topic}`).toEqual(expected);
      }
      for (const { group } of consumes) {
        expect(group.startsWith(`${name}.`), `${group} is named after its subgraph`).toBe(true);
        expect(granted(user, 'group', physical(group)), `${name}'s group ${group}`).toEqual(['Describe', 'Read']);
      }
      for (const other of groups.filter(({ group }) => !group.startsWith(`${name}.`))) {
        expect(granted(user, 'group', physical(other.group)), `${name} on ${other.group}`).toEqual([]);
      }
    }
  });
});
