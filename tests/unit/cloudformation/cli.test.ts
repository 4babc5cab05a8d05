import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog';
import { runExport } from '../../../cli/commands/export';
import { runImport } from '../../../cli/commands/import';
import type { CliIo } from '../../../cli/io';
import { runCli } from '../../../cli/main';
import { toJson, toTemplate, toYaml } from '../../../shared/cloudformation';
import { parseDesignText, serializeDesign } from '../../../shared/model/parse';
import { designBuilder } from '../../support/designBuilder';

/** An in-memory file system and captured output. */
function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', files: { ...files } };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (path) => {
      if (!(path in out.files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return out.files[path]!;
    },
    writeFile: async (path, text) => void (out.files[path] = text),
  };
  return { io, out };
}

const fraud = templates[0]!.design;
const s3Trigger = readFileSync(
  '/work/shared/fixtures/cfn/aws-cloudformation-templates/S3__S3_LambdaTrigger.yaml',
  'utf8',
);

describe('nuage export', () => {
  it('prints the YAML template of a design', async () => {
    const { io, out } = memoryIo({ 'fraud.nuage.json': serializeDesign(fraud) });
    expect(await runExport(['fraud.nuage.json'], io, catalog)).toBe(0);
    expect(out.stdout).toBe(toYaml(toTemplate(fraud, catalog).template));
  });

  it('writes JSON to the -o file', async () => {
    const { io, out } = memoryIo({ 'fraud.nuage.json': serializeDesign(fraud) });
    expect(await runExport(['fraud.nuage.json', '--format', 'json', '-o', 'stack.json'], io, catalog)).toBe(
      0,
    );
    expect(out.files['stack.json']).toBe(toJson(toTemplate(fraud, catalog).template));
    expect(out.stdout).toBe('');
  });

  it('is registered in the nuage dispatcher', async () => {
    const { io, out } = memoryIo({});
    expect(await runCli(['export', '--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: nuage export/);
  });

  it('exits 1 naming the path of a bad design, leaving the output file alone', async () => {
    const bad = JSON.stringify({ ...JSON.parse(serializeDesign(fraud)), nodes: [{ id: '1bad' }] });
    const { io, out } = memoryIo({ 'bad.nuage.json': bad, 'stack.yaml': 'previous good stack\n' });
    expect(await runExport(['bad.nuage.json', '-o', 'stack.yaml'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/bad\.nuage\.json at nodes\[0\]\.id: /);
    expect(out.files['stack.yaml']).toBe('previous good stack\n');
  });

  it('exits 1 on JSON syntax errors and unreadable files', async () => {
    const { io, out } = memoryIo({ 'broken.json': '{ "name": ' });
    expect(await runExport(['broken.json'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/not a valid Nuage design/);
    expect(await runExport(['missing.json'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/cannot read missing\.json: ENOENT/);
  });

  it('refuses to write a design with errors unless --force', async () => {
    const design = designBuilder('Bad')
      .node('Table', 'dynamodb')
      .node('Fn', 'lambda')
      .connect('Table', 'Fn', 'publish', { id: 'Wrong' })
      .build();
    const { io, out } = memoryIo({ 'd.json': serializeDesign(design), 'stack.yaml': 'keep\n' });
    expect(await runExport(['d.json', '-o', 'stack.yaml'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/error: .*\(connection Wrong\)/);
    expect(out.files['stack.yaml']).toBe('keep\n');
    expect(await runExport(['d.json', '-o', 'stack.yaml', '--force'], io, catalog)).toBe(0);
    expect(out.files['stack.yaml']).toMatch(/^AWSTemplateFormatVersion/);
  });

  it('exits 2 on a bad command line', async () => {
    const { io } = memoryIo({});
    expect(await runExport([], io, catalog)).toBe(2);
    expect(await runExport(['a.json', '--format', 'xml'], io, catalog)).toBe(2);
    expect(await runExport(['a.json', '--colour', 'red'], io, catalog)).toBe(2);
  });
});

describe('nuage import', () => {
  it('prints the design of a template and summarises what became of each resource', async () => {
    const { io, out } = memoryIo({ 's3.yaml': s3Trigger });
    expect(await runImport(['s3.yaml', '--name', 'Trigger'], io, catalog)).toBe(0);
    const design = parseDesignText(out.stdout);
    expect(design.ok && design.value.name).toBe('Trigger');
    expect(design.ok && design.value.connections.map((c) => c.kind)).toEqual(['trigger']);
    expect(out.stderr).toMatch(/4 resources → 2 nodes, 1 connections, 0 groups/);
  });

  it('writes the -o file and is registered in the dispatcher', async () => {
    const { io, out } = memoryIo({ 's3.yaml': s3Trigger });
    expect(await runCli(['import', 's3.yaml', '-o', 'd.nuage.json'], io)).toBe(0);
    expect(parseDesignText(out.files['d.nuage.json']!).ok).toBe(true);
  });

  it('exits 1 with line:column on a YAML error, leaving the output file alone', async () => {
    const { io, out } = memoryIo({
      'bad.yaml': 'Resources:\n  A:\n    Type: [x\n',
      'd.nuage.json': 'good\n',
    });
    expect(await runImport(['bad.yaml', '-o', 'd.nuage.json'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/bad\.yaml: Syntax error at \d+:\d+/);
    expect(out.files['d.nuage.json']).toBe('good\n');
  });

  it('exits 1 with the path when the document is not a template', async () => {
    const { io, out } = memoryIo({ 'x.yaml': 'Resources:\n  A: { Properties: {} }\n' });
    expect(await runImport(['x.yaml'], io, catalog)).toBe(1);
    expect(out.stderr).toMatch(/x\.yaml at Resources\.A\.Type: /);
    expect(out.stdout).toBe('');
  });

  it('lists unsupported resources one by one', async () => {
    const vpc = readFileSync(
      '/work/shared/fixtures/cfn/aws-cloudformation-templates/VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml',
      'utf8',
    );
    const { io, out } = memoryIo({ 'vpc.yaml': vpc });
    expect(await runImport(['vpc.yaml'], io, catalog)).toBe(0);
    expect(out.stderr).toMatch(/unsupported: PublicNetworkAcl \(AWS::EC2::NetworkAcl\)/);
  });
});
