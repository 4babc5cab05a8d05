import { describe, expect, it } from 'vitest';
import { fraudDetection } from '../../../catalog/templates/fraudDetection';
import { parseDesign, parseDesignText, serializeDesign } from '../../../shared/model';

const meter = 'sagemaker.hosting.ml.m5.xlarge.hours';
const withOverrides = (priceOverrides: unknown) => ({ ...fraudDetection.design, priceOverrides });

const issues = (input: unknown) => {
  const r = parseDesign(input);
  return r.ok ? [] : r.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
};

describe('Design.priceOverrides', () => {
  it('is optional: a file written before the field parses and serialises without it', () => {
    const text = serializeDesign(fraudDetection.design);
    expect(text).not.toContain('priceOverrides');
    const r = parseDesignText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.priceOverrides).toBeUndefined();
    expect(serializeDesign(r.value)).toBe(text);
  });

  it('round-trips overrides, `per` defaulting to 1 and the note optional', () => {
    const r = parseDesign(
      withOverrides([
        { region: 'us-east-1', meter, usd: 0.23, note: 'from the AWS page' },
        { region: 'eu-west-1', meter, usd: 0.2, per: 1 },
        { region: 'us-east-1', meter: 'lambda.requests', usd: 0.176, per: 1_000_000, note: 'EDP -12 %' },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.priceOverrides).toEqual([
      { region: 'us-east-1', meter, usd: 0.23, per: 1, note: 'from the AWS page' },
      { region: 'eu-west-1', meter, usd: 0.2, per: 1 },
      { region: 'us-east-1', meter: 'lambda.requests', usd: 0.176, per: 1_000_000, note: 'EDP -12 %' },
    ]);
    const again = parseDesignText(serializeDesign(r.value));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('accepts a zero price (a free meter under an agreement)', () => {
    expect(issues(withOverrides([{ region: 'us-east-1', meter, usd: 0, per: 1 }]))).toEqual([]);
  });

  it('rejects a negative price, a zero or negative `per` and an empty meter, with their paths', () => {
    const paths = issues(
      withOverrides([
        { region: 'us-east-1', meter, usd: -1, per: 1 },
        { region: 'us-east-1', meter: 'lambda.requests', usd: 1, per: 0 },
        { region: 'us-east-1', meter: 'sns.requests', usd: 1, per: -5 },
        { region: 'us-east-1', meter: '', usd: 1, per: 1 },
        { region: 'us-east-1', meter: 'x', usd: Number.NaN, per: 1 },
      ]),
    ).map((i) => i.path);
    expect(paths).toEqual([
      'priceOverrides[0].usd',
      'priceOverrides[1].per',
      'priceOverrides[2].per',
      'priceOverrides[3].meter',
      'priceOverrides[4].usd',
    ]);
  });

  it('reports a second price for the same meter and region at its JSON path', () => {
    const found = issues(
      withOverrides([
        { region: 'us-east-1', meter, usd: 0.23, per: 1 },
        { region: 'eu-west-1', meter, usd: 0.25, per: 1 },
        { region: 'us-east-1', meter, usd: 0.2, per: 1 },
      ]),
    );
    expect(found).toEqual([
      {
        path: 'priceOverrides[2]',
        code: 'duplicate_price_override',
        message: `Price of "${meter}" in us-east-1 is already set at priceOverrides[0]`,
      },
    ]);
  });

  it('rejects a list that is not an array', () => {
    expect(issues(withOverrides({ [meter]: 0.23 })).map((i) => i.path)).toEqual(['priceOverrides']);
  });
});
