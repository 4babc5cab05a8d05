/**
 * How complete each price book is: the meters AWS sells in its region, how many are priced and
 * how they were confirmed, the gaps per service. Used by `npm run prices:coverage` and shown
 * next to each region in the cost panel.
 */
import type { Catalog, PriceBook, ServiceDefinition } from '../service/types';

export interface BookCoverage {
  readonly region: string;
  readonly asOf: string;
  /** Meters AWS sells in this region (catalog meters less `notSold`). */
  readonly meters: number;
  readonly priced: number;
  /** Priced meters per `verification` ('aws-text' when absent). */
  readonly byVerification: Readonly<Record<string, number>>;
  /** Services with at least one unpriced meter: service id -> its unpriced meter keys. */
  readonly gaps: Readonly<Record<string, readonly string[]>>;
  /**
   * Meters only services AWS does not sell here bill (retired, or not offered in the
   * region): service id -> keys. Neither counted in `meters` nor gaps.
   */
  readonly notSold: Readonly<Record<string, readonly string[]>>;
}

/**
 * Coverage of each book over the meters of the catalog (plus `extraMeters`, e.g. the data
 * transfer meters that belong to no service).
 *
 * @example
 * coverage(priceBooks, catalog, ['dataTransfer.internetOut'])[0].priced // 110
 */
export function coverage(
  books: Readonly<Record<string, PriceBook>>,
  catalog: Catalog,
  extraMeters: readonly string[] = [],
): BookCoverage[] {
  const services = Object.values(catalog);
  return Object.values(books)
    .map((book) => {
      const sold = (s: ServiceDefinition) => !s.retired && s.notOfferedIn?.[book.region] === undefined;
      // A meter several services bill (EC2 hours under EMR, Beanstalk...) counts once, for the
      // first that AWS sells here.
      const owners = new Map<string, string>();
      for (const key of extraMeters) owners.set(key, 'dataTransfer');
      for (const service of services)
        if (sold(service))
          for (const m of service.meters) if (!owners.has(m.key)) owners.set(m.key, service.id);
      const notSold: Record<string, string[]> = {};
      for (const service of services)
        if (!sold(service))
          for (const m of service.meters) if (!owners.has(m.key)) (notSold[service.id] ??= []).push(m.key);
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
        notSold,
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region));
}
