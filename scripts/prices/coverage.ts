/** How complete each price book is: priced meters by how they were confirmed, and the gaps per service. */
import type { Catalog, PriceBook } from '../../shared/service/types';

export interface BookCoverage {
  readonly region: string;
  readonly asOf: string;
  readonly meters: number;
  readonly priced: number;
  /** Priced meters per `verification` ('aws-text' when absent). */
  readonly byVerification: Readonly<Record<string, number>>;
  /** Services with at least one unpriced meter: service id -> its unpriced meter keys. */
  readonly gaps: Readonly<Record<string, readonly string[]>>;
  /**
   * Meters only retired services bill (service id -> keys): AWS no longer sells them, so they
   * are neither counted in `meters` nor gaps.
   */
  readonly retired: Readonly<Record<string, readonly string[]>>;
}

/**
 * Coverage of each book over the meters of the catalog (plus `extraMeters`, e.g. the data
 * transfer meters that belong to no service).
 *
 * @example
 * coverage(priceBooks, catalog, ['dataTransfer.internetOut'])[0].priced // 80
 */
export function coverage(
  books: Readonly<Record<string, PriceBook>>,
  catalog: Catalog,
  extraMeters: readonly string[] = [],
): BookCoverage[] {
  const owners = new Map<string, string>();
  for (const key of extraMeters) owners.set(key, 'dataTransfer');
  // A meter several services bill (EC2 hours under EMR, Beanstalk...) counts once, for the
  // first that AWS still sells.
  const retired: Record<string, string[]> = {};
  const services = Object.values(catalog);
  for (const service of services)
    if (!service.retired)
      for (const m of service.meters) if (!owners.has(m.key)) owners.set(m.key, service.id);
  for (const service of services)
    if (service.retired)
      for (const m of service.meters) if (!owners.has(m.key)) (retired[service.id] ??= []).push(m.key);
  return Object.values(books)
    .map((book) => {
      const byVerification: Record<string, number> = {};
      const gaps: Record<string, string[]> = {};
      let priced = 0;
      for (const [key, owner] of owners) {
        const entry = book.meters[key];
        if (entry) {
          priced += 1;
          const kind = entry.verification ?? 'aws-text';
          byVerification[kind] = (byVerification[kind] ?? 0) + 1;
        } else (gaps[owner] ??= []).push(key);
      }
      return {
        region: book.region,
        asOf: book.as_of,
        meters: owners.size,
        priced,
        byVerification,
        gaps,
        retired,
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region));
}

/** The text report `npm run prices:coverage` prints. */
export function formatCoverage(rows: readonly BookCoverage[], withGaps: boolean): string {
  const out: string[] = [];
  for (const r of rows) {
    const kinds = Object.entries(r.byVerification)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    const retired = Object.entries(r.retired).sort(([a], [b]) => a.localeCompare(b));
    const notSold = retired.reduce((n, [, keys]) => n + keys.length, 0);
    out.push(
      `${r.region} (as of ${r.asOf}): ${r.priced} of ${r.meters} meters priced (${kinds})` +
        (notSold > 0
          ? `; ${notSold} meters of retired services not sold (${retired.map(([s]) => s).join(', ')})`
          : ''),
    );
    if (withGaps)
      for (const [service, keys] of Object.entries(r.gaps).sort(([a], [b]) => a.localeCompare(b)))
        out.push(`  ${service}: ${keys.length} unpriced: ${keys.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
