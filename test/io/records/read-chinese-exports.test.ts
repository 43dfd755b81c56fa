import { describe, expect, it } from 'vitest';
import { readEndnoteTagged, readNoteExpress } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readNoteExpress', () => {
  const { records } = readNoteExpress(sample('cnki.txt'), 'cnki.txt');

  it('readNoteExpress(CNKI export) splits "张三;李四;" and continues the abstract', () => {
    expect(records[0]).toEqual({
      sourceId: '1',
      source: { database: 'CNKI', file: 'cnki.txt', line: 1 },
      type: 'Journal Article',
      title: '间充质干细胞治疗失代偿期肝硬化的临床研究',
      authors: ['张三', '李四'],
      year: 2019,
      journal: '中华肝脏病杂志',
      volume: '27',
      issue: '05',
      pages: '345-349',
      abstract: '目的：探讨疗效。方法：120例患者（ChiCTR1800015678）。\n结果：MELD评分下降。',
      keywords: ['间充质干细胞', '肝硬化'],
      registrations: ['ChiCTR1800015678'],
      extra: { 'Author Address': '某大学附属医院消化科;', 'ISBN/ISSN': '1007-3418', Notes: '11-3737/R', 'Database Provider': 'CNKI' },
    });
  });

  it('readNoteExpress(Wanfang export) splits on full-width punctuation and names the provider Wanfang', () => {
    expect(records[1]).toEqual({
      sourceId: '2',
      source: { database: 'Wanfang', file: 'cnki.txt', line: 17 },
      type: 'Journal Article',
      title: '脐带间充质干细胞的安全性',
      authors: ['王五', '赵六'],
      year: 2020,
      keywords: ['安全性', '干细胞'],
      doi: '10.3760/cma.j.issn.1007-3418.2020.01.001',
      extra: { 'Database Provider': '北京万方数据股份有限公司' },
    });
  });

  it('readNoteExpress(records without a blank line between) names both lines', () => {
    expect(formatError(() => readNoteExpress(sample('broken-noteexpress.txt'), 'ne.txt')).message).toBe(
      'ne.txt, line 3: a new record starts here without a blank line after the one that began on line 1',
    );
  });
});

describe('readEndnoteTagged', () => {
  const { records } = readEndnoteTagged(sample('cnki.enw'), 'cnki.enw');

  it('readEndnoteTagged(CNKI export) reads %A lines holding several names and %W as database', () => {
    expect(records[0]).toEqual({
      sourceId: '1',
      source: { database: 'CNKI', file: 'cnki.enw', line: 1 },
      type: 'Journal Article',
      title: '间充质干细胞治疗肝衰竭',
      authors: ['张三', '李四', '王五'],
      year: 2019,
      journal: '中华肝脏病杂志',
      volume: '27',
      issue: '5',
      pages: '345-349',
      abstract: '目的：探讨疗效。\n方法：随机对照（NCT01234567）。',
      keywords: ['干细胞', '肝衰竭'],
      doi: '10.3760/cma.j.issn.1007-3418.2019.05.006',
      registrations: ['NCT01234567'],
      extra: { '+': '某大学附属医院', '@': '1007-3418', W: 'CNKI' },
    });
  });

  it('readEndnoteTagged(comma or "and" inside one name or keyword) does not split it', () => {
    expect(records[1]).toEqual({
      sourceId: '2',
      source: { database: 'EndNote', file: 'cnki.enw', line: 18 },
      type: 'Thesis',
      title: 'Stem Cells, Mesenchymal',
      authors: ['Society for Stem Cells and Regenerative Medicine'],
      year: 2020,
      keywords: ['Stem Cells, Mesenchymal'],
    });
  });

  it('readEndnoteTagged(text before %0) names the line', () => {
    expect(formatError(() => readEndnoteTagged('\n%T no type\n', 'x.enw')).message).toBe(
      'x.enw, line 2: each EndNote tagged record must start with a "%0 Journal Article" line, but this line is not one',
    );
  });
});
