/**
 * GRADE ratings as people type them, on the command line or in a CSV (docs/grade-csv.md):
 * the domains by name ("risk of bias", "risk-of-bias"), levels as 0, -1, -2 for rating
 * down (or "not serious", "serious", "very serious") and +1, +2 for rating up, and the
 * reason for each. Also the CSV reader for `metasift grade PROJECT --import`.
 */
import { parseCsv } from '../../io/csv/parse-csv.js';
import { gradeCertainty, MAX_UPGRADE, type Design, type Downgrade, type GradeInput, type GradeResult, type Rating, type Upgrade } from '../../review/grade/index.js';
import type { Outcome } from '../../review/extraction/index.js';
import { normaliseColumn, Problems } from './rob2-csv.js';

export interface GradeDomain {
  readonly key: Downgrade | Upgrade;
  /** The command-line flag, e.g. risk-of-bias. */
  readonly flag: string;
  /** The name in words, e.g. risk of bias (also the CSV column). */
  readonly words: string;
  readonly direction: 'down' | 'up';
  readonly max: number;
}

export const GRADE_DOMAINS: readonly GradeDomain[] = [
  { key: 'riskOfBias', flag: 'risk-of-bias', words: 'risk of bias', direction: 'down', max: 2 },
  { key: 'inconsistency', flag: 'inconsistency', words: 'inconsistency', direction: 'down', max: 2 },
  { key: 'indirectness', flag: 'indirectness', words: 'indirectness', direction: 'down', max: 2 },
  { key: 'imprecision', flag: 'imprecision', words: 'imprecision', direction: 'down', max: 2 },
  { key: 'publicationBias', flag: 'publication-bias', words: 'publication bias', direction: 'down', max: 2 },
  { key: 'largeEffect', flag: 'large-effect', words: 'large effect', direction: 'up', max: MAX_UPGRADE.largeEffect },
  { key: 'doseResponse', flag: 'dose-response', words: 'dose response', direction: 'up', max: MAX_UPGRADE.doseResponse },
  { key: 'confounding', flag: 'confounding', words: 'confounding', direction: 'up', max: MAX_UPGRADE.confounding },
];

const DOWN_WORDS: Readonly<Record<string, number>> = { 'not serious': 0, 'no concern': 0, none: 0, serious: 1, 'very serious': 2 };

/** Levels from a cell or a flag value; an error message in plain words if it is not one. */
export function parseLevels(raw: string, d: GradeDomain): { ok: true; levels: number } | { ok: false; reason: string } {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const expected = d.direction === 'down' ? `write 0, -1 or -2 (not serious, serious, very serious)` : `write ${d.max === 1 ? '0 or +1' : '0, +1 or +2'}`;
  if (d.direction === 'down' && s in DOWN_WORDS) return { ok: true, levels: DOWN_WORDS[s] };
  const m = /^([+-−]?)([0-9]+)$/.exec(s);
  if (!m) return { ok: false, reason: `'${raw.trim()}' is not a number of levels for ${d.words}: ${expected}` };
  const levels = Number(m[2]);
  if (levels !== 0 && d.direction === 'down' && m[1] === '+') return { ok: false, reason: `${d.words} can only rate the evidence down: ${expected}` };
  if (levels !== 0 && d.direction === 'up' && (m[1] === '-' || m[1] === '−')) return { ok: false, reason: `${d.words} can only rate the evidence up: ${expected}` };
  if (levels > d.max) return { ok: false, reason: `${d.words} moves the evidence at most ${d.max} level${d.max === 1 ? '' : 's'}: ${expected}` };
  return { ok: true, levels };
}

export function parseDesign(raw: string | undefined): Design | null {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === '' || s === 'rct' || s === 'rcts' || s === 'randomised' || s === 'randomized') return 'rct';
  if (s === 'observational' || s === 'obs') return 'observational';
  return null;
}

/** Builds the GradeInput from levels and reasons by domain. */
export function gradeInput(design: Design, ratings: ReadonlyMap<GradeDomain, Rating>): GradeInput {
  const pick = (dir: 'down' | 'up') => Object.fromEntries([...ratings].filter(([d]) => d.direction === dir).map(([d, r]) => [d.key, r]));
  const down = pick('down');
  const up = pick('up');
  return { design, ...(Object.keys(down).length > 0 ? { downgrades: down } : {}), ...(Object.keys(up).length > 0 ? { upgrades: up } : {}) };
}

export interface GradeRow {
  readonly line: number;
  readonly outcome: Outcome;
  readonly input: GradeInput;
  readonly result: GradeResult;
}

export function readGradeCsv(text: string, file: string, outcomes: readonly Outcome[]): GradeRow[] {
  const table = parseCsv(text, file);
  const problems = new Problems(table);
  const names = table.columns.map(normaliseColumn);
  const outcomeCol = names.indexOf('outcome');
  const designCol = names.indexOf('design');
  if (outcomeCol < 0) problems.add("there is no column named 'outcome' (docs/grade-csv.md)", null);
  const levelCol = new Map<GradeDomain, number>();
  const reasonCol = new Map<GradeDomain, number>();
  names.forEach((n, j) => {
    const d = GRADE_DOMAINS.find((x) => x.words === n);
    const r = GRADE_DOMAINS.find((x) => `${x.words} reason` === n);
    if (d) levelCol.set(d, j);
    else if (r) reasonCol.set(r, j);
    else if (!['outcome', 'design', 'notes', 'comment', 'comments'].includes(n)) {
      problems.add(`unknown column '${table.columns[j]}': expected outcome, design, ${GRADE_DOMAINS.map((x) => x.words).join(', ')}, each with its '… reason', or notes`, null, j);
    }
  });
  if (table.rows.length === 0) problems.add('the table has no rows: add one row per outcome under the header', null);
  problems.throwIfAny();
  const seen = new Map<string, number>();
  const rows: GradeRow[] = [];
  table.rows.forEach((row, i) => {
    const before = problems.list.length;
    const name = row[outcomeCol].trim();
    const outcome = outcomes.find((o) => o.name === name);
    if (name === '') problems.add('the outcome is missing', i, outcomeCol);
    else if (!outcome) problems.add(`no outcome '${name}' in the project (outcomes: ${outcomes.map((o) => o.name).join(', ') || 'none yet'})`, i, outcomeCol);
    else if (seen.has(name)) problems.add(`${name} is already on line ${seen.get(name)}: one row per outcome`, i, outcomeCol);
    seen.set(name, table.lines[i]);
    const design = parseDesign(designCol < 0 ? undefined : row[designCol]);
    if (design === null) problems.add(`'${row[designCol].trim()}' is not a design: write rct (randomised trials, the default) or observational`, i, designCol);
    const ratings = new Map<GradeDomain, Rating>();
    for (const d of GRADE_DOMAINS) {
      const j = levelCol.get(d);
      const r = reasonCol.get(d);
      const cell = j === undefined ? '' : row[j].trim();
      const why = r === undefined ? '' : row[r].trim();
      if (cell === '') {
        if (why !== '') problems.add(`a reason but no rating for ${d.words}: write the levels (${d.direction === 'down' ? '0, -1 or -2' : '0, +1 or +2'}) or clear the reason`, i, r);
        continue;
      }
      const p = parseLevels(cell, d);
      if (!p.ok) {
        problems.add(p.reason, i, j);
        continue;
      }
      if (d.direction === 'up' && p.levels > 0 && design === 'rct') {
        problems.add(`rating up for ${d.words} is for observational evidence (GRADE 9): randomised trials already start high; write 0, or design observational`, i, j);
        continue;
      }
      if (p.levels > 0 && why === '') {
        problems.add(`${d.words} is rated ${d.direction} ${p.levels} level${p.levels === 1 ? '' : 's'}: write why in the column '${d.words} reason'`, i, r ?? j);
        continue;
      }
      ratings.set(d, { levels: p.levels, reason: why });
    }
    if (problems.list.length > before || !outcome || design === null) return;
    const input = gradeInput(design, ratings);
    try {
      rows.push({ line: table.lines[i], outcome, input, result: gradeCertainty(input) });
    } catch (e) {
      problems.add((e as Error).message, i);
    }
  });
  problems.throwIfAny();
  return rows;
}
