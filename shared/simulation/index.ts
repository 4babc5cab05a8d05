export * from './types';
export { simulate, simulationProblems } from './simulate';
export { planGraph, type GraphPlan } from './graph';
export {
  pickScenario,
  scenarioRegion,
  resolveEntryLoad,
  HOURS_PER_MONTH,
  SECONDS_PER_MONTH,
} from './scenario';
export { transferMeters, BYTES_PER_GB, placeNodes, transferQuantities, type Placement } from './transfer';
