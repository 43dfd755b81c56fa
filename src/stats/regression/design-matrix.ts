/**
 * Builds the columns of a meta-regression design matrix from named moderators, as R's
 * model.matrix(~ a + b) does with treatment contrasts: an intercept, each numeric
 * moderator as one column, each factor (any moderator with a non-numeric value) as
 * one indicator column per level except the first (the reference). Levels are in
 * sorted order, as R's factor() gives them, unless the caller lists them.
 * Missing values (NaN, or an empty string for a factor) make the row missing.
 */
export interface Moderator {
  readonly name: string;
  readonly values: readonly (number | string)[];
  /** Force a factor even when every value looks numeric (e.g. dose groups coded 1, 2, 3). */
  readonly factor?: boolean;
  /** Level order for a factor; the first is the reference. */
  readonly levels?: readonly string[];
}

export interface Design {
  readonly columns: Float64Array[];
  readonly names: string[];
  /** Levels of each factor moderator, reference first. */
  readonly factors: Readonly<Record<string, readonly string[]>>;
}

const isMissing = (v: number | string) => (typeof v === 'number' ? Number.isNaN(v) : v.trim() === '');

export function isFactor(m: Moderator): boolean {
  return m.factor === true || m.values.some((v) => typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v)));
}

export function factorLevels(m: Moderator): string[] {
  if (m.levels !== undefined) return [...m.levels];
  const seen = new Set<string>();
  for (const v of m.values) if (!isMissing(v)) seen.add(String(v).trim());
  return [...seen].sort((a, b) => a.localeCompare(b, 'en'));
}

export function designMatrix(moderators: readonly Moderator[], k: number, intercept = true): Design {
  const columns: Float64Array[] = [];
  const names: string[] = [];
  const factors: Record<string, readonly string[]> = {};
  if (intercept) {
    columns.push(new Float64Array(k).fill(1));
    names.push('intrcpt');
  }
  for (const m of moderators) {
    if (isFactor(m)) {
      const levels = factorLevels(m);
      factors[m.name] = levels;
      // without an intercept the first level keeps its own column (cell-means coding)
      for (const level of intercept ? levels.slice(1) : levels) {
        columns.push(Float64Array.from(m.values, (v) => (isMissing(v) ? NaN : String(v).trim() === level ? 1 : 0)));
        names.push(`${m.name}${level}`);
      }
    } else {
      columns.push(Float64Array.from(m.values, (v) => (isMissing(v) ? NaN : Number(v))));
      names.push(m.name);
    }
  }
  return { columns, names, factors };
}
