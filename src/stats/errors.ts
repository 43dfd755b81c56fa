/**
 * The one error type the numeric core throws for bad input. It names the field
 * (metafor's argument name, e.g. `sd1i`), the 0-based row when one row is at
 * fault, the offending value and what was expected, so that a shell (CLI,
 * server) can map the row to a file line and print a message a clinician can act on.
 */
export class InputError extends Error {
  readonly field: string | undefined;
  readonly row: number | undefined;
  readonly value: unknown;

  constructor(message: string, details: { field?: string; row?: number; value?: unknown } = {}) {
    super(message);
    this.name = 'InputError';
    this.field = details.field;
    this.row = details.row;
    this.value = details.value;
  }
}
