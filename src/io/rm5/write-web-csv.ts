/**
 * Writes the data rows of a review as a RevMan Web data-rows CSV (data package
 * version 1 columns), so that the analyses can be imported into RevMan Web.
 * Study rows keep RevMan's stored per-study weight and estimate when present.
 */
import type { Rm5Review } from './types.js';

const COLUMNS = [
  'Analysis group', 'Analysis number', 'Analysis name', 'Subgroup', 'Applicability', 'Study', 'Study year',
  'GIV Mean', 'GIV SE', 'Experimental mean', 'Experimental SD', 'Experimental cases', 'Experimental N',
  'Control mean', 'Control SD', 'Control cases', 'Control N', 'O-E', 'Variance', 'Weight', 'Mean', 'CI start', 'CI end', 'Footnotes',
];

const ATTRIBUTE: Readonly<Record<string, string>> = {
  'Experimental mean': 'MEAN_1', 'Experimental SD': 'SD_1', 'Experimental cases': 'EVENTS_1', 'Experimental N': 'TOTAL_1',
  'Control mean': 'MEAN_2', 'Control SD': 'SD_2', 'Control cases': 'EVENTS_2', 'Control N': 'TOTAL_2',
  'O-E': 'O_E', Variance: 'VAR', Weight: 'WEIGHT', Mean: 'EFFECT_SIZE', 'CI start': 'CI_START', 'CI end': 'CI_END',
};

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeRevmanWebCsv(review: Rm5Review): string {
  const names = new Map(review.studies.map((s) => [s.id, s]));
  const lines = [COLUMNS.join(',')];
  review.comparisons.forEach((c, ci) => {
    c.outcomes.forEach((o, oi) => {
      const groups = o.subgroups.length > 0 ? o.subgroups.map((g) => ({ name: g.name, rows: g.rows })) : [{ name: '', rows: o.rows }];
      for (const g of groups) {
        for (const r of g.rows) {
          const study = names.get(r.studyId);
          const value = (col: string): string => {
            if (col === 'Analysis group') return String(Number(c.attributes.NO ?? ci + 1));
            if (col === 'Analysis number') return String(Number(o.attributes.NO ?? oi + 1));
            if (col === 'Analysis name') return o.name;
            if (col === 'Subgroup') return g.name;
            if (col === 'Applicability') return 'SUBGROUP_AND_OVERALL';
            if (col === 'Study') return study?.name ?? r.studyId.replace(/^STD-/, '');
            if (col === 'Study year') return study?.year ?? '';
            if (col === 'GIV Mean') return o.type === 'IV' ? (r.attributes.EFFECT_SIZE ?? '') : '';
            if (col === 'GIV SE') return o.type === 'IV' ? (r.attributes.SE ?? '') : '';
            const a = ATTRIBUTE[col];
            return a === undefined ? '' : (r.attributes[a] ?? '');
          };
          lines.push(COLUMNS.map((col) => csvCell(value(col))).join(','));
        }
      }
    });
  });
  return lines.join('\n') + '\n';
}
