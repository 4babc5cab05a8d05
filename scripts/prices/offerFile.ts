/**
 * The AWS Price List bulk-API offer file (JSON), as published at
 * https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offerCode>/current/<region>/index.json
 * Only the parts Nuage reads are typed.
 */
export interface OfferProduct {
  readonly sku: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface PriceDimension {
  readonly rateCode: string;
  readonly description: string;
  readonly beginRange: string;
  readonly endRange: string;
  readonly unit: string;
  readonly pricePerUnit: Readonly<Record<string, string>>;
}

export interface OfferTerm {
  readonly offerTermCode: string;
  readonly sku: string;
  readonly effectiveDate: string;
  readonly priceDimensions: Readonly<Record<string, PriceDimension>>;
}

export interface OfferFile {
  readonly formatVersion: string;
  readonly offerCode: string;
  readonly version: string;
  readonly publicationDate: string;
  readonly products: Readonly<Record<string, OfferProduct>>;
  readonly terms: { readonly OnDemand?: Readonly<Record<string, Readonly<Record<string, OfferTerm>>>> };
}

/** The bulk-API URL of one service's offer file for one region. */
export const offerUrl = (offerCode: string, region: string): string =>
  `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offerCode}/current/${region}/index.json`;

/** Checks the structure of a parsed offer file; returns the problems found (empty when usable). */
export function offerProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['formatVersion', 'offerCode', 'version', 'publicationDate'])
    if (typeof o[key] !== 'string') problems.push(`missing ${key}`);
  if (typeof o['products'] !== 'object' || o['products'] === null) problems.push('missing products');
  if (typeof o['terms'] !== 'object' || o['terms'] === null) problems.push('missing terms');
  return problems;
}
