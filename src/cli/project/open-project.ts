/** Opening a review project file for a CLI command, with errors in plain words. */
import { existsSync } from 'node:fs';
import { FileFormatError } from '../../io/errors.js';
import { SqliteStore } from '../../store/index.js';
import { UsageError } from '../usage-error.js';

export function openProject(path: string | undefined, { create = false } = {}): SqliteStore {
  if (path === undefined) throw new UsageError('Name the project file (for example review.metasift).');
  if (!create && !existsSync(path)) {
    throw new FileFormatError("no such project: create it first with 'metasift init'", { file: path });
  }
  try {
    return SqliteStore.open(path);
  } catch (err) {
    throw new FileFormatError(`cannot be opened as a metasift project (${(err as Error).message})`, { file: path });
  }
}

/** Runs fn with the project open and closes it whatever happens. */
export function withProject<T>(path: string | undefined, fn: (store: SqliteStore) => T, opts: { create?: boolean } = {}): T {
  const store = openProject(path, opts);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}
