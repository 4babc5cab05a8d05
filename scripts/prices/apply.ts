/**
 * Rewrites a price book from Price List offer files: pure, so it is tested on small
 * offer-file excerpts and the command line only adds reading and writing files.
 */
import type { PriceBook, PriceEntry, PriceTier } from '../../shared/service/types';
import type { Condition, MeterFilter } from './mapping';
import { offerUrl, type OfferFile, type OfferProduct, type PriceDimension } from './offerFile';

export interface MeterInfo {
  readonly key: string;
  readonly unit: string;
}

export interface UpdateReport {
  readonly updated: readonly string[];
  /** Meter key -> why the offer files gave no price. */
  readonly notFound: Readonly<Record<string, string>>;
}

const satisfies = (value: string | undefined, c: Condition): boolean => {
  if (value === undefined) return false;
  if ('equals' in c) return value === c.equals;
  if ('startsWith' in c) return value.startsWith(c.startsWith);
  return new RegExp(c.matches).test(value);
};

function matchingProducts(offer: OfferFile, filter: MeterFilter, region: string): OfferProduct[] {
  return Object.values(offer.products).filter(
    (p) =>
      (filter.productFamily === undefined || p.productFamily === filter.productFamily) &&
      (p.attributes['regionCode'] === undefined || p.attributes['regionCode'] === region) &&
      Object.entries(filter.attributes).every(([name, c]) => satisfies(p.attributes[name], c)),
  );
}

/** The on-demand price dimensions of a SKU, sorted by range. */
function dimensions(offer: OfferFile, sku: string): PriceDimension[] {
  const terms = offer.terms.OnDemand?.[sku] ?? {};
  return Object.values(terms)
    .flatMap((t) => Object.values(t.priceDimensions))
    .filter((d) => d.pricePerUnit['USD'] !== undefined)
    .sort((a, b) => Number(a.beginRange) - Number(b.beginRange));
}

/**
 * Tiers in the meter's unit from price dimensions: `endRange` 'Inf' is open; USD per
 * offer unit × scale × per gives USD per `per` meter units.
 */
export function tiersFrom(dims: readonly PriceDimension[], per: number, scale: number): PriceTier[] {
  return dims.map((d) => ({
    upTo: d.endRange === 'Inf' ? null : Number(d.endRange),
    usd: Number((Number(d.pricePerUnit['USD']) * scale * per).toPrecision(12)),
  }));
}

/**
 * An offer's first band priced $0 from 0 (SNS: "first 1 million requests free") is a free
 * allowance: it is returned apart and the other bands shifted down by it, since the engine
 * prices tiers on the quantity left after the free tier. Kept as a band, it would be given
 * twice next to the book's own free tier.
 *
 * @example
 * splitFreeBand([{ upTo: 1e6, usd: 0 }, { upTo: null, usd: 0.5 }])
 * // { free: 1000000, tiers: [{ upTo: null, usd: 0.5 }] }
 */
export function splitFreeBand(tiers: readonly PriceTier[]): { free: number | undefined; tiers: PriceTier[] } {
  const first = tiers[0];
  if (!first || first.usd !== 0 || first.upTo === null || tiers.length < 2)
    return { free: undefined, tiers: [...tiers] };
  const free = first.upTo;
  return {
    free,
    tiers: tiers.slice(1).map((t) => ({ upTo: t.upTo === null ? null : t.upTo - free, usd: t.usd })),
  };
}

/** Default `per` for a meter without an existing entry: request counts are priced per million. */
const defaultPer = (unit: string): number =>
  /^(requests|events|messages|transitions)$/.test(unit) ? 1e6 : 1;

/**
 * A new book: every meter priced from the offer files where a filter matches exactly one
 * product; other meters keep their existing sourced entry, or are listed as missing.
 *
 * @example
 * const { book, report } = updateBook(current, { AWSLambda: lambdaOffer }, filters, meters, 'us-east-1');
 */
export function updateBook(
  current: PriceBook | undefined,
  offers: Readonly<Record<string, OfferFile>>,
  filters: Readonly<Record<string, MeterFilter>>,
  meters: readonly MeterInfo[],
  region: string,
): { book: PriceBook; report: UpdateReport } {
  const entries: Record<string, PriceEntry> = {};
  const missing: Record<string, string> = {};
  const updated: string[] = [];
  const notFound: Record<string, string> = {};
  for (const meter of [...meters].sort((a, b) => a.key.localeCompare(b.key))) {
    const existing = current?.meters[meter.key];
    const filter = filters[meter.key];
    const offer = filter ? offers[filter.offer] : undefined;
    let reason = filter ? `offer file ${filter.offer} not given` : 'no Price List filter for this meter';
    if (filter && offer) {
      const products = matchingProducts(offer, filter, region);
      const priced = products
        .map((p) => ({ p, dims: dimensions(offer, p.sku) }))
        .filter((x) => x.dims.length > 0);
      if (priced.length === 1) {
        const { p, dims } = priced[0]!;
        const per = existing?.per ?? filter.per ?? defaultPer(meter.unit);
        const { free, tiers } = splitFreeBand(tiersFrom(dims, per, filter.scale ?? 1));
        const freeTier =
          existing?.freeTier ??
          (free === undefined ? undefined : { quantity: free, kind: 'always' as const });
        entries[meter.key] = {
          unit: meter.unit,
          per,
          tiers,
          ...(freeTier ? { freeTier } : {}),
          ...(existing?.commitments ? { commitments: existing.commitments } : {}),
          source: offerUrl(offer.offerCode, region),
          as_of: offer.publicationDate.slice(0, 10),
          note: `AWS Price List ${offer.offerCode} version ${offer.version}, SKU ${p.sku} (${p.attributes['usagetype'] ?? p.productFamily ?? ''}): ${dims.map((d) => d.description).join('; ')}`,
        };
        updated.push(meter.key);
        continue;
      }
      reason =
        priced.length === 0
          ? `no ${filter.offer} product matches in ${region}`
          : `${priced.length} ${filter.offer} products match: filter is ambiguous`;
    }
    notFound[meter.key] = reason;
    if (existing) entries[meter.key] = existing;
    else missing[meter.key] = current?.missing?.[meter.key] ?? `No sourced price: ${reason}.`;
  }
  const dates = Object.values(entries)
    .map((e) => e.as_of)
    .sort();
  return {
    book: {
      region,
      currency: 'USD',
      as_of: dates[dates.length - 1] ?? current?.as_of ?? '',
      meters: entries,
      missing,
    },
    report: { updated, notFound },
  };
}
