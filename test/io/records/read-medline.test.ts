import { describe, expect, it } from 'vitest';
import { readMedline } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readMedline', () => {
  const { records } = readMedline(sample('awkward.nbib'), 'awkward.nbib');

  it('readMedline(nbib) joins wrapped lines, prefers FAU and JT, and finds the DOI and trial number', () => {
    expect(records[0]).toEqual({
      sourceId: '31234567',
      pmid: '31234567',
      source: { database: 'PubMed', file: 'awkward.nbib', line: 2 },
      type: 'Journal Article',
      title: 'Mesenchymal stem cells for decompensated cirrhosis: a randomised, double-blind, placebo-controlled trial.',
      authors: ['Müller, Jürgen', 'Zhang, San'],
      year: 2019,
      journal: 'Journal of hepatology',
      volume: '70',
      issue: '3',
      pages: '451-460',
      abstract: 'BACKGROUND: Mesenchymal stem cells (MSCs) may improve liver function. METHODS: We randomised 120 patients.',
      keywords: ['*Liver Cirrhosis/therapy', 'Mesenchymal Stem Cell Transplantation/*methods', 'MSC'],
      doi: '10.1016/j.jhep.2018.11.001',
      registrations: ['NCT01234567'],
      language: 'eng',
      extra: {
        OWN: 'NLM',
        STAT: 'MEDLINE',
        IS: '0168-8278 (Print)',
        DP: '2019 Mar',
        LID: '10.1016/j.jhep.2018.11.001 [doi]',
        AU: 'Müller J\nZhang S',
        SI: 'ClinicalTrials.gov/NCT01234567',
        TA: 'J Hepatol',
        PT: 'Randomized Controlled Trial',
        AID: 'S0168-8278(18)32550-1 [pii]',
      },
    });
  });

  it('readMedline(Chinese article) keeps the original-language TT as altTitle and a bare DP out of extra', () => {
    expect(records[1]).toEqual({
      sourceId: '32000001',
      pmid: '32000001',
      source: { database: 'PubMed', file: 'awkward.nbib', line: 31 },
      type: 'Journal Article',
      title: '[Clinical study of umbilical cord MSCs in liver failure].',
      altTitle: '脐带间充质干细胞治疗肝衰竭的临床研究',
      authors: ['Li S'],
      year: 2020,
      journal: 'Zhonghua Gan Zang Bing Za Zhi',
      pages: '12-5',
      language: 'chi',
    });
  });

  it('readMedline(unindented continuation) names the line', () => {
    expect(formatError(() => readMedline(sample('broken.nbib'), 'broken.nbib')).message).toBe(
      'broken.nbib, line 6: this line is neither a MEDLINE field ("TAG - value") nor a continuation indented by six spaces',
    );
  });

  it('readMedline(record not starting with PMID) says so', () => {
    expect(formatError(() => readMedline('TI  - x\n', 'p.txt')).message).toMatch(/^p\.txt, line 1: a MEDLINE record must start with a "PMID- " line/);
  });
});
