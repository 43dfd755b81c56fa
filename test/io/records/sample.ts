import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileFormatError } from '../../../src/io/errors.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A hand-written sample export from test/io/records/samples/. */
export function sample(name: string): string {
  return readFileSync(join(here, 'samples', name), 'utf8');
}

/** The FileFormatError a call throws (failing the test when it throws nothing else). */
export function formatError(call: () => unknown): FileFormatError {
  try {
    call();
  } catch (err) {
    if (err instanceof FileFormatError) return err;
    throw err;
  }
  throw new Error('expected a FileFormatError, but nothing was thrown');
}
