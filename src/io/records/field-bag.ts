/**
 * The values of one tagged record (RIS, MEDLINE, NoteExpress, EndNote tagged text,
 * EndNote XML paths) in file order. Readers take the values they map to record
 * fields; whatever is left becomes `extra`, so no tag is lost on import.
 */
export class FieldBag {
  private readonly values = new Map<string, string[]>();

  add(tag: string, value: string): void {
    const list = this.values.get(tag);
    if (list) list.push(value);
    else this.values.set(tag, [value]);
  }

  /** Continues the last value of a tag (a wrapped or multi-line value). */
  appendToLast(tag: string, text: string, separator: string): void {
    const list = this.values.get(tag);
    if (!list || list.length === 0) this.add(tag, text);
    else list[list.length - 1] = list[list.length - 1] === '' ? text : `${list[list.length - 1]}${separator}${text}`;
  }

  has(tag: string): boolean {
    return (this.values.get(tag)?.length ?? 0) > 0;
  }

  peek(tag: string): string | undefined {
    return this.values.get(tag)?.find((v) => v.trim() !== '');
  }

  /** The first non-empty value of the first tag that has one, removed from the bag. */
  takeFirst(...tags: string[]): string | undefined {
    for (const tag of tags) {
      const list = this.values.get(tag);
      const i = list ? list.findIndex((v) => v.trim() !== '') : -1;
      if (list && i >= 0) {
        const [value] = list.splice(i, 1);
        if (list.length === 0) this.values.delete(tag);
        return value.trim();
      }
    }
    return undefined;
  }

  /** Every non-empty value of a tag, removed from the bag. */
  takeAll(tag: string): string[] {
    const list = this.values.get(tag) ?? [];
    this.values.delete(tag);
    return list.map((v) => v.trim()).filter((v) => v !== '');
  }

  /** What no reader took, repeated values joined by newlines. */
  rest(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [tag, list] of this.values) {
      const kept = list.filter((v) => v.trim() !== '');
      if (kept.length > 0) out[tag] = kept.join('\n');
    }
    return out;
  }
}
