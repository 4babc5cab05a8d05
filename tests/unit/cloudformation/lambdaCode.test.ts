/**
 * Lambda code location: each function runs its S3 package when the stack is given a code
 * bucket, the inline placeholder otherwise; the placeholder is reported for each function.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { catalog, templates } from '../../../catalog';
import { exportProblems, toTemplate, type Template } from '../../../shared/cloudformation';
import type { CfnValue } from '../../../shared/service/types';
import { designBuilder } from '../../support/designBuilder';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const fraud = templates.find((t) => t.id === 'fraudDetection')!;
const functions = fraud.design.nodes.filter((n) => n.service === 'lambda');

/** Evaluates the intrinsics a Code value uses, as CloudFormation would with these parameter values. */
function evaluate(template: Template, value: CfnValue, parameters: Record<string, string>): CfnValue {
  const param = (name: string): string => parameters[name] ?? String(template.Parameters![name]!.Default);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => evaluate(template, v, parameters));
  const object = value as Record<string, CfnValue>;
  const [key] = Object.keys(object);
  const argument = object[key!]!;
  switch (key) {
    case 'Ref':
      return param(argument as string);
    case 'Fn::Sub':
      return (argument as string).replace(/\$\{([^}]+)\}/g, (_, name: string) => param(name));
    case 'Fn::Equals': {
      const [a, b] = (argument as CfnValue[]).map((v) => evaluate(template, v, parameters));
      return a === b;
    }
    case 'Fn::Not':
      return !evaluate(template, (argument as CfnValue[])[0]!, parameters);
    case 'Fn::If': {
      const [condition, yes, no] = argument as [string, CfnValue, CfnValue];
      const holds = evaluate(template, template.Conditions![condition]!, parameters);
      return evaluate(template, holds ? yes : no, parameters);
    }
    default:
      return Object.fromEntries(
        Object.entries(object).map(([k, v]) => [k, evaluate(template, v, parameters)]),
      );
  }
}

describe('Lambda code location', () => {
  const { template } = toTemplate(fraud.design, catalog);
  const codeOf = (id: string): CfnValue => template.Resources[id]!.Properties!['Code']!;

  it('the fraud pipeline has functions to check', () => expect(functions.length).toBeGreaterThanOrEqual(2));

  it('declares the code bucket and prefix parameters, empty by default, and the condition on the bucket', () => {
    expect(template.Parameters!['LambdaCodeBucket']).toMatchObject({ Type: 'String', Default: '' });
    expect(template.Parameters!['LambdaCodePrefix']).toMatchObject({ Type: 'String', Default: '' });
    expect(template.Conditions?.['HasLambdaCodeBucket']).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'LambdaCodeBucket' }, ''] }],
    });
  });

  it('is spec-valid (Code branches, condition and parameters all checked)', () =>
    expect(validateTemplateWith(db, template)).toEqual([]));

  for (const fn of functions) {
    it(`${fn.id}: the inline placeholder when no bucket is given`, () => {
      const code = evaluate(template, codeOf(fn.id), {}) as Record<string, unknown>;
      expect(Object.keys(code)).toEqual(['ZipFile']);
      expect(code['ZipFile']).toContain('def handler');
    });

    it(`${fn.id}: its package in the bucket when one is given`, () =>
      expect(
        evaluate(template, codeOf(fn.id), {
          LambdaCodeBucket: 'acme-artifacts',
          LambdaCodePrefix: 'releases/7/',
        }),
      ).toEqual({ S3Bucket: 'acme-artifacts', S3Key: `releases/7/${fn.id}.zip` }));
  }

  it('exportProblems warns once per function, naming it and the parameter to fill', () => {
    const notes = exportProblems(fraud.design, catalog).filter(
      (p) => p.severity === 'warning' && p.message.includes('placeholder inline code'),
    );
    expect(notes.map((p) => p.nodeId).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const note of notes) {
      expect(note.message).toContain(`function ${note.nodeId} `);
      expect(note.message).toContain('LambdaCodeBucket');
    }
  });

  it('a design without functions has no code parameters or conditions', () => {
    const { template: plain } = toTemplate(designBuilder('NoFn').node('Table', 'dynamodb').build(), catalog);
    expect(plain.Parameters!['LambdaCodeBucket']).toBeUndefined();
    expect(plain.Conditions).toBeUndefined();
  });
});
