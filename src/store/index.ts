export * from './review-store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { migrate, schemaVersion } from './sqlite/migrate.js';
export { MIGRATIONS, type Migration } from './sqlite/migrations/index.js';
export type * from './extraction-store.js';
