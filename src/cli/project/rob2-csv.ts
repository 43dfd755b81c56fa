/**
 * Reads a RoB 2 answers table (docs/rob2-csv.md) for `metasift rob2 PROJECT --import`:
 * one row per study and outcome, the signalling questions' answers in columns 1.1 … 5.3,
 * optional overrides D1 … D5 and overall each with its reason. Every cell is checked
 * against the project (known study and outcome) and the RoB 2 rules (src/review/rob2);
 * every problem found is reported with its file, line and column, and nothing is
 * returned unless the whole file is right, so that an import is all or nothing.
 */
import { parseCsv, type CsvTable } from '../../io/csv/parse-csv.js';
import { FileFormatError } from '../../io/errors.js';
import { parseJudgement } from '../../io/rob/judgement.js';
import type { Outcome, Study } from '../../review/extraction/index.js';
import { assessRob2, DOMAIN_IDS, questions, type Answer, type DomainJudgement, type Override, type Rob2Assessment, type Rob2Effect, type Rob2Input } from '../../review/rob2/index.js';

/** Several problems in one file, each already located; reported together. */
export class RowErrors extends Error {
  constructor(readonly problems: readonly FileFormatError[]) {
    const shown = problems.slice(0, 20).map((p) => p.message);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more problems.`);
    super(`${shown.join('\n')}\nNothing was recorded: correct the file and import it again.`);
    this.name = 'FileFormatError';
  }
}

/** Collects located problems; `throwIfAny` ends the import if there was one. */
export class Problems {
  readonly list: FileFormatError[] = [];
  constructor(readonly table: CsvTable) {}
  add(message: string, row: number | null, column?: number): void {
    const line = row === null ? 1 : this.table.lines[row];
    this.list.push(new FileFormatError(message, { file: this.table.file, line, ...(column === undefined || column < 0 ? {} : { column: this.table.columns[column] }) }));
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new RowErrors(this.list);
  }
}

/** A column name as people write it: any case, spaces, underscores or hyphens alike. */
export const normaliseColumn = (c: string): string => c.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const ANSWER_WORDS: Readonly<Record<string, Answer | 'NA'>> = {
  y: 'Y', yes: 'Y', py: 'PY', 'probably yes': 'PY', pn: 'PN', 'probably no': 'PN', n: 'N', no: 'N',
  ni: 'NI', 'no information': 'NI', 'no info': 'NI', '': 'NA', na: 'NA', 'n/a': 'NA', 'not applicable': 'NA',
};

export interface Rob2Row {
  readonly line: number;
  readonly study: Study;
  readonly outcome: Outcome;
  readonly input: Rob2Input;
  readonly assessment: Rob2Assessment;
}

const OVERRIDES = [...DOMAIN_IDS, 'overall'] as const;
type OverrideKey = (typeof OVERRIDES)[number];
const ALL_QUESTIONS = new Set([...DOMAIN_IDS.flatMap((d) => questions(d, 'assignment')), ...questions('D2', 'adhering')].map((q) => q.id));

export function readRob2Csv(text: string, file: string, project: { readonly studies: readonly Study[]; readonly outcomes: readonly Outcome[] }): Rob2Row[] {
  const table = parseCsv(text, file);
  const problems = new Problems(table);
  const names = table.columns.map(normaliseColumn);
  const col = (name: string) => names.indexOf(name);
  const study = col('study');
  const outcome = col('outcome');
  const effect = col('effect');
  if (study < 0) problems.add("there is no column named 'study': the table needs study, outcome and the questions 1.1 … 5.3 (docs/rob2-csv.md)", null);
  if (outcome < 0) problems.add("there is no column named 'outcome': the table needs study, outcome and the questions 1.1 … 5.3 (docs/rob2-csv.md)", null);
  const question = new Map<string, number>();
  const judgement = new Map<OverrideKey, number>();
  const reason = new Map<OverrideKey, number>();
  names.forEach((n, j) => {
    const key = OVERRIDES.find((o) => o.toLowerCase() === n);
    const reasonOf = OVERRIDES.find((o) => `${o.toLowerCase()} reason` === n);
    if (ALL_QUESTIONS.has(n)) question.set(n, j);
    else if (key) judgement.set(key, j);
    else if (reasonOf) reason.set(reasonOf, j);
    else if (!['study', 'outcome', 'effect', 'notes', 'comment', 'comments'].includes(n)) {
      problems.add(`unknown column '${table.columns[j]}': expected study, outcome, effect, the questions 1.1 … 5.3, D1 … D5 and overall (overrides) with 'D1 reason' … 'overall reason', or notes`, null, j);
    }
  });
  if (table.rows.length === 0) problems.add('the table has no rows: add one row per study and outcome under the header', null);
  problems.throwIfAny();

  const seen = new Map<string, number>();
  const rows: Rob2Row[] = [];
  table.rows.forEach((row, i) => {
    const before = problems.list.length;
    const label = row[study].trim();
    const name = row[outcome].trim();
    const s = project.studies.find((x) => x.label === label);
    const o = project.outcomes.find((x) => x.name === name);
    if (label === '') problems.add('the study is missing', i, study);
    else if (!s) problems.add(`no study '${label}' in the project: add it with 'metasift extract PROJECT study "${label}" --by ID' or correct the label (studies: ${project.studies.map((x) => x.label).join(', ') || 'none yet'})`, i, study);
    if (name === '') problems.add('the outcome is missing', i, outcome);
    else if (!o) problems.add(`no outcome '${name}' in the project (outcomes: ${project.outcomes.map((x) => x.name).join(', ') || 'none yet'})`, i, outcome);
    const key = `${label}\u0000${name}`;
    if (label !== '' && name !== '' && seen.has(key)) problems.add(`${label}, ${name} is already on line ${seen.get(key)}: one row per study and outcome`, i, study);
    seen.set(key, table.lines[i]);

    const rawEffect = effect < 0 ? '' : row[effect].trim().toLowerCase();
    const eff: Rob2Effect | null = rawEffect === '' || rawEffect === 'assignment' ? 'assignment' : rawEffect === 'adhering' ? 'adhering' : null;
    if (eff === null) problems.add(`'${row[effect].trim()}' is not an effect of interest: write assignment (intention to treat, the default) or adhering (per protocol)`, i, effect);
    const asked = new Map(DOMAIN_IDS.flatMap((d) => questions(d, eff ?? 'assignment')).map((q) => [q.id, q]));
    const answers: Record<string, Answer> = {};
    for (const [id, j] of question) {
      const cell = row[j].trim();
      const a = ANSWER_WORDS[cell.toLowerCase().replace(/\s+/g, ' ')];
      if (a === undefined) {
        problems.add(`'${cell}' is not an answer: write Y, PY, PN, N or NI (yes, probably yes, probably no, no, no information), or leave it empty (NA, not applicable)`, i, j);
        continue;
      }
      if (a === 'NA') continue;
      const q = asked.get(id);
      if (q === undefined) {
        problems.add(`question ${id} is not asked for the effect of ${eff ?? 'assignment'}: leave it empty`, i, j);
        continue;
      }
      if (q.options && !q.options.includes(a)) {
        problems.add(`question ${id} has no '${a}' answer in the RoB 2 guidance: write ${q.options.join(', ')}, or leave it empty (NA)`, i, j);
        continue;
      }
      answers[id] = a;
    }
    const overrides: Partial<Record<OverrideKey, Override>> = {};
    for (const k of OVERRIDES) {
      const j = judgement.get(k);
      const r = reason.get(k);
      const cell = j === undefined ? '' : row[j].trim();
      const why = r === undefined ? '' : row[r].trim();
      if (cell === '') {
        if (why !== '') problems.add(`a reason but no judgement in ${k}: write the judgement that replaces the suggested one (Low, Some concerns or High), or clear the reason`, i, r);
        continue;
      }
      const p = parseJudgement(cell);
      if (!p.ok || p.value === 'none') {
        problems.add(p.ok ? `an override must be Low, Some concerns or High, not 'No information'` : p.reason.replace(/ or No information \(NI\)$/, ''), i, j);
        continue;
      }
      if (why === '') {
        problems.add(`the override of ${k} (${cell}) needs its reason: write it in the column '${k} reason'`, i, r ?? j);
        continue;
      }
      overrides[k] = { judgement: p.value as DomainJudgement, reason: why };
    }
    if (problems.list.length > before || !s || !o || eff === null) return;
    const input: Rob2Input = { effect: eff, answers, ...(Object.keys(overrides).length > 0 ? { overrides } : {}) };
    try {
      rows.push({ line: table.lines[i], study: s, outcome: o, input, assessment: assessRob2(input) });
    } catch (e) {
      problems.add((e as Error).message, i);
    }
  });
  problems.throwIfAny();
  return rows;
}

const WORD: Readonly<Record<DomainJudgement, string>> = { low: 'low', some: 'some concerns', high: 'high' };

/** One assessment in a line: each domain's judgement (overrides marked), then the overall. */
export function describeAssessment(a: Rob2Assessment): string {
  const domains = a.domains.map((d) => {
    if (d.judgement === null) return `${d.domain} — (answer ${d.suggested.missing.join(', ')})`;
    if (d.override) return `${d.domain} ${WORD[d.judgement]} (overrides ${d.suggested.judgement === null ? 'no suggestion' : WORD[d.suggested.judgement]}: ${d.override.reason})`;
    // "if applicable" questions left empty or NA are read as not applicable: say so, since a forgotten answer reads the same
    const na = d.suggested.notApplicable ?? [];
    return na.length > 0 ? `${d.domain} ${WORD[d.judgement]} (${na.join(', ')} not applicable)` : `${d.domain} ${WORD[d.judgement]}`;
  });
  const overall = a.overall === null ? 'overall —' : a.overallOverride ? `overall ${WORD[a.overall]} (overrides ${a.suggestedOverall === null ? 'no suggestion' : WORD[a.suggestedOverall]}: ${a.overallOverride.reason})` : `overall ${WORD[a.overall]}`;
  return [...domains, overall].join(' · ');
}

export const judgementWord = (j: DomainJudgement | null): string => (j === null ? '—' : WORD[j]);

