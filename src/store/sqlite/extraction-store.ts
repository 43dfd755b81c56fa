/**
 * ExtractionStore on the project's SQLite file (tables of migration 002). Every value is
 * checked by the domain (checkCharacteristics, checkArm, assessRob2, gradeCertainty)
 * inside the transaction that writes it; edits append events, so history is kept.
 * SqliteStore exposes one per connection as `store.extraction`.
 */
import type Database from 'better-sqlite3';
import type { RobStudy } from '../../plot/rob/judgements.js';
import { checkArm, checkCharacteristics, checkOutcome, chooseValues, discrepancies, ExtractionError, type ArmEntry, type ChosenValue, type Discrepancy, type ExtractedItem, type ItemKey, type Outcome, type OutcomeInput, type Study, type StudyCharacteristics, type StudyId } from '../../review/extraction/index.js';
import { gradeCertainty, type GradeInput, type GradeResult } from '../../review/grade/index.js';
import { assessRob2, compareRob2, robStudy, type Rob2Assessment, type Rob2Input } from '../../review/rob2/index.js';
import type { RecordId } from '../../review/screening/types.js';
import type { ExtractionEvent, ExtractionFilter, ExtractionStore, GradeRecord, ReconciledValue, Rob2Final, Rob2Record } from '../extraction-store.js';
import { StoreError } from '../review-store.js';

interface ItemRow { id: number; study_id: number; item: 'characteristics' | 'arm'; outcome: string | null; arm: string | null; data: string; who: string; why: string | null; before: string | null; at: string }
interface RobRow { id: number; study_id: number; outcome: string; who: string; input: string; result: string; why: string | null; at: string }
interface GradeRow { id: number; outcome: string; input: string; result: string; by: string; at: string }
interface OutcomeRow { id: number; name: string; type: Outcome['type']; unit: string; lower_is_better: number; timepoint: string }

const key = (r: ItemRow): ItemKey => (r.item === 'arm' ? { item: 'arm', outcome: r.outcome!, arm: r.arm! } : { item: 'characteristics' });
const toItem = (r: ItemRow): ExtractedItem => ({ studyId: r.study_id, key: key(r), extractor: r.why === null ? r.who : null, data: JSON.parse(r.data) }) as ExtractedItem;
const toEvent = (r: ItemRow): ExtractionEvent => ({ eventId: r.id, studyId: r.study_id, key: key(r), extractor: r.who, data: JSON.parse(r.data), before: r.before === null ? null : JSON.parse(r.before), at: r.at });
const toReconciled = (r: ItemRow): ReconciledValue => ({ eventId: r.id, studyId: r.study_id, key: key(r), data: JSON.parse(r.data), by: r.who, why: r.why!, at: r.at });
const toRob = (r: RobRow): Rob2Record => ({ eventId: r.id, studyId: r.study_id, outcome: r.outcome, by: r.who, input: JSON.parse(r.input), assessment: JSON.parse(r.result), why: r.why, at: r.at });
const toGrade = (r: GradeRow): GradeRecord => ({ eventId: r.id, outcome: r.outcome, input: JSON.parse(r.input), result: JSON.parse(r.result), by: r.by, at: r.at });
const toOutcome = (r: OutcomeRow): Outcome => ({ id: r.id, name: r.name, type: r.type, unit: r.unit, lowerIsBetter: r.lower_is_better === 1, timepoint: r.timepoint });

const ITEM_FILTER = `WHERE (@studyId IS NULL OR e.study_id = @studyId) AND (@outcome IS NULL OR e.outcome = @outcome) AND (@who IS NULL OR e.who = @who)`;
const items = (table: string, who: string, why: string, before: string) =>
  `SELECT * FROM (SELECT e.id, e.study_id, e.item, o.name AS outcome, e.arm, e.data, e.${who} AS who, ${why} AS why, ${before} AS before, e.at FROM ${table} e LEFT JOIN outcomes o ON o.id = e.outcome_id) e`;
const BEFORE = `(SELECT p.data FROM extraction_events p WHERE p.study_id = e.study_id AND p.item = e.item AND p.outcome_id IS e.outcome_id AND p.arm IS e.arm AND p.extractor = e.extractor AND p.id < e.id ORDER BY p.id DESC LIMIT 1)`;
const ROB = (table: string, who: string, why: string) =>
  `SELECT e.id, e.study_id, o.name AS outcome, e.${who} AS who, e.input, e.result, ${why} AS why, e.at FROM ${table} e JOIN outcomes o ON o.id = e.outcome_id WHERE (@studyId IS NULL OR e.study_id = @studyId) AND (@outcome IS NULL OR o.name = @outcome) ORDER BY e.study_id, e.id`;
const GRADE = (table: string) => `SELECT e.id, o.name AS outcome, e.input, e.result, e.by, e.at FROM ${table} e JOIN outcomes o ON o.id = e.outcome_id WHERE o.name = ? ORDER BY e.id`;

interface Params { studyId: number | null; outcome: string | null; who: string | null }

function statements(db: Database.Database) {
  const p = <P extends unknown[] | [object], R = unknown>(sql: string) => db.prepare(sql) as unknown as { run(...a: P): Database.RunResult; get(...a: P): R | undefined; all(...a: P): R[] };
  return {
    insertStudy: p<[string, string, string]>(`INSERT INTO studies (label, added_by, added_at) VALUES (?, ?, ?)`),
    linkReport: p<[number, number, string, string]>(`INSERT INTO study_reports (study_id, record_id, linked_by, linked_at) VALUES (?, ?, ?, ?)`),
    study: p<[number], { id: number; label: string; reports: string }>(`SELECT s.id, s.label, (SELECT json_group_array(record_id) FROM (SELECT record_id FROM study_reports r WHERE r.study_id = s.id ORDER BY r.linked_at, r.rowid)) AS reports FROM studies s WHERE s.id = ?`),
    studyIds: p<[], { id: number }>(`SELECT id FROM studies ORDER BY id`),
    recordExists: p<[number], { id: number }>(`SELECT id FROM records WHERE id = ?`),
    reviewerExists: p<[string], { id: string }>(`SELECT id FROM reviewers WHERE id = ?`),
    insertOutcome: p<[string, string, string, number, string, string, string]>(`INSERT INTO outcomes (name, type, unit, lower_is_better, timepoint, defined_by, defined_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    outcome: p<[string], OutcomeRow>(`SELECT * FROM outcomes WHERE name = ?`),
    outcomes: p<[], OutcomeRow>(`SELECT * FROM outcomes ORDER BY id`),
    insertExtraction: p<[number, string, number | null, string | null, string, string, string]>(`INSERT INTO extraction_events (study_id, item, outcome_id, arm, data, extractor, at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertReconciliation: p<[number, string, number | null, string | null, string, string, string, string]>(`INSERT INTO extraction_reconciliations (study_id, item, outcome_id, arm, data, by, why, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    extractionEvent: p<[number], ItemRow>(`${items('extraction_events', 'extractor', 'NULL', BEFORE)} WHERE e.id = ?`),
    reconciliationEvent: p<[number], ItemRow>(`${items('extraction_reconciliations', 'by', 'e.why', 'NULL')} WHERE e.id = ?`),
    currentExtractions: p<[Params], ItemRow>(`${items('current_extractions', 'extractor', 'NULL', 'NULL')} ${ITEM_FILTER} ORDER BY e.study_id, e.id`),
    currentReconciliations: p<[Params], ItemRow>(`${items('current_extraction_reconciliations', 'by', 'e.why', 'NULL')} ${ITEM_FILTER} ORDER BY e.study_id, e.id`),
    characteristicExtractions: p<[], ItemRow>(`${items('current_extractions', 'extractor', 'NULL', 'NULL')} WHERE e.item = 'characteristics' ORDER BY e.study_id, e.id`),
    characteristicReconciliations: p<[], ItemRow>(`${items('current_extraction_reconciliations', 'by', 'e.why', 'NULL')} WHERE e.item = 'characteristics' ORDER BY e.study_id, e.id`),
    extractionHistory: p<[number], ItemRow>(`${items('extraction_events', 'extractor', 'NULL', BEFORE)} WHERE e.study_id = ? ORDER BY e.id`),
    insertRob: p<[number, number, string, string, string, string]>(`INSERT INTO rob2_events (study_id, outcome_id, assessor, input, result, at) VALUES (?, ?, ?, ?, ?, ?)`),
    insertRobReconciliation: p<[number, number, string, string, string, string, string]>(`INSERT INTO rob2_reconciliations (study_id, outcome_id, input, result, by, why, at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    currentRob: p<[{ studyId: number | null; outcome: string | null }], RobRow>(ROB('current_rob2', 'assessor', 'NULL')),
    robHistory: p<[{ studyId: number | null; outcome: string | null }], RobRow>(ROB('rob2_events', 'assessor', 'NULL')),
    currentRobReconciliations: p<[{ studyId: number | null; outcome: string | null }], RobRow>(ROB('current_rob2_reconciliations', 'by', 'e.why')),
    insertGrade: p<[number, string, string, string, string]>(`INSERT INTO grade_events (outcome_id, input, result, by, at) VALUES (?, ?, ?, ?, ?)`),
    currentGrade: p<[string], GradeRow>(GRADE('current_grade')),
    gradeHistory: p<[string], GradeRow>(GRADE('grade_events')),
  };
}

export class SqliteExtractionStore implements ExtractionStore {
  private readonly st: ReturnType<typeof statements>;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
  ) {
    this.st = statements(db);
  }

  addStudy(input: { label: string; by: string; reports?: readonly RecordId[] }): Study {
    return this.db.transaction(() => {
      if (typeof input.label !== 'string' || input.label.trim() === '') throw new StoreError(`addStudy: 'label' should name the study (e.g. "Li 2021"), not ${JSON.stringify(input.label)}.`);
      this.requireText(input.by, 'addStudy', 'by');
      const id = Number(this.st.insertStudy.run(input.label, input.by, this.now()).lastInsertRowid);
      for (const r of input.reports ?? []) this.linkReport(id, r, { by: input.by });
      return this.study(id)!;
    })();
  }

  linkReport(studyId: StudyId, recordId: RecordId, opts: { by: string }): Study {
    this.requireStudy(studyId, 'linkReport');
    if (!Number.isInteger(recordId) || !this.st.recordExists.get(recordId)) throw new StoreError(`linkReport: unknown record ${JSON.stringify(recordId)}.`);
    this.requireText(opts.by, 'linkReport', 'by');
    this.st.linkReport.run(studyId, recordId, opts.by, this.now());
    return this.study(studyId)!;
  }

  study(id: StudyId): Study | undefined {
    const r = this.st.study.get(id);
    return r && { id: r.id, label: r.label, reports: JSON.parse(r.reports) as number[] };
  }

  studies(): Study[] {
    return this.st.studyIds.all().map((r) => this.study(r.id)!);
  }

  defineOutcome(input: OutcomeInput, opts: { by: string }): Outcome {
    this.wrap(() => checkOutcome(input), 'defineOutcome');
    this.requireText(opts.by, 'defineOutcome', 'by');
    if (this.outcome(input.name)) throw new StoreError(`defineOutcome: the outcome '${input.name}' is already defined.`);
    this.st.insertOutcome.run(input.name, input.type, input.unit, input.lowerIsBetter ? 1 : 0, input.timepoint, opts.by, this.now());
    return this.outcome(input.name)!;
  }

  outcome(name: string): Outcome | undefined {
    const r = this.st.outcome.get(name);
    return r && toOutcome(r);
  }

  outcomes(): Outcome[] {
    return this.st.outcomes.all().map(toOutcome);
  }

  enterCharacteristics(studyId: StudyId, values: StudyCharacteristics, opts: { extractor: string }): ExtractionEvent {
    return this.enter(studyId, { item: 'characteristics' }, values, opts.extractor, 'enterCharacteristics');
  }

  enterArm(studyId: StudyId, outcome: string, arm: string, entry: ArmEntry, opts: { extractor: string }): ExtractionEvent {
    return this.enter(studyId, { item: 'arm', outcome, arm }, entry, opts.extractor, 'enterArm');
  }

  extractions(f: ExtractionFilter = {}): ExtractedItem[] {
    return this.st.currentExtractions.all({ studyId: f.studyId ?? null, outcome: f.outcome ?? null, who: f.extractor ?? null }).map(toItem);
  }

  extractionHistory(studyId: StudyId): ExtractionEvent[] {
    return this.st.extractionHistory.all(studyId).map(toEvent);
  }

  reconcile(studyId: StudyId, k: ItemKey, data: StudyCharacteristics | ArmEntry, opts: { by: string; why: string }): ReconciledValue {
    return this.db.transaction(() => {
      const outcomeId = this.checkItem(studyId, k, data, 'reconcile');
      this.requireReviewer(opts.by, 'reconcile', 'by');
      this.requireText(opts.why, 'reconcile', 'why');
      const id = this.st.insertReconciliation.run(studyId, k.item, outcomeId, k.item === 'arm' ? k.arm : null, JSON.stringify(data), opts.by, opts.why, this.now()).lastInsertRowid;
      return toReconciled(this.st.reconciliationEvent.get(Number(id))!);
    })();
  }

  reconciliations(f: Omit<ExtractionFilter, 'extractor'> = {}): ReconciledValue[] {
    return this.st.currentReconciliations.all({ studyId: f.studyId ?? null, outcome: f.outcome ?? null, who: null }).map(toReconciled);
  }

  discrepancies(f: Omit<ExtractionFilter, 'extractor'> = {}): Discrepancy[] {
    const params = { studyId: f.studyId ?? null, outcome: f.outcome ?? null, who: null };
    return discrepancies(this.st.currentExtractions.all(params).map(toItem), this.st.currentReconciliations.all(params).map(toItem));
  }

  armValues(outcome: string): { chosen: ChosenValue[]; unresolved: ExtractedItem[][] } {
    this.requireOutcome(outcome, 'armValues');
    const params = { studyId: null, outcome, who: null };
    const arms = (rows: ItemRow[]) => rows.filter((r) => r.item === 'arm').map(toItem);
    return chooseValues(arms(this.st.currentExtractions.all(params)), arms(this.st.currentReconciliations.all(params)));
  }

  characteristicValues(): { chosen: ChosenValue[]; unresolved: ExtractedItem[][] } {
    // only the characteristics rows are read (and parsed), not every arm of every outcome
    return chooseValues(this.st.characteristicExtractions.all().map(toItem), this.st.characteristicReconciliations.all().map(toItem));
  }

  assessRob2(studyId: StudyId, outcome: string, input: Rob2Input, opts: { assessor: string }): Rob2Record {
    return this.db.transaction(() => {
      const [outcomeId, result] = this.checkRob(studyId, outcome, input, 'assessRob2');
      this.requireReviewer(opts.assessor, 'assessRob2', 'assessor');
      this.st.insertRob.run(studyId, outcomeId, opts.assessor, JSON.stringify(input), JSON.stringify(result), this.now());
      return this.rob2History(studyId, outcome).at(-1)!;
    })();
  }

  rob2(f: { studyId?: StudyId; outcome?: string } = {}): Rob2Record[] {
    return this.st.currentRob.all({ studyId: f.studyId ?? null, outcome: f.outcome ?? null }).map(toRob);
  }

  rob2History(studyId: StudyId, outcome: string): Rob2Record[] {
    return this.st.robHistory.all({ studyId, outcome }).map(toRob);
  }

  reconcileRob2(studyId: StudyId, outcome: string, input: Rob2Input, opts: { by: string; why: string }): Rob2Record {
    return this.db.transaction(() => {
      const [outcomeId, result] = this.checkRob(studyId, outcome, input, 'reconcileRob2');
      this.requireReviewer(opts.by, 'reconcileRob2', 'by');
      this.requireText(opts.why, 'reconcileRob2', 'why');
      this.st.insertRobReconciliation.run(studyId, outcomeId, JSON.stringify(input), JSON.stringify(result), opts.by, opts.why, this.now());
      return this.rob2Reconciliations({ studyId, outcome })[0];
    })();
  }

  rob2Reconciliations(f: { studyId?: StudyId; outcome?: string } = {}): Rob2Record[] {
    return this.st.currentRobReconciliations.all({ studyId: f.studyId ?? null, outcome: f.outcome ?? null }).map(toRob);
  }

  rob2Final(outcome: string): { studies: Rob2Final[]; unresolved: StudyId[] } {
    this.requireOutcome(outcome, 'rob2Final');
    const reconciled = new Map(this.rob2Reconciliations({ outcome }).map((r) => [r.studyId, r]));
    const byStudy = new Map<number, Rob2Record[]>();
    for (const r of this.rob2({ outcome })) byStudy.set(r.studyId, [...(byStudy.get(r.studyId) ?? []), r]);
    const studies: Rob2Final[] = [];
    const unresolved: StudyId[] = [];
    for (const s of this.studies()) {
      const rec = reconciled.get(s.id);
      const all = byStudy.get(s.id) ?? [];
      const judged = (x: Rob2Record) => compareRob2(all[0].input, x.input).every((d) => !/^(D\d|overall)$/.test(d.what));
      if (rec) studies.push({ studyId: s.id, label: s.label, source: 'reconciled', assessment: rec.assessment });
      else if (all.length === 1) studies.push({ studyId: s.id, label: s.label, source: 'single', assessment: all[0].assessment });
      else if (all.length > 1 && all.every(judged)) studies.push({ studyId: s.id, label: s.label, source: 'agreed', assessment: all[0].assessment });
      else if (all.length > 1) unresolved.push(s.id);
    }
    return { studies, unresolved };
  }

  robPlotStudies(outcome: string, weights?: Readonly<Record<string, number>>): RobStudy[] {
    return this.rob2Final(outcome).studies.map((s) => robStudy(s.label, s.assessment, weights?.[s.label]));
  }

  rateGrade(outcome: string, input: GradeInput, opts: { by: string }): GradeRecord {
    return this.db.transaction(() => {
      const o = this.requireOutcome(outcome, 'rateGrade');
      const result: GradeResult = this.wrap(() => gradeCertainty(input), 'rateGrade');
      this.requireReviewer(opts.by, 'rateGrade', 'by');
      this.st.insertGrade.run(o.id, JSON.stringify(input), JSON.stringify(result), opts.by, this.now());
      return this.grade(outcome)!;
    })();
  }

  grade(outcome: string): GradeRecord | undefined {
    const r = this.st.currentGrade.get(outcome);
    return r && toGrade(r);
  }

  gradeHistory(outcome: string): GradeRecord[] {
    return this.st.gradeHistory.all(outcome).map(toGrade);
  }

  private enter(studyId: StudyId, k: ItemKey, data: StudyCharacteristics | ArmEntry, extractor: string, method: string): ExtractionEvent {
    return this.db.transaction(() => {
      const outcomeId = this.checkItem(studyId, k, data, method);
      this.requireReviewer(extractor, method, 'extractor');
      const id = this.st.insertExtraction.run(studyId, k.item, outcomeId, k.item === 'arm' ? k.arm : null, JSON.stringify(data), extractor, this.now()).lastInsertRowid;
      return toEvent(this.st.extractionEvent.get(Number(id))!);
    })();
  }

  /** Checks an item's key and value; returns its outcome id (null for characteristics). */
  private checkItem(studyId: StudyId, k: ItemKey, data: StudyCharacteristics | ArmEntry, method: string): number | null {
    this.requireStudy(studyId, method);
    if (k.item === 'characteristics') {
      this.wrap(() => checkCharacteristics(data as StudyCharacteristics), method);
      return null;
    }
    if (k.item !== 'arm') throw new StoreError(`${method}: unknown item ${JSON.stringify((k as { item: unknown }).item)}: expected characteristics or arm.`);
    const o = this.requireOutcome(k.outcome, method);
    this.requireText(k.arm, method, 'arm');
    this.wrap(() => checkArm(data as ArmEntry, o.type), `${method} (study ${this.study(studyId)!.label}, ${o.name}, arm ${k.arm})`);
    return o.id;
  }

  private checkRob(studyId: StudyId, outcome: string, input: Rob2Input, method: string): [number, Rob2Assessment] {
    this.requireStudy(studyId, method);
    const o = this.requireOutcome(outcome, method);
    return [o.id, this.wrap(() => assessRob2(input), method)];
  }

  /** Domain errors keep their type and field, with the method that refused the value in front. */
  private wrap<T>(fn: () => T, method: string): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ExtractionError) throw new ExtractionError(`${method}: ${e.message}`, e.field);
      if (e instanceof Error && (e.name === 'Rob2Error' || e.name === 'GradeError' || e.name === 'InputError')) e.message = `${method}: ${e.message}`;
      throw e;
    }
  }

  private requireStudy(id: StudyId, method: string): void {
    if (!Number.isInteger(id) || !this.st.study.get(id)) throw new StoreError(`${method}: unknown study ${JSON.stringify(id)}.`);
  }

  private requireOutcome(name: string, method: string): Outcome {
    const o = this.outcome(name);
    if (!o) throw new StoreError(`${method}: unknown outcome ${JSON.stringify(name)}: define it first (defined: ${this.outcomes().map((x) => x.name).join(', ') || 'none'}).`);
    return o;
  }

  private requireReviewer(id: string, method: string, field: string): void {
    if (typeof id !== 'string' || !this.st.reviewerExists.get(id)) throw new StoreError(`${method}: unknown '${field}' ${JSON.stringify(id)}: add the reviewer to the project first.`);
  }

  private requireText(v: unknown, method: string, field: string): void {
    if (typeof v !== 'string' || v.trim() === '') throw new StoreError(`${method}: '${field}' is required (text), not ${JSON.stringify(v)}.`);
  }
}

const STORES = new WeakMap<Database.Database, SqliteExtractionStore>();

/** One extraction store per connection (statements prepared once). */
export function extractionStore(db: Database.Database, now: () => string): SqliteExtractionStore {
  let s = STORES.get(db);
  if (!s) STORES.set(db, (s = new SqliteExtractionStore(db, now)));
  return s;
}
