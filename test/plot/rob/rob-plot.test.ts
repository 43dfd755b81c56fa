import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRob } from '../../../src/io/rob/read-rob.js';
import { robShares } from '../../../src/plot/rob/proportions.js';
import { robPlot } from '../../../src/plot/rob/rob-plot.js';
import { COLOUR } from '../../../src/plot/theme.js';
import { svgToPng } from '../../../src/render/png.js';
import { expectGolden } from '../helpers/golden.js';
import { outside, overlaps, texts } from '../helpers/svg-text.js';

const FILE = fileURLToPath(new URL('./data/msc-rob2.csv', import.meta.url));
const studies = readRob(readFileSync(FILE, 'utf8'), FILE);
const traffic = robPlot(studies, { type: 'traffic' });
const summary = robPlot(studies, { type: 'summary', weighted: true, theme: COLOUR });
const both = robPlot(studies, { theme: COLOUR });
const narrow = robPlot(studies, { size: { width: 420, unit: 'px' } });
const all = { traffic, summary, both, narrow };
const strings = (svg: string) => texts(svg).map((t) => t.text);

describe('robPlot', () => {
  it('robPlot(MSC trials, traffic) matches the golden SVG', () => expectGolden('rob-traffic-msc', traffic));
  it('robPlot(MSC trials, weighted summary, colour) matches the golden SVG', () => expectGolden('rob-summary-weighted-msc', summary));
  it('robPlot(MSC trials, both, 420 px) matches the golden SVG', () => expectGolden('rob-both-narrow-msc', narrow));

  it('robPlot(traffic) shows every study, column, symbol and domain name as <text>', () => {
    const s = strings(traffic);
    for (const x of ['Garcia-Olmo 2009', '张三 2019', 'Panes 2016 (ADMIRE-CD)', 'Risk of bias domains', 'D1', 'D5', 'Overall', 'Domains:', 'Judgement']) expect(s).toContain(x);
    expect(s).toContain('D1: Bias arising from the randomisation process.');
    expect(s).toContain('D5: Bias in selection of the reported result.');
    // 7 studies × 6 columns, plus one key entry per judgement present
    const symbols = s.filter((x) => ['+', '−', '×', '?'].includes(x));
    expect(symbols).toHaveLength(7 * 6 + 4);
    expect(s).toEqual(expect.arrayContaining(['High', 'Some concerns', 'Low', 'No information']));
  });

  it('robPlot(traffic) colours each cell by its judgement in the colour theme', () => {
    const fills = [...both.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    const zhang = studies.find((x) => x.study === '张三 2019')!;
    const row = studies.indexOf(zhang);
    expect(fills.slice(row * 6, row * 6 + 6)).toEqual(['#BF0000', '#E2DF07', '#4EA1F7', '#BF0000', '#E2DF07', '#BF0000']);
  });

  it('robPlot(long name) wraps it onto two lines ending in an ellipsis', () => {
    const s = strings(traffic);
    expect(s).toContain('Wang 2021 (umbilical cord MSC, multicentre,');
    expect(s.some((x) => x.startsWith('double-blind') && x.endsWith('…'))).toBe(true);
  });

  it('robPlot(summary) draws one bar per domain and overall with the robvis key', () => {
    const s = strings(summary);
    for (const x of ['Bias arising from the randomisation process', 'Bias in selection of the reported result', 'Overall risk of bias', '0%', '50%', '100%', 'Low risk of bias', 'High risk of bias', 'No information']) {
      expect(s).toContain(x);
    }
  });

  it('robPlot(summary, weighted) makes segment widths proportional to the weighted shares', () => {
    const bars = [...summary.matchAll(/<g class="rob-summary-bars">\n([\s\S]*?)\n<\/g>/g)][0][1].split('\n');
    const widths = bars.map((b) => Number(/width="([\d.]+)"/.exec(b)![1]));
    const total = widths.slice(-3).reduce((a, b) => a + b, 0);
    // overall: Panes (38.9) low, 张三 (4.1) and Garcia-Arranz (9.6) high, the rest some concerns
    expect(widths.at(-3)! / total).toBeCloseTo(38.9 / 100, 3);
    expect(widths.at(-1)! / total).toBeCloseTo(13.7 / 100, 3);
  });

  it('robShares(studies) counts studies equally, and by weight when asked', () => {
    const plain = robShares(studies);
    expect(plain).toHaveLength(6);
    expect(plain[5]).toEqual({ low: 1 / 7, some: 4 / 7, high: 2 / 7, none: 0 });
    expect(robShares(studies, true)[0].high).toBeCloseTo(4.1 / 100, 12);
    expect(robShares([])).toEqual([]);
  });

  it('robPlot(weighted without weights) says which study has none', () => {
    expect(() => robPlot([{ study: 'A', domains: ['low', 'low', 'low', 'low', 'low'], overall: 'low' }], { weighted: true })).toThrow(/'A' has none/);
    expect(() => robPlot([])).toThrow(/at least one study/);
  });

  it('robPlot(...) places no two pieces of text over each other and none outside the picture', () => {
    for (const [name, svg] of Object.entries(all)) {
      const boxes = texts(svg);
      expect(overlaps(boxes), name).toEqual([]);
      expect(outside(svg, boxes), name).toEqual([]);
    }
  });

  it('robPlot(size 420 px) keeps to that width', () => {
    expect(narrow).toMatch(/^<svg [^>]*width="420"/);
  });

  it('svgToPng(robPlot(...)) renders the same PNG twice', () => {
    const png = svgToPng(both, { width: 1000 });
    expect(png.readUInt32BE(16)).toBe(1000);
    expect(svgToPng(both, { width: 1000 }).equals(png)).toBe(true);
  });
});
