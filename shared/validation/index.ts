export type { Problem } from './problem';
export { check } from './check';
export { canConnect, allowedTargets, type ConnectCheck, type ConnectRefusal } from './connections';
