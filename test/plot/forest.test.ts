import { describe, expect, it } from 'vitest';
import { forestPlot } from '../../src/plot/forest/forest-plot.js';
import { COLOUR } from '../../src/plot/theme.js';
import { expectGolden } from './helpers/golden.js';
import { analysis, dataFile, PERIANAL } from './helpers/inputs.js';
import { outside, overlaps, texts } from './helpers/svg-text.js';

const pf6 = analysis(PERIANAL, { measure: 'RR', method: 'MH' }, 'analysis=PF_6M');
const bcg = analysis(dataFile('bcg.csv'), { measure: 'RR', method: 'DL', subgroup: 'alloc' });
const zh = analysis(dataFile('chinese.csv'), { measure: 'MD', method: 'REML' });

const pf6Svg = forestPlot(pf6.result, { arms: pf6.arms, favoursLeft: 'Favours control', favoursRight: 'Favours MSC' });
const bcgSvg = forestPlot(bcg.result, { arms: bcg.arms, subgroupOf: bcg.subgroupOf, prediction: true, theme: COLOUR });
const zhSvg = forestPlot(zh.result, { arms: zh.arms, size: { width: 900, unit: 'px' } });
const metaforSvg = forestPlot(bcg.result, { layout: 'metafor', prediction: true, size: { width: 170, unit: 'mm' } });
const all = { pf6Svg, bcgSvg, zhSvg, metaforSvg };

const strings = (svg: string) => texts(svg).map((t) => t.text);

describe('forestPlot', () => {
  it('forestPlot(perianal fistula PF_6M, RR M-H) matches the golden SVG', () => expectGolden('forest-perianal-pf6m', pf6Svg));
  it('forestPlot(bcg by allocation, DL, prediction, colour) matches the golden SVG', () => expectGolden('forest-bcg-subgroups', bcgSvg));
  it('forestPlot(Chinese study names, MD, 900 px) matches the golden SVG', () => expectGolden('forest-chinese-md', zhSvg));
  it('forestPlot(bcg, metafor layout, 170 mm) matches the golden SVG', () => expectGolden('forest-bcg-metafor', metaforSvg));

  it('forestPlot(...) is the same string twice', () => {
    expect(forestPlot(bcg.result, { arms: bcg.arms, subgroupOf: bcg.subgroupOf, prediction: true, theme: COLOUR })).toBe(bcgSvg);
  });

  it('forestPlot(...) shows every study label, its per-arm data, weight and effect as <text>', () => {
    const s = strings(pf6Svg);
    for (const [i, study] of pf6.result.studies.entries()) {
      expect(s).toContain(study.study);
      expect(s).toContain(`${study.weight!.toFixed(1)}%`);
      const a = pf6.arms!;
      if (a.kind !== 'binary') throw new Error('binary arms expected');
      for (const v of [a.events1[i], a.total1[i], a.events2[i], a.total2[i]]) expect(s).toContain(String(v));
    }
    expect(s).toContain('1.25 [1.00, 1.55]');
    expect(s).toContain('Heterogeneity: Chi² = 3.51, df = 4 (P = 0.48); I² = 0%');
    expect(s).toContain('Test for overall effect: Z = 1.96 (P = 0.05)');
    expect(s).toEqual(expect.arrayContaining(['Favours control', 'Favours MSC', 'Total (95% CI)', 'Total events', '276', '198']));
  });

  it('forestPlot(subgroups) shows each subtotal, its heterogeneity and the test for subgroup differences', () => {
    const s = strings(bcgSvg);
    for (const level of bcg.result.subgroups!.levels) expect(s).toContain(level.subgroup);
    expect(s.filter((x) => x === 'Subtotal (95% CI)')).toHaveLength(3);
    expect(s.filter((x) => x.startsWith('Heterogeneity: Tau² = '))).toHaveLength(4);
    expect(s.some((x) => x.startsWith('Test for subgroup differences: Chi² = 1.54, df = 2'))).toBe(true);
    expect(s).toContain('Prediction interval');
  });

  it('forestPlot(...) draws the total diamond from the lower to the upper confidence limit', () => {
    const polys = [...pf6Svg.matchAll(/<polygon points="([^"]+)"/g)].map((m) => m[1].split(' ').map((p) => p.split(',').map(Number)));
    const d = polys.at(-1)!;
    const ticks = [...pf6Svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">([\d.]+)<\/text>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // x of a value on the log axis, from two ticks
    const [[xa, va], [xb, vb]] = [ticks.find((t) => t[1] === 1)!, ticks.find((t) => t[1] === 2)!];
    const xOf = (v: number) => xa + ((Math.log(v) - Math.log(va)) / (Math.log(vb) - Math.log(va))) * (xb - xa);
    const t = pf6.result.transf;
    expect(d[0][0]).toBeCloseTo(xOf(t.ci_lb!), 1);
    expect(d[2][0]).toBeCloseTo(xOf(t.ci_ub!), 1);
    expect(d[1][0]).toBeCloseTo(xOf(t.est!), 1);
  });

  it('forestPlot(ratio) uses log ticks around 1 that hold every interval', () => {
    const ticks = [...pf6Svg.matchAll(/text-anchor="middle">([\d.]+)<\/text>/g)].map((m) => Number(m[1]));
    expect(ticks).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
  });

  it('forestPlot(...) places no two pieces of text over each other and none outside the picture', () => {
    for (const [name, svg] of Object.entries(all)) {
      const boxes = texts(svg);
      expect(overlaps(boxes), name).toEqual([]);
      expect(outside(svg, boxes), name).toEqual([]);
    }
  });

  it('forestPlot(long and Chinese labels, fixed width) wraps or cuts them with an ellipsis', () => {
    const s = strings(zhSvg);
    expect(s).toContain('张三 2019');
    expect(s).toContain('欧阳明 2022');
    expect(s.some((x) => x.startsWith('李四等 2020'))).toBe(true);
    expect(s.some((x) => x.endsWith('…'))).toBe(true);
    expect(zhSvg).toMatch(/^<svg [^>]*width="900"/);
  });

  it('forestPlot(size in mm) writes the width in mm over a px viewBox', () => {
    expect(metaforSvg).toMatch(/^<svg [^>]*width="170mm"/);
    expect(strings(metaforSvg)).toContain('Odds Ratio (log scale)'.replace('Odds', 'Risk'));
  });
});
