export type { Problem, ProblemParams } from './problem';
export { check } from './check';
export { canConnect, allowedTargets, type ConnectCheck, type ConnectRefusal } from './connections';
export { problemText, frenchTemplates } from './messages';
export { formatNumber } from './numberFormat';
