/**
 * Pure edits of a design's user prices (Design.priceOverrides), made by the price editor of a
 * cost line. Each returns a new design to commit as one undoable step, or the same design
 * when nothing changes.
 */
import type { Design, PriceOverride } from '../../../shared/model';
import type { PriceBook } from '../../../shared/service/types';

/** The user's price of a meter in a region, if any. */
export function findPriceOverride(design: Design, region: string, meter: string): PriceOverride | undefined {
  return design.priceOverrides?.find((o) => o.region === region && o.meter === meter);
}

const sameOverride = (a: PriceOverride, b: PriceOverride): boolean =>
  a.usd === b.usd && a.per === b.per && (a.note ?? '') === (b.note ?? '');

/** Sets (adds or replaces) the user's price of `override.meter` in `override.region`. */
export function setPriceOverride(design: Design, override: PriceOverride): Design {
  const list = design.priceOverrides ?? [];
  const index = list.findIndex((o) => o.region === override.region && o.meter === override.meter);
  const clean: PriceOverride = {
    region: override.region,
    meter: override.meter,
    usd: override.usd,
    per: override.per,
    ...(override.note?.trim() ? { note: override.note.trim() } : {}),
  };
  if (index >= 0 && sameOverride(list[index]!, clean)) return design;
  const priceOverrides = index >= 0 ? list.map((o, i) => (i === index ? clean : o)) : [...list, clean];
  return { ...design, priceOverrides };
}

/** Removes the user's price of a meter in a region; the last one removes the field. */
export function removePriceOverride(design: Design, region: string, meter: string): Design {
  const list = design.priceOverrides;
  if (!list?.some((o) => o.region === region && o.meter === meter)) return design;
  const rest = list.filter((o) => !(o.region === region && o.meter === meter));
  if (rest.length > 0) return { ...design, priceOverrides: rest };
  const { priceOverrides: _removed, ...without } = design;
  return without;
}

/**
 * The quantity a price is usually quoted for, to prefill "USD per N units": the meter's own
 * `per` in any bundled price book, else the most common `per` of that unit in the books, else
 * per million for counted things (requests, events...) and per unit for time and data.
 *
 * @example
 * suggestedPer('sagemaker.hosting.ml.m5.xlarge.hours', 'hours', priceBooks) // 1
 */
export function suggestedPer(
  meter: string,
  unit: string,
  books: Readonly<Record<string, PriceBook>>,
): number {
  const counts = new Map<number, number>();
  for (const book of Object.values(books)) {
    const own = book.meters[meter];
    if (own) return own.per;
    for (const entry of Object.values(book.meters))
      if (entry.unit === unit) counts.set(entry.per, (counts.get(entry.per) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [per, n] of counts) if (best === undefined || n > counts.get(best)!) best = per;
  if (best !== undefined) return best;
  return /(request|invocation|event|message|notification|quer|call|record)/i.test(unit) ? 1_000_000 : 1;
}

/** Parses a user-typed number (`0,23` or `0.23`, spaces ignored); NaN when it is not one. */
export function parseAmount(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number.NaN : Number(t);
}
