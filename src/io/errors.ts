/**
 * A problem with an input file, located as precisely as we can: the file, the
 * 1-based line, and the column (field) name. The message is written for a person
 * who is not a programmer.
 */
export class FileFormatError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(message: string, where: { file: string; line?: number; column?: string }) {
    const loc = [where.file, where.line === undefined ? undefined : `line ${where.line}`, where.column === undefined ? undefined : `column '${where.column}'`]
      .filter((x) => x !== undefined)
      .join(', ');
    super(`${loc}: ${message}`);
    this.name = 'FileFormatError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}
