export * from './config';
export * from './query';
export * from './plan';
export * from './merge';
export * from './run';
export * from './results';
export * from './keys';
export * from './status';
