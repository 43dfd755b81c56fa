/**
 * A core error as the page shows it. FileFormatError carries the row (the table's
 * `lines` number the edited rows from 1) and the column; the core's message itself is
 * in English and shown as it is.
 */
import { FileFormatError } from '../../../src/io/errors.js';
import type { Translate } from '../i18n/translate.js';

export function errorText(error: unknown, t: Translate): string {
  if (error instanceof FileFormatError) {
    const message = error.message.slice(error.message.indexOf(': ') + 2);
    if (error.line !== undefined && error.column !== undefined) return t('res.row', { row: error.line, column: error.column, message });
    if (error.line !== undefined) return t('res.rowOnly', { row: error.line, message });
    return message;
  }
  return error instanceof Error ? error.message : String(error);
}
