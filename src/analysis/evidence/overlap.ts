/**
 * The overlap rule for reports of the same patients (the data's README: never
 * pool more than one of Gu 2014, Wang 2013 and Wang 2018): among the usable rows
 * of an analysis whose cohorts share the plan's overlap group, keep the one with
 * the largest denominator; a tie goes to the earlier report (its year is read
 * from the study id). The others are returned with the reason they were dropped.
 */
export interface OverlapCandidate {
  readonly study_id: string;
  readonly n: number;
}

function year(id: string): number {
  const m = /(19|20)\d{2}/.exec(id);
  return m ? Number(m[0]) : Infinity;
}

export function applyOverlapRule<T extends OverlapCandidate>(rows: readonly T[], inGroup: (row: T) => boolean): { kept: T[]; dropped: { row: T; reason: string }[] } {
  const group = rows.filter(inGroup);
  if (group.length <= 1) return { kept: [...rows], dropped: [] };
  const best = [...group].sort((a, b) => b.n - a.n || year(a.study_id) - year(b.study_id))[0];
  return {
    kept: rows.filter((r) => !inGroup(r) || r === best),
    dropped: group.filter((r) => r !== best).map((row) => ({ row, reason: `overlaps ${best.study_id} (same patients); ${best.study_id} is kept as the larger (or, at equal size, earlier) report` })),
  };
}
