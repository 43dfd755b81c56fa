/**
 * The reproduction table: for each pooled result a published review prints
 * (published-pooled.csv), metasift's result from the same (or the closest
 * available) studies, the difference, and the reason wherever they differ or the
 * data are missing. A result counts as reproduced when the estimate and its
 * printed CI bounds agree within half a unit of the last printed decimal. The
 * "as-published" plan model is used, with the published measure when it differs
 * from the plan's (e.g. an OR beside the plan's RR).
 */
import type { EvidenceBase } from '../../review/evidence/evidence-base.js';
import type { ComparativeMeasure } from '../../review/evidence/favours.js';
import type { PublishedRecord } from '../../review/evidence/types.js';
import { studyComparisons } from './comparisons.js';
import { poolRows, studyEffects } from './pool.js';
import { poolProportions } from './proportions.js';

export interface MetasiftValue {
  readonly measure: string;
  readonly k: number;
  readonly estimate: number;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly model: string;
  /** How the plan's rule chose the model, when pooled. */
  readonly choice: string | null;
}

export type ReproductionStatus = 'reproduced' | 'differs' | 'direction agrees' | 'direction differs' | 'not reproducible';

export interface ReproductionRow {
  readonly id: string;
  readonly review: string;
  readonly outcome: string;
  readonly published: { readonly measure: string; readonly k: number | null; readonly estimate: string; readonly ci_lb: string; readonly ci_ub: string; readonly direction: string };
  readonly compare_with: string;
  readonly metasift: MetasiftValue | null;
  /** metasift minus published estimate (natural scale); null when either is missing. */
  readonly difference: number | null;
  readonly status: ReproductionStatus;
  readonly reason: string;
  readonly source_url: string;
}

const COMPARATIVE: readonly string[] = ['RR', 'OR', 'RD', 'MD', 'SMD'];

/** Half a unit of the last printed decimal of a number printed as `text`. */
export function printedTolerance(text: string): number {
  const d = /\.(\d+)$/.exec(text.trim());
  return 0.5 * 10 ** -(d ? d[1].length : 0) + 1e-9;
}

function comparativeValue(base: EvidenceBase, id: string, measure: ComparativeMeasure): MetasiftValue | null {
  const a = base.plans.analyses.find((x) => x.id === id);
  const plan = base.plans.plans.find((p) => p.id === 'as-published');
  if (a === undefined || plan === undefined) return null;
  const usable = studyComparisons(base, a).filter((r) => r.missing === null);
  const effects = usable.length > 0 ? studyEffects(usable, measure, plan.model) : [];
  const ok = usable.filter((_, i) => Number.isFinite(effects[i].yi));
  if (ok.length === 0) return null;
  if (ok.length === 1) {
    const e = effects.find((x) => Number.isFinite(x.yi))!;
    return { measure, k: 1, estimate: e.estimate, ci_lb: e.ci_lb, ci_ub: e.ci_ub, model: 'single study', choice: null };
  }
  const { pooled } = poolRows(ok, measure, plan.model);
  return { measure, k: pooled.k, estimate: pooled.estimate, ci_lb: pooled.ci_lb, ci_ub: pooled.ci_ub, model: `${pooled.model} (${pooled.method})`, choice: pooled.choice };
}

function proportionValue(base: EvidenceBase, id: string): MetasiftValue | null {
  const a = base.plans.singleArm.analyses.find((x) => x.id === id);
  const plan = base.plans.plans.find((p) => p.id === 'as-published');
  if (a === undefined || plan === undefined || a.kind !== 'proportion') return null;
  const r = poolProportions(base, a, plan);
  if (r.k === 1) {
    const s = r.studies.find((x) => x.excluded === null)!;
    return { measure: 'PR', k: 1, estimate: s.proportion!, ci_lb: null, ci_ub: null, model: 'single cohort (events / n)', choice: null };
  }
  const p = r.pooled[0];
  return p ? { measure: p.measure, k: p.k, estimate: p.estimate, ci_lb: p.ci_lb, ci_ub: p.ci_ub, model: `${p.model} (${p.method})`, choice: p.choice } : null;
}

function value(base: EvidenceBase, p: PublishedRecord): MetasiftValue | null {
  if (p.compare_with === '') return null;
  if (base.plans.singleArm.analyses.some((a) => a.id === p.compare_with)) return proportionValue(base, p.compare_with);
  const plan = base.plans.analyses.find((a) => a.id === p.compare_with);
  const measure = (COMPARATIVE.includes(p.measure) ? p.measure : plan?.measure) as ComparativeMeasure;
  return comparativeValue(base, p.compare_with, measure);
}

function within(m: MetasiftValue, p: PublishedRecord): boolean {
  const pairs: [number | null, string][] = [[m.estimate, p.estimate], [m.ci_lb, p.ci_lb], [m.ci_ub, p.ci_ub]];
  return pairs.every(([x, s]) => s === '' || (x !== null && Math.abs(x - Number(s)) <= printedTolerance(s)));
}

function status(m: MetasiftValue | null, p: PublishedRecord): ReproductionStatus {
  if (m === null) return 'not reproducible';
  if (p.comparison === 'direction') {
    const significant = m.ci_lb !== null && m.ci_ub !== null && (m.ci_lb > 1 || m.ci_ub < 1);
    const agrees = p.reported_direction === 'no difference' ? !significant : significant && m.estimate > 1;
    return agrees ? 'direction agrees' : 'direction differs';
  }
  if (p.estimate === '') return 'not reproducible';
  return within(m, p) ? 'reproduced' : 'differs';
}

export function reproductionTable(base: EvidenceBase): ReproductionRow[] {
  return base.published.map((p) => {
    const m = value(base, p);
    const st = status(m, p);
    return {
      id: p.id,
      review: p.review,
      outcome: p.outcome,
      published: { measure: p.measure, k: p.k, estimate: p.estimate, ci_lb: p.ci_lb, ci_ub: p.ci_ub, direction: p.reported_direction },
      compare_with: p.compare_with,
      metasift: m,
      difference: m !== null && p.estimate !== '' ? m.estimate - Number(p.estimate) : null,
      status: st,
      reason: st === 'direction differs' && m?.choice ? `${p.reason} metasift: ${m.choice}` : p.reason,
      source_url: p.source_url,
    };
  });
}
