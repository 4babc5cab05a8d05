import { describe, expect, it } from 'vitest';
import { allowedTargets, canConnect } from '../../../shared/validation/connections';
import { defineService, type Catalog, type ConnectionRule } from '../../../shared/service/types';

function service(id: string, en: string, fr: string, connections: readonly ConnectionRule[]) {
  return defineService({
    id,
    name: { en, fr },
    description: { en, fr },
    aliases: [],
    category: 'integration',
    icon: 'architecture-service/AWSLambda.svg',
    config: {},
    meters: [],
    usage: () => ({ quantities: {} }),
    cloudformation: { types: ['AWS::Test::Thing'], resources: () => ({}) },
    connections,
  });
}

const catalog: Catalog = Object.freeze({
  sns: service('sns', 'Amazon SNS', 'Amazon SNS', [
    { targets: ['sqs', 'lambda'], kinds: ['subscribe'] },
    { targets: ['lambda'], kinds: ['trigger', 'subscribe'] },
  ]),
  sqs: service('sqs', 'Amazon SQS', 'Amazon SQS', [{ targets: ['lambda'], kinds: ['trigger'] }]),
  lambda: service('lambda', 'AWS Lambda', 'AWS Lambda', [{ targets: ['sns', 'sqs'], kinds: ['publish'] }]),
  kinesis: service('kinesis', 'Amazon Kinesis Data Streams', 'Amazon Kinesis Data Streams', []),
});

describe('canConnect', () => {
  it('returns the allowed kinds in rule order without duplicates', () => {
    expect(canConnect(catalog, 'sns', 'lambda')).toEqual({ ok: true, kinds: ['subscribe', 'trigger'] });
    expect(canConnect(catalog, 'sqs', 'lambda')).toEqual({ ok: true, kinds: ['trigger'] });
  });

  it('refuses a pair the source does not declare, naming the allowed targets in both languages', () => {
    const r = canConnect(catalog, 'sns', 'kinesis');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('not_allowed');
    expect(r.reason.en).toBe(
      'Amazon SNS cannot send to Amazon Kinesis Data Streams: allowed targets are Amazon SQS, AWS Lambda.',
    );
    expect(r.reason.fr).toContain('cibles autorisées : Amazon SQS, AWS Lambda');
  });

  it('is directional: the reverse of an allowed pair can be refused', () => {
    expect(canConnect(catalog, 'lambda', 'sqs').ok).toBe(true);
    expect(canConnect(catalog, 'sqs', 'sns').ok).toBe(false);
  });

  it('explains when the source has no outgoing connections at all', () => {
    const r = canConnect(catalog, 'kinesis', 'lambda');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toContain('no outgoing connections');
  });

  it('refuses unknown services instead of throwing', () => {
    const r = canConnect(catalog, 'sns', 'nope');
    expect(r).toMatchObject({ ok: false, code: 'unknown_service' });
  });

  it('lists allowed targets without duplicates', () => {
    expect(allowedTargets(catalog, 'sns')).toEqual(['sqs', 'lambda']);
    expect(allowedTargets(catalog, 'missing')).toEqual([]);
  });
});
