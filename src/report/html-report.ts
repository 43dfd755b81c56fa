/**
 * Renders a report as one self-contained HTML page: no scripts, no network, CSS
 * inline, figures inline as SVG so their text stays searchable and selectable. The
 * output depends only on the model (no dates, no random ids), so it is reproducible.
 */
import { reportFigures, type ReportModel, type ReportSection, type ReportTable } from './report-model.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `
body{font-family:"Noto Sans SC","Noto Sans",Arial,sans-serif;max-width:1200px;margin:2em auto;padding:0 1.5em;color:#111;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #999;padding-bottom:.2em}h3{margin-top:1.6em}
.subtitle{color:#444;margin-top:0}
nav ol{columns:2;font-size:.95em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}th{background:#eee;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0;overflow-x:auto}figure svg{max-width:100%;height:auto}figcaption{font-size:.9em;color:#333;margin-top:.3em}
.notes{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em .8em;margin:.8em 0}.notes p{margin:.3em 0}
@media print{nav{display:none}h2{page-break-before:always}figure{page-break-inside:avoid}}
`;

function tableHtml(t: ReportTable): string {
  const numeric = new Set(t.numeric ?? []);
  const head = `<tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map((r) => `<tr>${r.map((c, j) => `<td${numeric.has(j) ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>${t.caption ? `<caption>${escapeHtml(t.caption)}</caption>` : ''}\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function sectionHtml(s: ReportSection, level: number): string {
  const h = `h${Math.min(level, 6)}`;
  const parts = [`<section id="${escapeHtml(s.id)}">`, `<${h}>${escapeHtml(s.title)}</${h}>`];
  for (const p of s.paragraphs ?? []) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (s.notes && s.notes.length > 0) parts.push(`<div class="notes">${s.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>`);
  for (const f of s.figures ?? []) {
    parts.push(`<figure id="fig-${escapeHtml(f.name)}">\n${f.svg.replace(/^<\?xml[^>]*>\s*/, '')}\n<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`);
  }
  for (const t of s.tables ?? []) parts.push(tableHtml(t));
  for (const sub of s.subsections ?? []) parts.push(sectionHtml(sub, level + 1));
  parts.push('</section>');
  return parts.join('\n');
}

export function renderReport(model: ReportModel): string {
  const toc = model.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const figures = reportFigures(model).length;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.lang ?? 'en')}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    model.subtitle ? `<p class="subtitle">${escapeHtml(model.subtitle)}</p>` : '',
    `<nav><ol>${toc}</ol><p>${figures} figures; made with metasift.</p></nav>`,
    ...model.sections.map((s) => sectionHtml(s, 2)),
    '</body></html>',
    '',
  ].join('\n');
}
