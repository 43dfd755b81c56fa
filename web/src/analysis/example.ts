/**
 * The example the page opens with: fistula healing at more than 3 and up to 6 months in
 * the randomised trials of mesenchymal stem cells for perianal fistulas, as tabulated by
 * Wang et al. 2023 (Stem Cell Res Ther 14:103, Table 3(b), column "> 3 months, <= 6
 * months"); the rows of data/msc-autoimmune/perianal-fistula-healing.csv with analysis
 * PF_6M (ai/n1i = healed/randomised with MSCs, ci/n2i = with control).
 */
import type { StudyTable } from './study-table.js';

const PF_6M: readonly (readonly [string, number, number, number, number])[] = [
  ['Herreros 2012 (FATT-1) [arms A+B combined]', 51, 124, 22, 59],
  ['Molendijk 2015 [3 dose arms combined]', 9, 15, 2, 6],
  ['Panes 2016 (ADMIRE-CD)', 53, 103, 36, 101],
  ['Garcia-Arranz 2020 (FISPAC)', 7, 23, 9, 21],
  ['Zhou 2020', 8, 11, 6, 11],
];

export const EXAMPLE_OPTIONS = { measure: 'RR', method: 'MH', higherIsBetter: true } as const;

export function exampleTable(): StudyTable {
  return {
    kind: 'binary',
    subgroups: false,
    rows: PF_6M.map(([study, ai, n1i, ci, n2i], id) => ({
      id,
      study,
      subgroup: '',
      values: { ai: String(ai), n1i: String(n1i), ci: String(ci), n2i: String(n2i) },
    })),
  };
}
