import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { coverage, formatCoverage } from '../../../scripts/prices/coverage';
import { catalogMeters } from '../../../scripts/updatePrices';
import { transferMeters } from '../../../shared/simulation/transfer';

describe('price-book coverage (npm run prices:coverage)', () => {
  const rows = coverage(priceBooks, catalog, Object.values(transferMeters));

  it('counts every catalog meter once per book: priced + gaps = meters, priced = the book entries it knows', () => {
    const retired = new Set(
      Object.values(catalog)
        .filter((s) => s.retired)
        .flatMap((s) => s.meters.map((m) => m.key)),
    );
    const meters = catalogMeters()
      .map((m) => m.key)
      .filter((k) => !retired.has(k));
    for (const row of rows) {
      const book = priceBooks[row.region]!;
      const gaps = Object.values(row.gaps).flat();
      expect(row.meters).toBe(meters.length);
      expect(row.priced + gaps.length).toBe(meters.length);
      expect(row.priced).toBe(meters.filter((k) => book.meters[k]).length);
      expect(Object.values(row.byVerification).reduce((a, b) => a + b, 0)).toBe(row.priced);
      // Every gap is a meter the book lists as missing, with its reason.
      for (const key of gaps) expect(book.missing?.[key], `${row.region} ${key}`).toBeTruthy();
    }
  });

  it('prints one line per region and, with gaps, the unpriced meters per service', () => {
    const text = formatCoverage(rows, true);
    for (const row of rows)
      expect(text).toContain(`${row.region} (as of ${row.asOf}): ${row.priced} of ${row.meters}`);
    const paris = rows.find((r) => r.region === 'eu-west-3')!;
    const [service, keys] = Object.entries(paris.gaps)[0]!;
    expect(text).toContain(`  ${service}: ${keys.length} unpriced: ${keys.join(', ')}`);
    expect(formatCoverage(rows, false)).not.toContain('unpriced:');
  });

  it('sets apart the meters of retired services: AWS no longer sells them, so they are not gaps', () => {
    expect(catalog['iotAnalytics']?.retired?.on).toBe('2025-12-15');
    for (const row of rows) {
      expect(row.retired).toEqual({
        iotAnalytics: ['iotanalytics.processedGb', 'iotanalytics.storageGbMonths'],
      });
      expect(row.gaps['iotAnalytics']).toBeUndefined();
      // The book still says why it has no price for them.
      expect(priceBooks[row.region]!.missing?.['iotanalytics.processedGb']).toMatch(/retired/);
    }
    expect(formatCoverage(rows, false)).toContain('2 meters of retired services not sold (iotAnalytics)');
  });
});
