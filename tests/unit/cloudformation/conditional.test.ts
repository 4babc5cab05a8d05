/**
 * Conditional resources, generically (test catalog, no SageMaker): a service declares some
 * of its resources under a Condition; the exporter keeps every reference to them valid
 * whatever the parameters: IAM statements in a policy present only under the condition,
 * environment variables empty until then, wiring, outputs and DependsOn dependents created
 * under the same condition, conjunctions when two conditions meet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpecDatabase } from '@aws-cdk/service-spec-types';
import { TemplateBuilder, toTemplate } from '../../../shared/cloudformation';
import { allOf, guardedReferences, propagateConditions } from '../../../shared/cloudformation/conditions';
import { designBuilder } from '../../support/designBuilder';
import { resolveConditions } from '../../support/cfnConditions';
import { loadSpec, validateTemplateWith } from '../../support/cfnSpec';
import { testCatalog } from './testCatalog';

let db: SpecDatabase;
beforeAll(async () => {
  db = await loadSpec();
});

const design = designBuilder('Lazy')
  .node('Fn', 'fn')
  .node('A', 'lazy')
  .node('B', 'lazy')
  .node('Table', 'table')
  .connect('Fn', 'A', 'write', { id: 'FnToA' })
  .connect('Fn', 'B', 'write', { id: 'FnToB' })
  .connect('Fn', 'Table', 'write', { id: 'FnToTable' })
  .connect('A', 'Fn', 'stream', { id: 'AToFn' })
  .build();
const { template, problems } = toTemplate(design, testCatalog);
const raw = template as unknown as Record<string, unknown>;
const noValue = { Ref: 'AWS::NoValue' };

describe('export of conditional resources', () => {
  it('is spec-valid, references to conditional resources all guarded', () =>
    expect(validateTemplateWith(db, template)).toEqual([]));

  it('puts statements on a conditional resource in a policy present only under its condition', () => {
    const policies = template.Resources['FnRole']!.Properties!['Policies'] as unknown[];
    const policy = (sid: string, stream: string) => ({
      Sid: sid,
      Effect: 'Allow',
      Action: ['kinesis:PutRecord'],
      Resource: [{ 'Fn::GetAtt': [stream, 'Arn'] }],
    });
    expect(policies).toEqual([
      {
        PolicyName: 'least-privilege',
        PolicyDocument: { Version: '2012-10-17', Statement: [expect.objectContaining({ Sid: 'FnToTable' })] },
      },
      {
        'Fn::If': [
          'AOn',
          {
            PolicyName: 'least-privilege-AOn',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                // The function polls the stream: read actions on it, under its condition too.
                {
                  Sid: 'AToFn',
                  Effect: 'Allow',
                  Action: [
                    'kinesis:DescribeStream',
                    'kinesis:GetRecords',
                    'kinesis:GetShardIterator',
                    'kinesis:ListShards',
                  ],
                  Resource: [{ 'Fn::GetAtt': ['A', 'Arn'] }],
                },
                policy('FnToA', 'A'),
              ],
            },
          },
          noValue,
        ],
      },
      {
        'Fn::If': [
          'BOn',
          {
            PolicyName: 'least-privilege-BOn',
            PolicyDocument: { Version: '2012-10-17', Statement: [policy('FnToB', 'B')] },
          },
          noValue,
        ],
      },
    ]);
  });

  it('empties the environment variables naming a conditional target until it exists', () =>
    expect(
      (template.Resources['Fn']!.Properties!['Environment'] as { Variables: unknown }).Variables,
    ).toEqual({
      STREAM_NAME_A: { 'Fn::If': ['AOn', { Ref: 'A' }, ''] },
      STREAM_NAME_B: { 'Fn::If': ['BOn', { Ref: 'B' }, ''] },
      TABLE_NAME: { Ref: 'Table' },
    }));

  it('gives wiring, DependsOn dependents and outputs the condition, and says so for the undeclared', () => {
    expect(template.Resources['AToFnMapping']!.Condition).toBe('AOn');
    expect(template.Resources['AAlarm']!.Condition).toBe('AOn');
    expect(template.Outputs!['AArn']!.Condition).toBe('AOn');
    expect(template.Resources['Fn']!.Condition).toBeUndefined();
    expect(template.Resources['FnRole']!.Condition).toBeUndefined();
    expect(
      problems
        .filter((p) => p.code === 'conditional_dependent')
        .map((p) => p.message.split(' ')[0])
        .sort(),
    ).toEqual(['AAlarm', 'AToFnMapping', 'BAlarm']);
  });

  for (const [a, b] of [
    ['0', '0'],
    ['1', '0'],
    ['0', '2'],
    ['1', '2'],
  ] as const)
    it(`creates a valid stack with AShards=${a}, BShards=${b}`, () => {
      const kept = resolveConditions(raw, { AShards: a, BShards: b });
      expect(validateTemplateWith(db, kept)).toEqual([]);
      const ids = Object.keys(kept['Resources'] as object);
      for (const [node, on] of [
        ['A', a !== '0'],
        ['B', b !== '0'],
      ] as const) {
        expect(ids.includes(node), node).toBe(on);
        expect(ids.includes(`${node}Alarm`), `${node}Alarm`).toBe(on);
      }
      expect(ids.includes('AToFnMapping')).toBe(a !== '0');
      expect(ids).toEqual(expect.arrayContaining(['Fn', 'FnRole', 'Table']));
    });
});

describe('conditions helpers', () => {
  it('guardedReferences: the Fn::If conditions around each reference, true branch only', () =>
    expect(
      guardedReferences({
        a: { Ref: 'X' },
        b: { 'Fn::If': ['C', { 'Fn::If': ['D', { 'Fn::GetAtt': ['Y', 'Arn'] }, 'n'] }, { Ref: 'Z' }] },
        c: { 'Fn::Sub': ['${W.Arn}/${v}', { v: { Ref: 'AWS::Region' } }] },
      }),
    ).toEqual([
      { id: 'X', guards: [] },
      { id: 'Y', guards: ['C', 'D'] },
      { id: 'Z', guards: [] },
      { id: 'W', guards: [] },
    ]));

  it('a resource reaching two conditional resources gets their conjunction, declared once', () => {
    const out = new TemplateBuilder([]);
    out.conditions['AOn'] = { 'Fn::Equals': ['a', 'a'] };
    out.conditions['BOn'] = { 'Fn::Equals': ['b', 'b'] };
    out.resources['A'] = { Type: 'AWS::SNS::Topic', Condition: 'AOn' };
    out.resources['B'] = { Type: 'AWS::SNS::Topic', Condition: 'BOn' };
    out.resources['Both'] = {
      Type: 'AWS::SNS::Subscription',
      Properties: { TopicArn: { Ref: 'A' }, Endpoint: { Ref: 'B' } },
    };
    out.resources['OnlyA'] = {
      Type: 'AWS::SNS::Subscription',
      DependsOn: ['Both'],
      Properties: { TopicArn: { Ref: 'A' } },
    };
    propagateConditions(out);
    expect(out.resources['Both']!.Condition).toBe('AOnAndBOn');
    expect(out.resources['OnlyA']!.Condition).toBe('AOnAndBOn');
    expect(out.conditions['AOnAndBOn']).toEqual({ 'Fn::And': [{ Condition: 'AOn' }, { Condition: 'BOn' }] });
    expect(allOf(out, ['AOnAndBOn', 'AOn'])).toBe('AOnAndBOn');
    expect(allOf(out, [])).toBeUndefined();
  });
});
