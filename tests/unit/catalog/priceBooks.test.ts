import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { transferMeters } from '../../../shared/simulation/transfer';

const catalogMeters = new Set(Object.values(catalog).flatMap((s) => s.meters.map((m) => m.key)));

describe.each(Object.entries(priceBooks))('price book %s', (region, book) => {
  it('names its region and currency', () => {
    expect(book.region).toBe(region);
    expect(book.currency).toBe('USD');
    expect(book.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives every price a source, a date and positive increasing tiers — never a zero', () => {
    for (const [key, e] of Object.entries(book.meters)) {
      if (e.verification === 'transcription') {
        // A third-party copy of Price List data: its own URL, and a note naming the copies that agree.
        expect(e.source, key).toMatch(/^https:\/\//);
        expect(e.note ?? '', key).toMatch(/\(1\)[\s\S]*\(2\)/);
      } else {
        // AWS's own text: its sites, the Price List API, or a repository of an AWS-owned organisation.
        expect(e.source, key).toMatch(
          /^https:\/\/(aws\.amazon\.com|docs\.aws\.amazon\.com|repost\.aws|pricing\.us-east-1\.amazonaws\.com|github\.com\/(aws-samples|awslabs|aws-solutions|aws)\/)/,
        );
      }
      expect(e.as_of, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.per, key).toBeGreaterThan(0);
      expect(e.tiers.length, key).toBeGreaterThan(0);
      let previous = 0;
      e.tiers.forEach((t, i) => {
        expect(t.usd, key).toBeGreaterThan(0);
        if (t.upTo === null) expect(i, `${key}: open tier must be last`).toBe(e.tiers.length - 1);
        else {
          expect(t.upTo, key).toBeGreaterThan(previous);
          previous = t.upTo;
        }
      });
      if (e.freeTier) expect(['always', '12months', 'trial']).toContain(e.freeTier.kind);
    }
  });

  it('never both prices and lists a meter as missing, and explains every missing one', () => {
    for (const [key, why] of Object.entries(book.missing ?? {})) {
      expect(book.meters[key], key).toBeUndefined();
      expect(why.length, key).toBeGreaterThan(20);
    }
  });

  it('covers the catalog meters and the simulation transfer meters, and nothing else', () => {
    const listed = new Set([...Object.keys(book.meters), ...Object.keys(book.missing ?? {})]);
    for (const key of [...catalogMeters, ...Object.values(transferMeters)])
      expect(listed.has(key), key).toBe(true);
    for (const key of listed)
      expect(catalogMeters.has(key) || Object.values(transferMeters).includes(key as never), key).toBe(true);
  });
});
