export * from './design';
export * from './parse';
