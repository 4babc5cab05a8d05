/**
 * Cost scenarios: editing scenarios as design transforms, and the analyses built on the
 * pricing engine (comparison, compare-on-diagram, load sweep, projection, sensitivity,
 * ranges, CSV). Pure functions of plain data.
 */
export * from './crud';
export * from './money';
export * from './breakdown';
export * from './compare';
export * from './nodeDeltas';
export * from './events';
export * from './sweep';
export * from './projection';
export * from './sensitivity';
export * from './range';
export * from './csv';
export { formatShare, formatUsd, nodeDescription } from './words';
export * from './purchase';
