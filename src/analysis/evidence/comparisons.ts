/**
 * The study rows of one planned analysis: the arm rows it names (and those of
 * its include sets), grouped by study, with the MSC arms of a multi-arm trial
 * combined against their shared control by combineBinaryArms or combineArms
 * (Cochrane Handbook 6.5.2.10), in metafor's column names (ai, n1i, ci, n2i or
 * m1i, sd1i, n1i, m2i, sd2i, n2i; group 1 is MSC). A study that cannot enter the
 * pooling keeps its printed arms and says what is missing.
 */
import { combineArms, combineBinaryArms } from '../../stats/conversions/index.js';
import type { OutcomeDef, OutcomeDictionary } from '../../review/evidence/dictionary.js';
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { PlannedAnalysis } from '../../review/evidence/plans.js';
import type { ArmRecord, Flag, StudyRecord } from '../../review/evidence/types.js';
import { armSummary } from './arm-summary.js';

export interface StudyComparison {
  readonly study_id: string;
  readonly label: string;
  readonly condition: string;
  readonly msc_source: string;
  readonly outcome: string;
  readonly timepoint: string;
  /** 'change' covers improvement rows after their sign is harmonised. */
  readonly value_type: 'final' | 'change';
  readonly arms: readonly ArmRecord[];
  readonly ai: number | null;
  readonly ci: number | null;
  readonly n1i: number | null;
  readonly n2i: number | null;
  readonly m1i: number | null;
  readonly sd1i: number | null;
  readonly m2i: number | null;
  readonly sd2i: number | null;
  /** Conversions applied, in words (arms combined, median → mean, units, sign). */
  readonly conversions: readonly string[];
  readonly flags: readonly Flag[];
  readonly flagNotes: readonly string[];
  readonly sources: readonly { readonly url: string; readonly location: string }[];
  /** Why the study cannot be pooled; null when it can. */
  readonly missing: string | null;
}

function rowsOf(base: EvidenceBase, analysis: PlannedAnalysis): ArmRecord[] {
  const own = base.arms.filter((a) => a.analysis === analysis.id);
  const extra = analysis.include.flatMap((inc) => base.arms.filter((a) => a.analysis === inc.analysis && inc.studies.includes(a.study_id)));
  return [...extra, ...own];
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function binary(msc: readonly ArmRecord[], ctrl: ArmRecord | undefined): Pick<StudyComparison, 'ai' | 'n1i' | 'ci' | 'n2i' | 'conversions' | 'missing'> {
  const absent = [...msc, ...(ctrl ? [ctrl] : [])].filter((a) => a.events === null || a.n === null).map((a) => `${a.group === 'msc' ? 'MSC' : 'control'} arm '${a.arm}': ${a.events === null ? 'events' : 'n'} not printed`);
  if (ctrl === undefined) absent.push('no control arm');
  const none = { ai: null, n1i: null, ci: null, n2i: null, conversions: [] };
  if (absent.length > 0) return { ...none, missing: absent.join('; ') };
  const m = combineBinaryArms(msc.map((a) => ({ events: a.events!, n: a.n! })));
  return {
    ai: m.events,
    n1i: m.n,
    ci: ctrl!.events,
    n2i: ctrl!.n,
    conversions: msc.length > 1 ? [`${msc.length} MSC arms combined against the shared control (combineBinaryArms)`] : [],
    missing: null,
  };
}

function continuous(msc: readonly ArmRecord[], ctrl: ArmRecord | undefined, def: OutcomeDef): Pick<StudyComparison, 'm1i' | 'sd1i' | 'n1i' | 'm2i' | 'sd2i' | 'n2i' | 'conversions' | 'missing'> {
  const none = { m1i: null, sd1i: null, n1i: null, m2i: null, sd2i: null, n2i: null, conversions: [] };
  if (ctrl === undefined) return { ...none, missing: 'no control arm' };
  const sm = msc.map((a) => armSummary(a, def));
  const sc = armSummary(ctrl, def);
  const bad = [...sm, sc].flatMap((s) => ('missing' in s ? [s.missing] : []));
  if (bad.length > 0) return { ...none, missing: bad.join('; ') };
  const okM = sm.map((s) => (s.ok ? s : undefined)!);
  const okC = sc.ok ? sc : undefined!;
  const g = combineArms(okM.map((s) => ({ n: s.n, mean: s.mean, sd: s.sd })));
  const steps = uniq([...okM.flatMap((s) => s.steps), ...okC.steps]);
  if (msc.length > 1) steps.push(`${msc.length} MSC arms combined against the shared control (combineArms)`);
  return { m1i: g.mean, sd1i: g.sd, n1i: g.n, m2i: okC.mean, sd2i: okC.sd, n2i: okC.n, conversions: steps, missing: null };
}

export function studyComparisons(base: EvidenceBase, analysis: PlannedAnalysis, dictionary: OutcomeDictionary = base.dictionary): StudyComparison[] {
  const rows = rowsOf(base, analysis);
  const studies = new Map<string, StudyRecord>(base.studies.map((s) => [s.study_id, s]));
  return uniq(rows.map((r) => r.study_id)).map((id) => {
    const arms = rows.filter((r) => r.study_id === id);
    const msc = arms.filter((a) => a.group === 'msc');
    const ctrl = arms.find((a) => a.group === 'control');
    const def = dictionary[arms[0].outcome];
    const s = studies.get(id)!;
    const values = def.type === 'binary' ? binary(msc, ctrl) : continuous(msc, ctrl, def);
    return {
      study_id: id,
      label: s.label,
      condition: s.condition,
      msc_source: s.msc_source,
      outcome: arms[0].outcome,
      timepoint: arms[0].timepoint,
      value_type: arms[0].value_type === 'final' ? 'final' : 'change',
      arms,
      ai: null, ci: null, m1i: null, sd1i: null, m2i: null, sd2i: null,
      ...values,
      flags: uniq(arms.flatMap((a) => a.flags)),
      flagNotes: uniq(arms.map((a) => a.flag_note).filter((x) => x !== '')),
      sources: uniq(arms.map((a) => `${a.source_url}\u0000${a.source_location}`)).map((k) => {
        const [url, location] = k.split('\u0000');
        return { url, location };
      }),
    } as StudyComparison;
  });
}
