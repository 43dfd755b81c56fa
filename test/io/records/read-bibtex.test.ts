import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../../src/io/records/index.js';
import { latexToUnicode } from '../../../src/io/records/latex.js';
import { formatError, sample } from './sample.js';

describe('readBibtex', () => {
  const { records, warnings } = readBibtex(sample('awkward.bib'), 'awkward.bib');

  it('readBibtex(macros, #, nested braces, accents) decodes an article', () => {
    expect(warnings).toEqual([]);
    expect(records[0]).toEqual({
      sourceId: 'muller2019',
      source: { database: 'BibTeX', file: 'awkward.bib', line: 6 },
      type: 'article',
      title: 'Mesenchymal stem cells for Decompensated cirrhosis: über études',
      authors: ['Müller, Jürgen', 'World Health Organization and Partners', 'Zhang, San'],
      year: 2019,
      journal: 'Journal of Hepatology',
      volume: '70',
      issue: '3',
      pages: '451--460',
      abstract: 'Trial NCT01234567 with 50% response & more.',
      keywords: ['stem cells', 'cirrhosis'],
      doi: '10.1016/j.jhep.2018.11.001',
      registrations: ['NCT01234567'],
      extra: { month: 'March', note: 'François and Škoda, ß, ø' },
    });
  });

  it('readBibtex(@Book(...) with biblatex date) reads parentheses and Chinese names', () => {
    expect(records[1]).toEqual({
      sourceId: 'li2020',
      source: { database: 'BibTeX', file: 'awkward.bib', line: 20 },
      type: 'book',
      title: '间充质干细胞',
      authors: ['李四', '王五'],
      year: 2020,
      extra: { date: '2020-05-03', publisher: '人民卫生出版社' },
    });
  });

  it('readBibtex(unclosed brace) names the line of the brace and of the entry', () => {
    expect(formatError(() => readBibtex(sample('broken.bib'), 'broken.bib')).message).toBe(
      'broken.bib, line 4: the brace opened here is never closed (the entry starting on line 3 runs to the end of the file)',
    );
  });

  it('readBibtex(undefined macro) warns and keeps the name', () => {
    const r = readBibtex('@article{k,\n journal = nejm}', 'w.bib');
    expect(r.records[0].journal).toBe('nejm');
    expect(r.warnings).toEqual([{ message: 'the @string macro "nejm" is not defined; its name is kept as the value', file: 'w.bib', line: 2 }]);
  });

  it('readBibtex(missing "=") reports the line', () => {
    expect(formatError(() => readBibtex('@article{k,\n\n title {x}}', 'e.bib')).message).toBe('e.bib, line 3: expected "=" after the field name "title" here but found "{"');
  });
});

describe('latexToUnicode', () => {
  it('latexToUnicode(accent commands) composes the letters', () => {
    expect(latexToUnicode(String.raw`{\"u} \'{e} \`a \^o \~n \c{c} \v{s} \H{o} \k{a} \r{a} \'\i {\aa} {\L} {\O}`)).toBe('ü é à ô ñ ç š ő ą å í å Ł Ø');
  });

  it('latexToUnicode(commands, escapes, ties) keeps arguments and drops braces', () => {
    expect(latexToUnicode(String.raw`\emph{In vivo} 5\% {$\beta$}-cells~and \textit{TNF}-{\alpha}`)).toBe('In vivo 5% β-cells and TNF-α');
  });
});
