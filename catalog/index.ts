import type { Catalog, PriceBook } from '../shared/service';

/** The one registry of services (filled by catalog/services/*). */
export const catalog: Catalog = {};

/** Bundled price books by region. */
export const priceBooks: Readonly<Record<string, PriceBook>> = {};
