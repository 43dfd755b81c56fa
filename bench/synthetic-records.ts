/** n plausible bibliographic records (about 1 kB each, a third with Chinese titles), deterministic. */
import type { BibRecord } from '../src/review/records/types.js';

export function syntheticRecords(n: number, database = 'PubMed', file = 'synthetic.nbib'): BibRecord[] {
  const out: BibRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const zh = i % 3 === 0;
    out[i] = {
      sourceId: String(10_000_000 + i),
      source: { database, file, line: 1 + i * 20 },
      type: 'Journal Article',
      title: zh ? `间充质干细胞治疗系统性红斑狼疮的随机对照试验 ${i}` : `Mesenchymal stem cells for autoimmune disease: a randomised trial ${i}`,
      authors: [`Author ${i % 997}`, `Zhang W${i % 101}`, `Li X${i % 53}`],
      year: 1990 + (i % 35),
      journal: zh ? '中华医学杂志' : 'Stem Cell Research & Therapy',
      volume: String(1 + (i % 40)),
      pages: `${i % 500}-${(i % 500) + 9}`,
      abstract: 'Background: mesenchymal stem cells (MSC) were given intravenously. Methods: patients were randomised to MSC or placebo. '.repeat(4),
      keywords: ['mesenchymal stem cells', 'lupus', 'randomized controlled trial'],
      doi: `10.1000/msc.${i}`,
      pmid: String(10_000_000 + i),
      language: zh ? 'chi' : 'eng',
    };
  }
  return out;
}
