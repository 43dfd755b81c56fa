import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReport } from '../../src/report/html-report.js';
import { reportFigures, type ReportModel } from '../../src/report/report-model.js';
import { summaryOfFindings } from '../../src/report/summary-of-findings.js';

const model: ReportModel = {
  title: 'MSC <therapy> & lupus',
  sections: [
    {
      id: 'a',
      title: 'Outcome A',
      paragraphs: ['Pooled risk ratio 1.25'],
      notes: ['Counts for ADMIRE-CD II are missing.'],
      figures: [{ name: 'forest-a', caption: 'Forest plot A', svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>张三 2019</text></svg>' }],
      tables: [{ header: ['Study', 'n'], rows: [['王 2018', '12']], numeric: [1] }],
      subsections: [{ id: 'a1', title: 'Sub', figures: [{ name: 'b', caption: 'B', svg: '<svg/>' }] }],
    },
  ],
};

describe('renderReport', () => {
  it('renderReport(model) is one self-contained page: inline SVG and CSS, no scripts or external links', () => {
    const html = renderReport(model);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<text>张三 2019</text>');
    expect(html).not.toContain('<?xml');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('<td class="num">12</td>');
    expect(html).toContain('<h3>Sub</h3>');
  });
  it('renderReport escapes text so a title cannot inject markup', () => {
    expect(renderReport(model)).toContain('<title>MSC &lt;therapy&gt; &amp; lupus</title>');
    expect(escapeHtml('"a" < b')).toBe('&quot;a&quot; &lt; b');
  });
  it('renderReport(model) is deterministic to the byte', () => {
    expect(renderReport(model)).toBe(renderReport(model));
  });
  it('reportFigures(model) lists figures in reading order, subsections included', () => {
    expect(reportFigures(model).map((f) => f.name)).toEqual(['forest-a', 'b']);
  });
  it('summaryOfFindings says why an outcome has no pooled result', () => {
    const t = summaryOfFindings([{ outcome: 'SLEDAI', result: undefined, missing: 'only one RCT reports arm-level data' }]);
    expect(t.rows[0]).toEqual(['SLEDAI', '0', '', 'only one RCT reports arm-level data', '', '', '']);
  });
});
