/**
 * The domain the e2e tests compare the UI with (catalog, price books, estimates). The
 * catalog imports its price books as JSON, which Node's ESM loader (used by Playwright)
 * accepts only with an import attribute: load it through tsx, as the CLI tests do.
 */
import { tsImport } from 'tsx/esm/api';
import type * as CatalogModule from '../../catalog/index';
import type { Design } from '../../shared/model';
import type * as PricingModule from '../../shared/pricing';

export const { catalog, priceBooks, templates } = (await tsImport(
  '../../catalog/index.ts',
  import.meta.url,
)) as typeof CatalogModule;

export const { coverage, estimateDesign, estimateRegions } = (await tsImport(
  '../../shared/pricing/index.ts',
  import.meta.url,
)) as typeof PricingModule;

/** A fresh, mutable copy of the fraud-detection template's design. */
export const fraudDesign = (): Design => structuredClone(templates.find((t) => /fraud/i.test(t.id))!.design);

export const { transferMeters } = (await tsImport(
  '../../shared/simulation/transfer.ts',
  import.meta.url,
)) as typeof import('../../shared/simulation/transfer');
