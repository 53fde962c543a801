export * from './entities';
export * from './errors';
export * from './request-scope';
export * from './request-connection';
export * from './db';
export * from './data-source';
export * from './db.module';
export * from './schema';
