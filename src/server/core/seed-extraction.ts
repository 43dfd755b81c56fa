/**
 * The embedded review's extraction, entered into a working copy as one extractor's values:
 * one study per trial of data/msc-autoimmune/studies.csv (linked to its record, with its
 * characteristics), one outcome per planned RCT analysis, and each arm's value as the
 * source printed it (rct-arms.csv). Rows without data are left out, as are analyses whose
 * rows mix final values with changes from baseline or several instruments: those need a
 * person's choice, which a seed must not make, and outcomes whose direction the outcome
 * dictionary does not give (the "Favours" sides would be a guess). The values count as one extractor's
 * ("single" in chooseValues), so a second extractor's entries are compared with them.
 */
import type { ArmRecord, StudyRecord } from '../../review/evidence/types.js';
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { ReportedValue, StudyCharacteristics } from '../../review/extraction/types.js';
import { COUNT_CHARACTERISTICS, TEXT_CHARACTERISTICS } from '../../review/extraction/types.js';
import type { SqliteStore } from '../../store/sqlite/sqlite-store.js';

export const SEED_EXTRACTOR = 'msc-evidence';

const has = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** The arm's value in the store's terms, or null when the source printed none usable. */
export function reportedValue(a: ArmRecord): ReportedValue | null {
  if (!has(a.n)) return null;
  const n = a.n;
  if (has(a.events)) return { type: 'events', events: a.events, n };
  if (has(a.mean) && has(a.sd)) return { type: 'mean_sd', mean: a.mean, sd: a.sd, n };
  if (has(a.mean) && has(a.se)) return { type: 'mean_se', mean: a.mean, se: a.se, n };
  if (has(a.mean) && has(a.ci_lb) && has(a.ci_ub)) return { type: 'mean_ci', mean: a.mean, ci_lb: a.ci_lb, ci_ub: a.ci_ub, n };
  if (has(a.median)) {
    const opt = (k: 'q1' | 'q3' | 'min' | 'max') => (has(a[k]) ? { [k]: a[k] } : {});
    return { type: 'median', median: a.median, n, ...opt('q1'), ...opt('q3'), ...opt('min'), ...opt('max') };
  }
  return null;
}

/** The timepoint most rows give (the first of equals): rows may add a note, e.g. "<=3 months (follow-up 8 weeks …)". */
function mostCommon(xs: readonly string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}

function characteristics(s: StudyRecord): StudyCharacteristics {
  const out: Record<string, string | number | null> = {};
  for (const k of TEXT_CHARACTERISTICS) {
    const v = k === 'notes' ? '' : s[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  for (const k of COUNT_CHARACTERISTICS) if (s[k] !== null) out[k] = s[k];
  return out as StudyCharacteristics;
}

/** Seeds `store` (records already imported, sourceId = study_id); one transaction. Returns what was entered. */
export function seedExtraction(store: SqliteStore, base: EvidenceBase): { studies: number; outcomes: number; arms: number } {
  const ex = store.extraction;
  const by = SEED_EXTRACTOR;
  const recordOf = new Map(store.records().map((r) => [r.record.sourceId, r.id]));
  let arms = 0;
  let outcomes = 0;
  store.db.transaction(() => {
    store.addReviewer({ id: by, name: 'MSC evidence base (curated extraction)', canResolve: false });
    const studyId = new Map<string, number>();
    for (const s of base.studies) {
      const rec = recordOf.get(s.study_id);
      const study = ex.addStudy({ label: s.study_id, by, reports: rec === undefined ? [] : [rec] });
      studyId.set(s.study_id, study.id);
      ex.enterCharacteristics(study.id, characteristics(s), { extractor: by });
    }
    for (const plan of base.plans.analyses) {
      const rows = base.arms.filter((a) => a.analysis === plan.id).map((a) => ({ a, v: reportedValue(a) })).filter((r) => r.v !== null && studyId.has(r.a.study_id));
      if (rows.length === 0) continue;
      const kinds = new Set(rows.map((r) => `${r.a.outcome}|${r.a.value_type}|${r.v!.type === 'events' ? 'binary' : 'continuous'}`));
      if (kinds.size !== 1) continue;
      const first = rows[0].a;
      const def = base.dictionary[first.outcome];
      if (def === undefined) continue;
      ex.defineOutcome(
        {
          name: plan.id,
          type: rows[0].v!.type === 'events' ? 'binary' : 'continuous',
          unit: first.units,
          // an "improvement" is a change written so that more is better (src/review/evidence/types.ts)
          lowerIsBetter: first.value_type === 'improvement' ? false : def.lowerIsBetter,
          timepoint: mostCommon(rows.map((r) => r.a.timepoint)),
        },
        { by },
      );
      outcomes++;
      for (const { a, v } of rows) {
        ex.enterArm(studyId.get(a.study_id)!, plan.id, a.arm, { group: a.group, value: v! }, { extractor: by });
        arms++;
      }
    }
  })();
  return { studies: base.studies.length, outcomes, arms };
}
