/**
 * Checks across the evidence files, each failure a FileFormatError naming the
 * file, line and column of the row at fault: every study and cohort a row names
 * exists; every outcome is in the dictionary, with a unit it can convert; every
 * analysis a row names is planned; arms of one study in one analysis agree on
 * the outcome and have one control; and no planned analysis could pool two
 * reports of the same overlapping patients without the overlap rule knowing.
 */
import { FileFormatError } from '../../io/errors.js';
import type { EvidenceBase } from './evidence-base.js';
import type { OutcomeDictionary } from './dictionary.js';
import type { Provenance } from './types.js';

function fail(row: Provenance, column: string, message: string): never {
  throw new FileFormatError(message, { file: row.file, line: row.line, column });
}

function checkOutcome(dict: OutcomeDictionary, row: Provenance & { outcome: string }, units?: string): void {
  const def = dict[row.outcome];
  if (def === undefined) fail(row, 'outcome', `'${row.outcome}' is not in the outcome dictionary, so its direction is unknown`);
  if (units !== undefined && def.type === 'continuous' && units !== def.unit && def.unitFactors[units] === undefined && !units.startsWith(def.unit)) {
    fail(row, 'units', `'${units}' is neither the dictionary's unit for ${row.outcome} ('${def.unit}') nor one it can convert`);
  }
}

export function validateEvidence(base: EvidenceBase): void {
  const studies = new Set(base.studies.map((s) => s.study_id));
  const cohorts = new Set(base.cohorts.map((c) => c.study_id));
  const planned = new Set([...base.plans.analyses.map((a) => a.id), ...base.plans.singleArm.analyses.map((a) => a.id)]);
  for (const a of base.arms) {
    if (!studies.has(a.study_id)) fail(a, 'study_id', `'${a.study_id}' is not in studies.csv`);
    checkOutcome(base.dictionary, a, a.units);
    if (a.analysis !== '' && !planned.has(a.analysis)) fail(a, 'analysis', `'${a.analysis}' is not an analysis of analysis-plans.json`);
  }
  const controls = new Map<string, number>();
  for (const a of base.arms.filter((x) => x.analysis !== '' && x.group === 'control')) {
    const key = `${a.analysis}\u0000${a.study_id}`;
    if (controls.has(key)) fail(a, 'group', `${a.study_id} has a second control arm in ${a.analysis}: a shared control appears once`);
    controls.set(key, a.line);
  }
  for (const r of [...base.events, ...base.prepost]) {
    if (!cohorts.has(r.study_id)) fail(r, 'study_id', `'${r.study_id}' is not in single-arm-cohorts.csv`);
    checkOutcome(base.dictionary, r, 'units' in r ? r.units : undefined);
    if (r.analysis !== '' && !planned.has(r.analysis)) fail(r, 'analysis', `'${r.analysis}' is not an analysis of analysis-plans.json`);
  }
  for (const a of base.plans.analyses) {
    if (base.dictionary[a.outcome] === undefined) {
      throw new FileFormatError(`the outcome '${a.outcome}' of analysis ${a.id} is not in the outcome dictionary`, { file: 'analysis-plans.json', column: `analyses.${a.id}.outcome` });
    }
  }
  for (const p of base.published) {
    if (p.compare_with !== '' && !planned.has(p.compare_with)) {
      throw new FileFormatError(`'${p.compare_with}' is not an analysis of analysis-plans.json`, { file: p.file, line: p.line, column: 'compare_with' });
    }
  }
}
