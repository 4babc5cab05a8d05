/**
 * KMS transitivity: a role that reaches a resource encrypted with a key node may use that
 * key, readers with kms:Decrypt, writers with kms:GenerateDataKey too, on the key's ARN only.
 */
import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog';
import { toTemplate, type Template } from '../../../shared/cloudformation';
import { designBuilder } from '../../support/designBuilder';

type Statement = { Sid: string; Effect: string; Action: string[]; Resource: unknown[] };
function statementsOf(template: Template, role: string): Statement[] {
  // A policy on a conditional resource is `Fn::If: [condition, policy, AWS::NoValue]`.
  type Policy = { PolicyDocument: { Statement: Statement[] } };
  const policies = (template.Resources[role]?.Properties?.['Policies'] ?? []) as (
    Policy | { 'Fn::If': [string, Policy, unknown] }
  )[];
  return policies.flatMap((p) => ('Fn::If' in p ? p['Fn::If'][1] : p).PolicyDocument.Statement);
}
const keyArn = { 'Fn::GetAtt': ['DataKey', 'Arn'] };
const decrypt = ['kms:Decrypt'];
const write = ['kms:Decrypt', 'kms:GenerateDataKey'];

describe('the fraud pipeline: roles reaching the encrypted data lake may use its key', () => {
  const fraud = templates.find((t) => t.id === 'fraudDetection')!;
  const { template } = toTemplate(fraud.design, catalog);
  const cases: [string, string, string[]][] = [
    ['TrainingRole', 'TrainingToDataLakeKey', write],
    ['TuningRole', 'TuningToDataLakeKey', write],
    ['NotebookRole', 'NotebookToDataLakeKey', decrypt],
    // The endpoint reads its artifact and writes captured data (s3:PutObject).
    ['FraudModelRole', 'FraudModelToDataLakeKey', write],
    ['ModelMonitorRole', 'ModelMonitorToDataLakeKey', write],
  ];
  for (const [role, sid, actions] of cases)
    it(`${role}: ${actions.join(' + ')} on the key only`, () => {
      const keyStatements = statementsOf(template, role).filter((s) =>
        s.Action.some((a) => a.startsWith('kms:')),
      );
      expect(keyStatements).toEqual([{ Sid: sid, Effect: 'Allow', Action: actions, Resource: [keyArn] }]);
    });

  it('roles that never reach the data lake get no key', () => {
    for (const role of ['ScoringFunctionRole', 'ResultsWriterRole'])
      expect(JSON.stringify(statementsOf(template, role))).not.toContain('kms:');
  });
});

describe('key grants derived from connections, for any service', () => {
  const withKey = (service: string, kind: 'read' | 'write', encrypted: boolean) => {
    let b = designBuilder('Keys').node('Fn', 'lambda').node('Data', service).node('DataKey', 'kms');
    b = b.connect('Fn', 'Data', kind, { id: 'Access' });
    if (encrypted) b = b.connect('Data', 'DataKey', 'encrypt', { id: 'Sealed' });
    return statementsOf(toTemplate(b.build(), catalog).template, 'FnRole');
  };

  it('a writer of an encrypted table gets GenerateDataKey and Decrypt', () =>
    expect(withKey('dynamodb', 'write', true)).toContainEqual({
      Sid: 'AccessKey',
      Effect: 'Allow',
      Action: write,
      Resource: [keyArn],
    }));

  it('a reader of an encrypted bucket gets Decrypt only', () =>
    expect(withKey('s3', 'read', true)).toContainEqual({
      Sid: 'AccessKey',
      Effect: 'Allow',
      Action: decrypt,
      Resource: [keyArn],
    }));

  it('an unencrypted resource gives no key statement', () =>
    expect(withKey('s3', 'read', false).map((s) => s.Sid)).toEqual(['Access']));

  it('a function polling an encrypted stream (its role holds the grant) may decrypt the records', () => {
    const design = designBuilder('Stream')
      .node('Stream', 'kinesisStream')
      .node('Fn', 'lambda')
      .node('DataKey', 'kms')
      .connect('Stream', 'Fn', 'stream', { id: 'Poll' })
      .connect('Stream', 'DataKey', 'encrypt', { id: 'Sealed' })
      .build();
    expect(statementsOf(toTemplate(design, catalog).template, 'FnRole')).toContainEqual({
      Sid: 'PollKey',
      Effect: 'Allow',
      Action: decrypt,
      Resource: [keyArn],
    });
  });
});
