export * from './levels';
export * from './model';
export * from './grade';
export * from './flow';
