import type { CfnResource, CfnValue } from '../service/types';

/** One least-privilege statement: these actions, on these resources. */
export interface Statement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly CfnValue[];
}

/**
 * The execution role of a compute node: trusted by its service principal, with the
 * managed policies its service needs and one inline policy holding a statement per
 * connection (only the actions of the connection's kind, only on the target's ARN).
 * Statements on resources created only under a condition go in one inline policy per
 * condition, present through Fn::If only when that condition holds.
 *
 * @example
 * executionRole('lambda.amazonaws.com', [], [{ Sid: 'ScoreToTable', Effect: 'Allow',
 *   Action: ['dynamodb:PutItem'], Resource: [{ 'Fn::GetAtt': ['Table', 'Arn'] }] }])
 */
export function executionRole(
  principal: string,
  managedPolicyArns: readonly string[],
  statements: readonly Statement[],
  conditional: ReadonlyMap<string, readonly Statement[]> = new Map(),
): CfnResource {
  const properties: Record<string, CfnValue> = {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: principal }, Action: 'sts:AssumeRole' }],
    },
  };
  if (managedPolicyArns.length > 0) properties['ManagedPolicyArns'] = managedPolicyArns.map(partitionArn);
  const policy = (name: string, list: readonly Statement[]): CfnValue => ({
    PolicyName: name,
    PolicyDocument: { Version: '2012-10-17', Statement: list.map((s) => ({ ...s })) },
  });
  const policies: CfnValue[] = statements.length > 0 ? [policy('least-privilege', statements)] : [];
  for (const [condition, list] of [...conditional].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (list.length > 0)
      policies.push({
        'Fn::If': [condition, policy(`least-privilege-${condition}`, list), { Ref: 'AWS::NoValue' }],
      });
  if (policies.length > 0) properties['Policies'] = policies;
  return { Type: 'AWS::IAM::Role', Properties: properties };
}

/** `arn:aws:...` managed policy ARNs work in every partition when written with AWS::Partition. */
function partitionArn(arn: string): CfnValue {
  return arn.startsWith('arn:aws:')
    ? { 'Fn::Sub': `arn:\${AWS::Partition}:${arn.slice('arn:aws:'.length)}` }
    : arn;
}

/**
 * Merges statements with the same Sid, keeping actions unique and sorted, resources unique.
 *
 * @example
 * mergeStatements([{ Sid: 'A', Effect: 'Allow', Action: ['b', 'a'], Resource: ['r'] },
 *   { Sid: 'A', Effect: 'Allow', Action: ['a'], Resource: ['r'] }])
 * // [{ Sid: 'A', Effect: 'Allow', Action: ['a', 'b'], Resource: ['r'] }]
 */
export function mergeStatements(statements: readonly Statement[]): Statement[] {
  const bySid = new Map<string, { actions: Set<string>; resources: Map<string, CfnValue> }>();
  for (const s of statements) {
    const entry = bySid.get(s.Sid) ?? { actions: new Set<string>(), resources: new Map<string, CfnValue>() };
    s.Action.forEach((a) => entry.actions.add(a));
    s.Resource.forEach((r) => entry.resources.set(JSON.stringify(r), r));
    bySid.set(s.Sid, entry);
  }
  return [...bySid.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Sid, entry]) => ({
      Sid,
      Effect: 'Allow' as const,
      Action: [...entry.actions].sort(),
      Resource: [...entry.resources.values()],
    }));
}
