export * from './builder';
export * from './cidr';
export * from './export';
export * from './problems';
export * from './yaml';
export * from './import';
export * from './layout';
export * from './references';
