import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageConfigs } from '../../tools/docker/image-configs.ts';
import { render, validateObjects } from '../tools/validate-manifests.ts';

// biome-ignore lint/suspicious/noExplicitAny: Applications, validated below, read loosely.
type Loose = any;

const repoRoot = resolve(import.meta.dirname, '../..');
const root = render('argocd') as Loose[];
const apps = render('argocd/apps') as Loose[];
const wave = (app: Loose) => Number(app.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);

describe('Argo CD', () => {
  it('validates the root Application and its children against Argo CD’s schema', async () => {
    expect(await validateObjects([...root, ...apps])).toEqual([]);
  }, 300_000);

  it('points the root Application at the folder of the others (app of apps)', () => {
    expect(root).toHaveLength(1);
    expect(root[0].spec.source.path).toBe('k8s/argocd/apps');
  });

  it('syncs the operators, then the data services and monitoring, then the migrations, then the services', () => {
    const waveOf = (name: string) => wave(apps.find((app) => app.metadata.name === name));
    const operators = apps.filter((app) => app.spec.source.chart).map((app) => app.spec.source.chart);
    expect(operators.sort()).toEqual(['cloudnative-pg', 'kube-prometheus-stack', 'strimzi-kafka-operator']);
    const operatorWave = Math.max(...apps.filter((app) => app.spec.source.chart).map(wave));
    expect([
      operatorWave,
      waveOf('comptoir-data'),
      waveOf('comptoir-monitoring'),
      waveOf('comptoir-migrations'),
      waveOf('comptoir-services'),
    ]).toEqual([0, 1, 1, 2, 3]);
  });

  it('renders every path an Application names, from this repository', () => {
    for (const app of apps.filter((candidate) => candidate.spec.source.path)) {
      const path: string = app.spec.source.path;
      expect(existsSync(resolve(repoRoot, path, 'kustomization.yaml')), path).toBe(true);
      expect(render(path.replace(/^k8s\//, '')).length, path).toBeGreaterThan(0);
    }
  });

  it('runs the migrations as a PreSync hook of their own Application, recreated at each sync', () => {
    const [job] = render('overlays/prod/migrations') as Loose[];
    expect(job.kind).toBe('Job');
    expect(job.metadata.annotations).toMatchObject({
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
    });
    expect(job.spec.template.spec.containers[0]).toMatchObject({
      image: expect.stringMatching(/^ghcr\.io\/comptoir\/migrations:/),
      command: ['node', 'src/migrations.js', 'up'],
    });
    // What the image runs by itself: a script the image does not hold would fail only at the next sync.
    expect(job.spec.template.spec.containers[0].command).toEqual(imageConfigs().get('migrations')?.command);
  });
});
