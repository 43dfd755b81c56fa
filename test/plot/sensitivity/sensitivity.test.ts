import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { effectText } from '../../../src/plot/forest/format.js';
import { baujatPlot } from '../../../src/plot/sensitivity/baujat-plot.js';
import { stepForestPlot } from '../../../src/plot/sensitivity/step-forest.js';
import { scaleOf, sensitivitySteps } from '../../../src/plot/sensitivity/steps.js';
import { COLOUR } from '../../../src/plot/theme.js';
import { svgToPng } from '../../../src/render/png.js';
import { expectGolden } from '../helpers/golden.js';
import { analysis, dataFile } from '../helpers/inputs.js';
import { outside, overlaps, texts } from '../helpers/svg-text.js';

const LUPUS = fileURLToPath(new URL('./data/msc-lupus.csv', import.meta.url));
const msc = analysis(LUPUS, { measure: 'RR', method: 'REML', leave1out: true, cumulative: 'year', influence: true }).result;
const bcg = analysis(dataFile('bcg.csv'), { measure: 'RR', method: 'REML', influence: true }).result;
const md = analysis(dataFile('chinese.csv'), { measure: 'MD', method: 'REML', leave1out: true }).result;

const l1o = stepForestPlot(msc, 'leave1out');
const cum = stepForestPlot(msc, 'cumulative', { theme: COLOUR, size: { width: 600, unit: 'px' } });
const l1oMd = stepForestPlot(md, 'leave1out', { size: { width: 160, unit: 'mm' } });
const baujatBcg = baujatPlot(bcg);
const baujatMsc = baujatPlot(msc, { theme: COLOUR, size: { width: 420, unit: 'px' } });
const all = { l1o, cum, l1oMd, baujatBcg, baujatMsc };
const strings = (svg: string) => texts(svg).map((t) => t.text);

/** x of a value on a log axis, from the positions of two of its tick labels. */
function logX(svg: string) {
  const ticks = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">([\d.]+)<\/text>/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const [[xa, va], [xb, vb]] = [ticks.find((t) => t[1] === 1)!, ticks.find((t) => t[1] === 2)!];
  return (v: number) => xa + ((Math.log(v) - Math.log(va)) / (Math.log(vb) - Math.log(va))) * (xb - xa);
}

describe('stepForestPlot', () => {
  it('stepForestPlot(MSC lupus, leave1out, RR) matches the golden SVG', () => expectGolden('sensitivity-leave1out-msc', l1o));
  it('stepForestPlot(MSC lupus, cumulative by year, colour, 600 px) matches the golden SVG', () => expectGolden('sensitivity-cumulative-msc', cum));
  it('stepForestPlot(Chinese names, leave1out, MD, 160 mm) matches the golden SVG', () => expectGolden('sensitivity-leave1out-md', l1oMd));

  it('stepForestPlot(leave1out) shows each omitted study with its back-transformed estimate and I²', () => {
    const s = strings(l1o);
    expect(s).toEqual(expect.arrayContaining(['Study omitted', 'Risk Ratio [95% CI]', 'I²', '张三 2019', 'Deng 2017 [placebo-controlled]', 'Risk Ratio (log scale)']));
    for (const row of msc.leave1out!) {
      expect(s).toContain(effectText(Math.exp(row.b as number), Math.exp(row.ci_lb as number), Math.exp(row.ci_ub as number)));
      expect(s).toContain(`${(row.I2 as number).toFixed(0)}%`);
    }
    expect(s).toContain(`All 7 studies (RE Model, REML)`);
    expect(s).toContain(effectText(msc.transf.est!, msc.transf.ci_lb!, msc.transf.ci_ub!));
  });

  it('stepForestPlot(...) draws the full model diamond from its lower to its upper limit', () => {
    const polys = [...l1o.matchAll(/<polygon points="([^"]+)"/g)].map((m) => m[1].split(' ').map((p) => p.split(',').map(Number)));
    const d = polys.at(-1)!;
    const xOf = logX(l1o);
    expect(d[0][0]).toBeCloseTo(xOf(msc.transf.ci_lb!), 1);
    expect(d[1][0]).toBeCloseTo(xOf(msc.transf.est!), 1);
    expect(d[2][0]).toBeCloseTo(xOf(msc.transf.ci_ub!), 1);
  });

  it('stepForestPlot(cumulative) lists studies in year order and ends at the full model', () => {
    const s = strings(cum);
    expect(s).toContain('Study added');
    const at = (x: string) => s.findIndex((t) => t.startsWith(x));
    expect(at('Liang 2010')).toBeLessThan(at('Wang 2013'));
    expect(at('Deng 2017')).toBeLessThan(at('张三 2019'));
    expect(at('张三 2019')).toBeLessThan(at('Kamen 2022'));
    const last = msc.cumulative!.at(-1)!;
    expect(last.b).toBeCloseTo(msc.b!, 10);
    expect(cum).toMatch(/^<svg [^>]*width="600"/);
  });

  it('stepForestPlot(MD) uses a linear axis around 0 and no back-transformation', () => {
    const s = strings(l1oMd);
    expect(s).toContain('Mean Difference [95% CI]');
    expect(s).toContain('Mean Difference');
    expect(s).toContain('0');
    const row = md.leave1out![0];
    expect(s).toContain(effectText(row.b as number, row.ci_lb as number, row.ci_ub as number));
  });

  it('stepForestPlot(result without the rows) says how to get them', () => {
    expect(() => stepForestPlot(bcg, 'cumulative')).toThrow(/no 'cumulative' rows/);
  });

  it('sensitivitySteps(rows, scaleOf("RR")) exponentiates estimates and limits', () => {
    const [s] = sensitivitySteps([{ study: 'A', b: Math.log(2), ci_lb: Math.log(1.5), ci_ub: null, I2: 12.5, tau2: 0.1, pval: 0.01 }], scaleOf('RR'));
    expect(s.est).toBeCloseTo(2, 12);
    expect(s.lo).toBeCloseTo(1.5, 12);
    expect(s.hi).toBeNaN();
    expect(s.I2).toBe(12.5);
    expect(scaleOf('PFT').name).toBe('none');
  });
});

describe('baujatPlot', () => {
  it('baujatPlot(bcg, RR REML) matches the golden SVG', () => expectGolden('sensitivity-baujat-bcg', baujatBcg));
  it('baujatPlot(MSC lupus, colour, 420 px) matches the golden SVG', () => expectGolden('sensitivity-baujat-msc', baujatMsc));

  it('baujatPlot(...) labels every study and places each point at its coordinates', () => {
    const s = strings(baujatBcg);
    for (const r of bcg.influence!) expect(s).toContain(r.study);
    expect(s).toEqual(expect.arrayContaining(['Contribution to overall heterogeneity']));
    expect(baujatBcg).toContain('>Influence on overall result</text>');
    expect([...baujatBcg.matchAll(/<circle /g)]).toHaveLength(13);
  });

  it('baujatPlot(...) keeps labels off every point', () => {
    for (const svg of [baujatBcg, baujatMsc]) {
      const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
      for (const b of texts(svg)) {
        for (const [cx, cy, r] of dots) expect(cx + r <= b.x0 + 0.01 || cx - r >= b.x1 - 0.01 || cy + r <= b.y0 + 0.01 || cy - r >= b.y1 - 0.01, b.text).toBe(true);
      }
    }
  });

  it('baujatPlot(result without influence rows) says how to get them', () => {
    expect(() => baujatPlot(md)).toThrow(/influence: true/);
  });
});

describe('sensitivity plots', () => {
  it('stepForestPlot and baujatPlot place no two pieces of text over each other and none outside the picture', () => {
    for (const [name, svg] of Object.entries(all)) {
      const boxes = texts(svg);
      expect(overlaps(boxes), name).toEqual([]);
      expect(outside(svg, boxes), name).toEqual([]);
    }
  });

  it('svgToPng(stepForestPlot(...)) renders the same PNG twice', () => {
    const png = svgToPng(cum);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(svgToPng(cum).equals(png)).toBe(true);
  });
});
