import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type KubeObject, render, validateObjects } from '../tools/validate-manifests.ts';

const overlays = ['overlays/dev', 'overlays/prod'] as const;
const rendered = new Map<string, KubeObject[]>();

beforeAll(() => {
  for (const overlay of [...overlays, 'argocd/apps']) rendered.set(overlay, render(overlay));
});

function objectsOf(overlay: string): KubeObject[] {
  const objects = rendered.get(overlay);
  if (!objects) throw new Error(`${overlay} was not rendered`);
  return objects;
}

// biome-ignore lint/suspicious/noExplicitAny: rendered objects are checked against their schemas above, then read loosely.
type Loose = any;
type Labels = Record<string, string>;

interface Workload {
  object: KubeObject;
  podLabels: Labels;
  podSpec: Loose;
}

/** Deployments and Jobs, with the pod template each runs. */
function workloads(objects: KubeObject[]): Workload[] {
  return objects
    .filter((object) => object.kind === 'Deployment' || object.kind === 'Job')
    .map((object) => {
      const template = (object as Loose).spec.template;
      return { object, podLabels: template.metadata?.labels ?? {}, podSpec: template.spec };
    });
}

function matches(selector: Labels | undefined, labels: Labels): boolean {
  return selector !== undefined && Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** A LabelSelector (matchLabels and matchExpressions with Exists/In). */
function selects(selector: Loose, labels: Labels): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every((expression: Loose) =>
    expression.operator === 'Exists' ? expression.key in labels : expression.values?.includes(labels[expression.key]),
  );
  return byLabels && byExpressions;
}

function containerPortNames(podSpec: Loose): Set<string> {
  return new Set(
    podSpec.containers.flatMap((container: Loose) => (container.ports ?? []).map((port: Loose) => port.name)),
  );
}

function containerPortNumbers(podSpec: Loose): Set<number> {
  return new Set(
    podSpec.containers.flatMap((container: Loose) => (container.ports ?? []).map((port: Loose) => port.containerPort)),
  );
}

describe.each(overlays)('%s', (overlay) => {
  it('renders with kubectl kustomize, every object valid against the Kubernetes and CRD schemas, no unknown field', async () => {
    const objects = objectsOf(overlay);
    expect(objects.length).toBeGreaterThan(50);
    expect(await validateObjects(objects)).toEqual([]);
  }, 300_000);

  it('puts everything of the platform in namespace comptoir', () => {
    for (const object of objectsOf(overlay).filter((candidate) => candidate.kind !== 'Namespace')) {
      expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe('comptoir');
    }
  });

  it('runs every pod as uid 10001, read-only, without privileges, capabilities or service-account token', () => {
    for (const { object, podSpec } of workloads(objectsOf(overlay))) {
      const where = `${object.kind} ${object.metadata.name}`;
      expect(podSpec.automountServiceAccountToken, where).toBe(false);
      expect(podSpec.securityContext, where).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 10001,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      for (const container of [...podSpec.containers, ...(podSpec.initContainers ?? [])]) {
        expect(container.securityContext, `${where} ${container.name}`).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        // A read-only root: Node and its libraries still get a writable /tmp.
        const tmp = container.volumeMounts?.find((mount: Loose) => mount.mountPath === '/tmp');
        expect(
          podSpec.volumes.find((volume: Loose) => volume.name === tmp?.name)?.emptyDir,
          `${where} /tmp`,
        ).toBeDefined();
      }
    }
  });

  it('gives every container CPU and memory requests and limits', () => {
    for (const { object, podSpec } of workloads(objectsOf(overlay))) {
      for (const container of podSpec.containers) {
        const where = `${object.kind} ${object.metadata.name} ${container.name}`;
        for (const kind of ['requests', 'limits']) {
          expect(container.resources?.[kind]?.cpu, `${where} ${kind}.cpu`).toBeDefined();
          expect(container.resources?.[kind]?.memory, `${where} ${kind}.memory`).toBeDefined();
        }
      }
    }
  });

  it('probes every Deployment on /health/live and /health/ready through a port the container declares', () => {
    for (const { object, podSpec } of workloads(objectsOf(overlay)).filter(
      ({ object }) => object.kind === 'Deployment',
    )) {
      const ports = containerPortNames(podSpec);
      for (const container of podSpec.containers) {
        const where = `${object.metadata.name} ${container.name}`;
        expect(container.livenessProbe?.httpGet?.path, where).toBe('/health/live');
        expect(container.readinessProbe?.httpGet?.path, where).toBe('/health/ready');
        for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe].filter(
          Boolean,
        )) {
          expect(ports.has(probe.httpGet.port) || containerPortNumbers(podSpec).has(probe.httpGet.port), where).toBe(
            true,
          );
        }
        // Prometheus scrapes a port of its own wherever the process serves /metrics (not the storefront).
        const served =
          object.metadata.labels?.['app.kubernetes.io/component'] === 'storefront' ? ['http'] : ['http', 'metrics'];
        expect([...ports].sort(), where).toEqual(served);
      }
    }
  });

  it('pins every image to a version, never latest', () => {
    const images = [
      ...workloads(objectsOf(overlay)).flatMap(({ podSpec }) =>
        podSpec.containers.map((container: Loose) => container.image),
      ),
      ...objectsOf(overlay)
        .filter((object) => object.kind === 'Cluster')
        .map((object) => (object as Loose).spec.imageName),
    ];
    expect(images.length).toBeGreaterThan(8);
    for (const image of images) expect(image).toMatch(/^[\w.-]+(\/[\w.-]+)+:(?!latest$)[\w][\w.-]*$/);
  });

  it('covers every Deployment with a PodDisruptionBudget, an autoscaler and a NetworkPolicy of its own', () => {
    const objects = objectsOf(overlay);
    const policies = objects.filter((object) => object.kind === 'NetworkPolicy') as Loose[];
    // Deny by default: a policy selecting every pod, with no rule, for both directions.
    expect(policies).toContainEqual(
      expect.objectContaining({ spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } }),
    );
    for (const { object, podLabels } of workloads(objects)) {
      const name = object.metadata.name;
      if (object.kind === 'Deployment') {
        const budgets = objects.filter(
          (candidate) =>
            candidate.kind === 'PodDisruptionBudget' && selects((candidate as Loose).spec.selector, podLabels),
        );
        expect(budgets, `PodDisruptionBudget of ${name}`).toHaveLength(1);
        const autoscalers = objects.filter(
          (candidate) =>
            candidate.kind === 'HorizontalPodAutoscaler' && (candidate as Loose).spec.scaleTargetRef.name === name,
        );
        expect(autoscalers, `HorizontalPodAutoscaler of ${name}`).toHaveLength(1);
      }
      const own = policies.filter(
        (policy) => Object.keys(policy.spec.podSelector).length > 0 && selects(policy.spec.podSelector, podLabels),
      );
      expect(own.length, `NetworkPolicy of ${object.kind} ${name}`).toBeGreaterThan(0);
    }
    // And nothing aims at what is not there.
    const deployments = workloads(objects).filter(({ object }) => object.kind === 'Deployment');
    for (const autoscaler of objects.filter((object) => object.kind === 'HorizontalPodAutoscaler') as Loose[]) {
      const { kind, name } = autoscaler.spec.scaleTargetRef;
      expect(
        deployments.some(({ object }) => object.kind === kind && object.metadata.name === name),
        `HPA ${name}`,
      ).toBe(true);
    }
    for (const budget of objects.filter((object) => object.kind === 'PodDisruptionBudget') as Loose[]) {
      expect(
        deployments.some(({ podLabels }) => selects(budget.spec.selector, podLabels)),
        `PDB ${budget.metadata.name}`,
      ).toBe(true);
    }
  });

  it('selects pods with every Service and reaches a port they declare', () => {
    const objects = objectsOf(overlay);
    const pods = workloads(objects).filter(({ object }) => object.kind === 'Deployment');
    for (const service of objects.filter((object) => object.kind === 'Service') as Loose[]) {
      const selected = pods.filter(({ podLabels }) => matches(service.spec.selector, podLabels));
      expect(selected.length, `pods of Service ${service.metadata.name}`).toBeGreaterThan(0);
      for (const { podSpec } of selected) {
        for (const port of service.spec.ports) {
          const target = port.targetPort ?? port.port;
          const known =
            typeof target === 'string'
              ? containerPortNames(podSpec).has(target)
              : containerPortNumbers(podSpec).has(target);
          expect(known, `Service ${service.metadata.name} port ${port.name} → ${target}`).toBe(true);
        }
      }
    }
  });

  it('routes the Ingress to existing Services and ports, over TLS for every host', () => {
    const objects = objectsOf(overlay);
    const [ingress] = objects.filter((object) => object.kind === 'Ingress') as Loose[];
    const tlsHosts = ingress.spec.tls.flatMap((entry: Loose) => entry.hosts);
    const backends: Record<string, string> = {};
    for (const rule of ingress.spec.rules) {
      expect(tlsHosts).toContain(rule.host);
      for (const path of rule.http.paths) {
        const { name, port } = path.backend.service;
        const service = objects.find((object) => object.kind === 'Service' && object.metadata.name === name) as Loose;
        expect(
          service?.spec.ports.map((servicePort: Loose) => servicePort.name),
          `${rule.host} → ${name}`,
        ).toContain(port.name);
        backends[rule.host] = name;
      }
    }
    expect(backends).toEqual({ 'shop.comptoir.example': 'storefront', 'api.comptoir.example': 'router' });
  });

  it('allows named ports in NetworkPolicies only where the selected pods declare them', () => {
    const objects = objectsOf(overlay);
    const pods = workloads(objects);
    for (const policy of objects.filter((object) => object.kind === 'NetworkPolicy') as Loose[]) {
      const named = (policy.spec.ingress ?? []).flatMap((rule: Loose) =>
        (rule.ports ?? []).map((port: Loose) => port.port),
      );
      const selected = pods.filter(({ podLabels }) => selects(policy.spec.podSelector, podLabels));
      for (const port of named.filter((candidate: unknown) => typeof candidate === 'string')) {
        for (const { object, podSpec } of selected) {
          expect(
            containerPortNames(podSpec).has(port),
            `${policy.metadata.name}: ${object.metadata.name} has no port ${port}`,
          ).toBe(true);
        }
      }
    }
  });

  it('reads only Secrets an operator creates or the runbook tells to create', () => {
    const objects = objectsOf(overlay);
    const runbook = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    const created = new Set<string>([
      // CloudNativePG: the application role's password and the cluster's CA.
      ...objects
        .filter((object) => object.kind === 'Cluster')
        .flatMap(({ metadata }) => [`${metadata.name}-app`, `${metadata.name}-ca`]),
      // Strimzi: each KafkaUser's password, the cluster CA certificate.
      ...objects.filter((object) => object.kind === 'KafkaUser').map(({ metadata }) => metadata.name),
      ...objects.filter((object) => object.kind === 'Kafka').map(({ metadata }) => `${metadata.name}-cluster-ca-cert`),
      // cert-manager, from the Ingress's annotation.
      ...(objects.filter((object) => object.kind === 'Ingress') as Loose[]).flatMap((ingress) =>
        ingress.metadata.annotations?.['cert-manager.io/cluster-issuer']
          ? ingress.spec.tls.map((tls: Loose) => tls.secretName)
          : [],
      ),
    ]);
    const referenced = new Set<string>();
    const collect = (value: unknown, key?: string): void => {
      if (Array.isArray(value)) for (const item of value) collect(item);
      else if (value && typeof value === 'object') {
        if (key === 'secretKeyRef' || key === 'secretRef') referenced.add((value as Loose).name);
        if (key === 'secret' && (value as Loose).secretName) referenced.add((value as Loose).secretName);
        for (const [childKey, child] of Object.entries(value)) collect(child, childKey);
      }
    };
    for (const object of objects) collect(object);
    // CloudNativePG's backup credentials.
    for (const cluster of objects.filter((object) => object.kind === 'Cluster') as Loose[]) {
      const credentials = cluster.spec.backup?.barmanObjectStore?.s3Credentials ?? {};
      for (const selector of Object.values(credentials) as Loose[]) referenced.add(selector.name);
    }
    expect(referenced.size).toBeGreaterThan(5);
    for (const name of referenced) {
      if (created.has(name)) continue;
      expect(runbook, `Secret ${name}: neither created by an operator nor in k8s/README.md`).toContain(`\`${name}\``);
    }
  });

  it('sets only environment variables the deployables read', () => {
    const objects = objectsOf(overlay);
    const configMaps = new Map(
      (objects.filter((object) => object.kind === 'ConfigMap') as Loose[]).map((configMap) => [
        configMap.metadata.name,
        configMap.data ?? {},
      ]),
    );
    const sources = (name: string, component: string): string[] => {
      const folders: Record<string, string[]> = {
        router: ['router/src', 'subgraphs/kit/src'],
        storefront: ['clients/web/server'],
        subgraph: [`subgraphs/${name}/src`, 'subgraphs/kit/src'],
        migrations: ['tools/src', 'subgraphs/kit/src'],
      };
      return folders[component] ?? [];
    };
    for (const { object, podLabels, podSpec } of workloads(objects)) {
      const code = sources(podLabels['app.kubernetes.io/name'] ?? '', podLabels['app.kubernetes.io/component'] ?? '')
        .map((folder) => readSources(folder))
        .join('\n');
      expect(code.length, object.metadata.name).toBeGreaterThan(0);
      for (const container of podSpec.containers) {
        const fromConfigMaps = (container.envFrom ?? []).flatMap((source: Loose) =>
          Object.keys(configMaps.get(source.configMapRef?.name) ?? {}),
        );
        const variables: { name: string; value?: string }[] = container.env ?? [];
        const interpolated = variables.flatMap(({ value }) =>
          [...(value ?? '').matchAll(/\$\((\w+)\)/g)].map((match) => match[1]),
        );
        for (const name of [...fromConfigMaps, ...variables.map((variable) => variable.name)]) {
          // Only spelled into another variable; read by the AWS SDK's credential chain; matched by
          // the router's SUBGRAPH_<NAME>_URL pattern; read by Node itself (checked below); read by
          // glibc's malloc.
          if (
            interpolated.includes(name) ||
            /^AWS_/.test(name) ||
            /^SUBGRAPH_\w+_URL$/.test(name) ||
            name === 'NODE_OPTIONS' ||
            name === 'MALLOC_ARENA_MAX'
          ) {
            continue;
          }
          expect(code, `${object.metadata.name} sets ${name}, which its code never reads`).toMatch(
            new RegExp(`\\b${name}\\b`),
          );
        }
      }
    }
  });

  it('gives Node only options it accepts in NODE_OPTIONS', () => {
    const objects = objectsOf(overlay);
    const settings = objects
      .filter((object) => object.kind === 'ConfigMap')
      .flatMap((configMap) => {
        const value = (configMap as Loose).data?.NODE_OPTIONS;
        return value === undefined ? [] : [{ configMap: configMap.metadata.name, value: String(value) }];
      });
    expect(settings.length).toBeGreaterThan(0);
    for (const { configMap, value } of settings) {
      // Node refuses to start on an option NODE_OPTIONS may not carry, or one it does not know.
      const run = spawnSync(process.execPath, ['-e', ''], { env: { ...process.env, NODE_OPTIONS: value } });
      expect(run.status, `${configMap}: NODE_OPTIONS=${value}: ${run.stderr}`).toBe(0);
    }
  });
});

const sourceCache = new Map<string, string>();
function readSources(folder: string): string {
  const cached = sourceCache.get(folder);
  if (cached !== undefined) return cached;
  const root = resolve(import.meta.dirname, '../..', folder);
  const text = (readdirRecursive(root) as string[])
    .filter((file) => file.endsWith('.ts') && !file.includes('node_modules'))
    .map((file) => readFileSync(resolve(root, file), 'utf8'))
    .join('\n');
  sourceCache.set(folder, text);
  return text;
}

function readdirRecursive(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' });
}

describe('sizes', () => {
  it('runs one replica of everything in dev, and no autoscaler starts above one', () => {
    for (const object of objectsOf('overlays/dev') as Loose[]) {
      if (object.kind === 'HorizontalPodAutoscaler') expect(object.spec.minReplicas, object.metadata.name).toBe(1);
      if (object.kind === 'Deployment') expect(object.spec.replicas, object.metadata.name).toBe(1);
    }
  });

  it('autoscales from three replicas in prod, spread over nodes, on three PostgreSQL instances and three Kafka nodes', () => {
    const prod = objectsOf('overlays/prod') as Loose[];
    for (const object of prod) {
      if (object.kind === 'HorizontalPodAutoscaler')
        expect(object.spec.minReplicas, object.metadata.name).toBeGreaterThanOrEqual(3);
      if (object.kind === 'Deployment') {
        expect(object.spec.template.spec.affinity?.podAntiAffinity, object.metadata.name).toBeDefined();
        expect(object.spec.replicas, `${object.metadata.name}: the autoscaler owns the count`).toBeUndefined();
      }
    }
    expect(prod.find((object) => object.kind === 'Cluster').spec.instances).toBe(3);
    expect(prod.find((object) => object.kind === 'KafkaNodePool').spec.replicas).toBe(3);
  });

  it('gives prod higher limits than dev', () => {
    const limit = (overlay: string) =>
      (objectsOf(overlay) as Loose[]).find(
        (object) => object.kind === 'Deployment' && object.metadata.name === 'router',
      ).spec.template.spec.containers[0].resources.limits.memory;
    expect([limit('overlays/dev'), limit('overlays/prod')]).toEqual(['384Mi', '1Gi']);
  });
});

describe('the validator', () => {
  it('refuses an unknown field, a wrong type and a missing required field', async () => {
    const deployment = structuredClone(
      objectsOf('overlays/dev').find((object) => object.kind === 'Deployment'),
    ) as Loose;
    deployment.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
    const topic = structuredClone(objectsOf('overlays/dev').find((object) => object.kind === 'KafkaTopic')) as Loose;
    topic.spec.partitions = 'three';
    const service = structuredClone(objectsOf('overlays/dev').find((object) => object.kind === 'Service')) as Loose;
    delete service.spec.ports[0].port;
    const problems = await validateObjects([deployment, topic, service]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Deployment \w+: .*'"imagePullPolicyy"' does not exist/),
        expect.stringMatching(/^KafkaTopic [\w.-]+: .*partitions must be integer/),
        expect.stringMatching(/^Service \w+: .*must have required property port/),
      ]),
    );
  }, 300_000);
});
