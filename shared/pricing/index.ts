export * from './types';
export { estimate } from './estimate';
export { estimateDesign } from './estimateDesign';
export { estimateRegions, inRegion, type RegionEstimate } from './regions';
export { coverage, type BookCoverage } from './coverage';
export { applyPriceOverrides, markUserPrices, meterUnits } from './overrides';
export {
  toMicros,
  fromMicros,
  roundCents,
  roundMicrosToCent,
  tierSlices,
  splitProportional,
  MICROS_PER_USD,
} from './money';
export { transferLabels } from './assumptions';
export { plainLine } from './costLine';
