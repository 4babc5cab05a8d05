/** The text report of `npm run prices:coverage` (the counting is shared/pricing/coverage.ts). */
import type { BookCoverage } from '../../shared/pricing/coverage';

export { coverage, type BookCoverage } from '../../shared/pricing/coverage';

/** The text report `npm run prices:coverage` prints. */
export function formatCoverage(rows: readonly BookCoverage[], withGaps: boolean): string {
  const out: string[] = [];
  for (const r of rows) {
    const kinds = Object.entries(r.byVerification)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    const notSold = Object.entries(r.notSold).sort(([a], [b]) => a.localeCompare(b));
    const count = notSold.reduce((n, [, keys]) => n + keys.length, 0);
    out.push(
      `${r.region} (as of ${r.asOf}): ${r.priced} of ${r.meters} meters priced (${kinds})` +
        (count > 0
          ? `; ${count} meters not sold here (retired or not offered in the region: ${notSold.map(([s]) => s).join(', ')})`
          : ''),
    );
    if (withGaps)
      for (const [service, keys] of Object.entries(r.gaps).sort(([a], [b]) => a.localeCompare(b)))
        out.push(`  ${service}: ${keys.length} unpriced: ${keys.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
