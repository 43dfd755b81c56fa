import { describe, expect, it } from 'vitest';
import { funnelPlot } from '../../src/plot/funnel/funnel-plot.js';
import { funnelData } from '../../src/stats/bias/funnel-data.js';
import { COLOUR } from '../../src/plot/theme.js';
import { expectGolden } from './helpers/golden.js';
import { analysis, dataFile } from './helpers/inputs.js';
import { outside, overlaps, texts } from './helpers/svg-text.js';

const bcg = analysis(dataFile('bcg.csv'), { measure: 'RR', method: 'REML', bias: true }).result;
const model = { yi: bcg.studies.map((s) => s.yi!), vi: bcg.studies.map((s) => s.vi!), b: bcg.b!, tau2: bcg.tau2!, level: 95 };
const filled = bcg.bias!.trimfill.filled.map((p) => ({ yi: p.yi!, vi: p.vi! }));
const standard = funnelPlot(funnelData(model, { refline: bcg.bias!.trimfill.b! }), { filled, exp: true, xlab: 'Risk Ratio (log scale)' });
const contour = funnelPlot(funnelData(model, { contours: [90, 95, 99] }), { theme: COLOUR, xlab: 'Log risk ratio', size: { width: 160, unit: 'mm' } });

describe('funnelPlot', () => {
  it('funnelPlot(bcg with trim and fill, exp ticks) matches the golden SVG', () => expectGolden('funnel-bcg-trimfill', standard));
  it('funnelPlot(bcg, contours 90/95/99, colour, 160 mm) matches the golden SVG', () => expectGolden('funnel-bcg-contours', contour));

  it('funnelPlot(...) draws one filled circle per study and one open circle per imputed study', () => {
    const points = /<g class="points">\n([\s\S]*?)\n<\/g>/.exec(standard)![1].split('\n');
    expect(points).toHaveLength(13);
    const open = /<g class="filled">\n([\s\S]*?)\n<\/g>/.exec(standard)![1].split('\n');
    expect(open).toHaveLength(filled.length);
    expect(open.every((c) => c.includes('fill="#ffffff"') && c.includes('stroke='))).toBe(true);
  });

  it('funnelPlot(exp) labels log-scale ticks with ratios inside the window', () => {
    const labels = texts(standard).map((t) => t.text);
    expect(labels).toEqual(expect.arrayContaining(['0.1', '0.2', '0.5', '1', '2']));
    expect(standard).toContain('>Standard error</text>');
  });

  it('funnelPlot(contours) has a legend band per contour plus one', () => {
    const labels = texts(contour).map((t) => t.text);
    expect(labels).toEqual(expect.arrayContaining(['p > 0.1', '0.05 < p ≤ 0.1', '0.01 < p ≤ 0.05', 'p ≤ 0.01']));
  });

  it('funnelPlot(...) places no two pieces of text over each other and none outside the picture', () => {
    for (const svg of [standard, contour]) {
      const boxes = texts(svg);
      expect(overlaps(boxes)).toEqual([]);
      expect(outside(svg, boxes)).toEqual([]);
    }
  });
});
