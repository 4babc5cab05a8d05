import { describe, expect, it } from 'vitest';
import { catalog, priceBooks } from '../../../catalog/index';
import { coverage, formatCoverage } from '../../../scripts/prices/coverage';
import { catalogMeters } from '../../../scripts/updatePrices';
import { transferMeters } from '../../../shared/simulation/transfer';

describe('price-book coverage (npm run prices:coverage)', () => {
  const rows = coverage(priceBooks, catalog, Object.values(transferMeters));

  it('counts every catalog meter once per book: priced + gaps = meters, priced = the book entries it knows', () => {
    for (const row of rows) {
      const notSold = new Set(
        Object.values(catalog)
          .filter((s) => s.retired || s.notOfferedIn?.[row.region])
          .flatMap((s) => s.meters.map((m) => m.key)),
      );
      const meters = catalogMeters()
        .map((m) => m.key)
        .filter((k) => !notSold.has(k));
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

  it('sets apart the meters AWS does not sell in a region (retired service, service not offered there): not gaps', () => {
    expect(catalog['iotAnalytics']?.retired?.on).toBe('2025-12-15');
    const iot = ['iotanalytics.processedGb', 'iotanalytics.storageGbMonths'];
    const byRegion = Object.fromEntries(rows.map((r) => [r.region, r.notSold]));
    expect(byRegion).toEqual({
      'us-east-1': { iotAnalytics: iot },
      'eu-west-1': { iotAnalytics: iot },
      // Comprehend is not offered in Paris (Comprehend Developer Guide, Guidelines and quotas).
      'eu-west-3': { comprehend: ['comprehend.sentiment.units'], iotAnalytics: iot },
    });
    for (const row of rows) {
      expect(row.gaps['iotAnalytics']).toBeUndefined();
      // The book still says why it has no price for them.
      expect(priceBooks[row.region]!.missing?.['iotanalytics.processedGb']).toMatch(/retired/);
    }
    expect(priceBooks['eu-west-3']!.missing?.['comprehend.sentiment.units']).toMatch(
      /Paris\) is not among them/,
    );
    // One meter fewer is sold in Paris than in the other regions.
    const count = (region: string) => rows.find((r) => r.region === region)!.meters;
    expect(count('eu-west-3')).toBe(count('us-east-1') - 1);
    expect(formatCoverage(rows, false)).toContain(
      '3 meters not sold here (retired or not offered in the region: comprehend, iotAnalytics)',
    );
  });
});
