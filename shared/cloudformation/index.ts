export * from './builder';
export * from './cidr';
export * from './export';
export * from './problems';
export * from './yaml';
