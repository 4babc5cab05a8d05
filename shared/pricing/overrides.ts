/**
 * User prices (Design.priceOverrides) laid over a bundled price book, and the marks they
 * leave on a cost report. Pure; memoised on the identity of the book and the override list
 * so that repeated estimates of one design (sweeps, projections) build the book once.
 */
import type { PriceOverride } from '../model/design';
import type { Catalog, PriceBook, PriceEntry } from '../service/types';
import { plainLine } from './costLine';
import type { CostLine, CostReport } from './types';

interface Applied {
  readonly region: string;
  readonly unitOf: ((meter: string) => string | undefined) | undefined;
  readonly book: PriceBook;
}
const applied = new WeakMap<PriceBook, WeakMap<readonly PriceOverride[], Applied>>();

/**
 * The price book with the user's prices of `region`: each override replaces its meter's
 * tiers with one flat tier (unit and free tier of the bundled entry kept, commitment rates
 * dropped), marks it `verification: 'user'`, `source: 'user'`, and takes the meter out of
 * `missing`. A meter the book lacks takes its unit from `unitOf` (the catalog), else 'units'.
 * Without an override for the region, returns `book` itself.
 *
 * @example
 * const priced = applyPriceOverrides(book, [
 *   { region: 'us-east-1', meter: 'sagemaker.hosting.ml.m5.xlarge.hours', usd: 0.23, per: 1 },
 * ], 'us-east-1');
 * priced.meters['sagemaker.hosting.ml.m5.xlarge.hours'].tiers // [{ upTo: null, usd: 0.23 }]
 */
export function applyPriceOverrides(
  book: PriceBook,
  overrides: readonly PriceOverride[] | undefined,
  region: string,
  unitOf?: (meter: string) => string | undefined,
): PriceBook {
  if (!overrides || overrides.length === 0) return book;
  let byList = applied.get(book);
  const cached = byList?.get(overrides);
  if (cached && cached.region === region && cached.unitOf === unitOf) return cached.book;
  const result = build(book, overrides, region, unitOf);
  if (!byList) applied.set(book, (byList = new WeakMap()));
  byList.set(overrides, { region, unitOf, book: result });
  return result;
}

function build(
  book: PriceBook,
  overrides: readonly PriceOverride[],
  region: string,
  unitOf: ((meter: string) => string | undefined) | undefined,
): PriceBook {
  const mine = overrides.filter((o) => o.region === region);
  if (mine.length === 0) return book;
  const meters: Record<string, PriceEntry> = { ...book.meters };
  const missing: Record<string, string> = { ...book.missing };
  for (const o of mine) {
    const bundled = book.meters[o.meter];
    meters[o.meter] = {
      unit: bundled?.unit ?? unitOf?.(o.meter) ?? 'units',
      per: o.per,
      tiers: [{ upTo: null, usd: o.usd }],
      ...(bundled?.freeTier ? { freeTier: bundled.freeTier } : {}),
      source: 'user',
      as_of: bundled?.as_of ?? book.as_of,
      ...(o.note !== undefined && o.note !== '' ? { note: o.note } : {}),
      verification: 'user',
    };
    delete missing[o.meter];
  }
  return { ...book, meters, missing };
}

const unitIndexes = new WeakMap<Catalog, (meter: string) => string | undefined>();

/**
 * The unit of each meter the catalog defines, as a lookup function (stable per catalog, so
 * it can key the memo of applyPriceOverrides).
 *
 * @example
 * meterUnits(catalog)('sagemaker.hosting.ml.m5.xlarge.hours') // 'hours'
 */
export function meterUnits(catalog: Catalog): (meter: string) => string | undefined {
  let lookup = unitIndexes.get(catalog);
  if (!lookup) {
    const units = new Map<string, string>();
    for (const service of Object.values(catalog))
      for (const m of service.meters) if (!units.has(m.key)) units.set(m.key, m.unit);
    lookup = (meter) => units.get(meter);
    unitIndexes.set(catalog, lookup);
  }
  return lookup;
}

/**
 * The report with `userPrice: true` on every line priced by a user price of `book`, and an
 * assumption saying how many lines use them. A report without such lines is returned as is.
 *
 * @example
 * markUserPrices(report, priced).nodes[0].lines[0].userPrice // true
 */
export function markUserPrices(report: CostReport, book: PriceBook): CostReport {
  let count = 0;
  const meters = new Set<string>();
  const mark = (lines: readonly CostLine[]): readonly CostLine[] => {
    let out: CostLine[] | null = null;
    lines.forEach((line, i) => {
      if (line.missingPrice || book.meters[line.meter]?.verification !== 'user') return;
      out ??= lines.slice();
      out[i] = plainLine(line, { userPrice: true });
      count += 1;
      meters.add(line.meter);
    });
    return out ?? lines;
  };
  const nodes = report.nodes.map((n) => {
    const lines = mark(n.lines);
    return lines === n.lines ? n : { ...n, lines };
  });
  const connections = report.connections.map((c) => {
    const lines = mark(c.lines);
    return lines === c.lines ? c : { ...c, lines };
  });
  if (count === 0) return report;
  const list = [...meters].sort().map((meter) => {
    const e = book.meters[meter]!;
    const price = `$${e.tiers[0]!.usd} per ${e.per === 1 ? '' : `${e.per.toLocaleString('en-US')} `}${e.unit}`;
    return `${meter} at ${price}${e.note ? ` (${e.note})` : ''}`;
  });
  const assumption = `${count} cost line${count === 1 ? ' uses' : 's use'} your own price${meters.size === 1 ? '' : 's'} instead of the price book: ${list.join('; ')}.`;
  return { ...report, nodes, connections, assumptions: [...report.assumptions, assumption] };
}
