/**
 * Leave-one-out and cumulative forest plots as metafor draws them (forest() of a
 * leave1out() or cumul() result; Viechtbauer 2010, J Stat Softw 36(3)): one row per
 * step, labelled by the study left out or added, its estimate and confidence interval
 * as a square and a rule with the numbers beside them, I² of that fit, and the full
 * model's diamond at the bottom with a dashed line through its estimate so each step
 * can be read against it. Ratio measures are drawn on a log axis as ratios.
 */
import { isRandom, measureName } from '../forest/labels.js';
import { effectText } from '../forest/format.js';
import { bottomAxis } from '../marks/axis.js';
import { diamond } from '../marks/diamond.js';
import { interval } from '../marks/interval.js';
import { square } from '../marks/square.js';
import { toPx, type PlotSize } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { fixed } from '../svg/format.js';
import { group, line, text } from '../svg/elements.js';
import { wrap } from '../text/fit.js';
import { textWidth } from '../text/measure.js';
import { GREY, type Theme } from '../theme.js';
import { effectScale } from './axis.js';
import { scaleOf, sensitivitySteps, type SensitivityInput } from './steps.js';

export interface StepForestOptions {
  readonly theme?: Theme;
  readonly size?: PlotSize;
  readonly title?: string;
}

const PAD = 10;
const GAP = 14;
const MAX_LABEL = 240;
const GRAPH = 260;
const MIN_GRAPH = 160;

const i2Text = (v: number | null) => (v === null ? '' : `${fixed(v, 0)}%`);

export function stepForestPlot(result: SensitivityInput, kind: 'leave1out' | 'cumulative', options: StepForestOptions = {}): string {
  const rows = kind === 'leave1out' ? result.leave1out : result.cumulative;
  if (rows === undefined || rows.length === 0) throw new RangeError(`The analysis has no '${kind}' rows: run it with ${kind === 'leave1out' ? 'leave1out: true' : 'cumulative: COLUMN'}.`);
  const t = options.theme ?? GREY;
  const f = t.fontSize;
  const lh = Math.round(f * 1.45);
  const tr = scaleOf(result.measure);
  const steps = sensitivitySteps(rows, tr);
  const full = { est: tr.fn(result.b ?? NaN), lo: tr.fn(result.ci_lb ?? NaN), hi: tr.fn(result.ci_ub ?? NaN) };
  const ci = `${Number(result.level.toFixed(2))}% CI`;
  const heads = [kind === 'leave1out' ? 'Study omitted' : 'Study added', `${measureName(result.measure)} [${ci}]`, 'I²'];
  const totalLabel = `All ${result.k} studies (${isRandom(result.method) ? `RE Model, ${result.method}` : 'FE Model'})`;
  const effects = [...steps.map((s) => effectText(s.est, s.lo, s.hi)), effectText(full.est, full.lo, full.hi)];
  const i2s = [...steps.map((s) => i2Text(s.I2)), i2Text(result.I2)];
  const w = (s: string, bold = false) => textWidth(s, f, bold ? 'bold' : 'normal');
  const effectW = Math.ceil(Math.max(w(heads[1], true), ...effects.map((e) => w(e))));
  const i2W = Math.ceil(Math.max(w(heads[2], true), ...i2s.map((e) => w(e))));
  const natural = Math.ceil(Math.max(w(heads[0], true), w(totalLabel, true), ...steps.map((s) => w(s.study))));
  const fixedW = PAD + GAP * 3 + effectW + i2W + PAD;
  let labelW = Math.min(natural, MAX_LABEL);
  let graphW = GRAPH;
  if (options.size !== undefined) {
    const rest = toPx(options.size) - fixedW;
    labelW = rest - natural >= MIN_GRAPH ? natural : Math.max(80, rest - MIN_GRAPH);
    graphW = Math.max(MIN_GRAPH, rest - labelW);
  }
  const labelX = PAD;
  const g0 = labelX + labelW + GAP;
  const g1 = g0 + graphW;
  const effectX = g1 + GAP + effectW;
  const i2X = effectX + GAP + i2W;
  const width = i2X + PAD;

  const values = [...steps.flatMap((s) => [s.lo, s.hi]), full.lo, full.hi];
  const { scale, nullValue } = effectScale(tr.name, values, [g0, g1]);
  const headY = PAD + f;
  const ruleY = headY + Math.round(f * 0.55);
  const header = [
    text(labelX, headY, heads[0], { bold: true }),
    text(effectX, headY, heads[1], { anchor: 'end', bold: true }),
    text(i2X, headY, heads[2], { anchor: 'end', bold: true }),
    line(PAD, ruleY, width - PAD, ruleY, { stroke: t.rule, width: 0.75 }),
  ];
  const body: string[] = [];
  const marks: string[] = [];
  const base = (y: number) => y + f * 0.36;
  let y = ruleY + 4;
  steps.forEach((s, i) => {
    const lines = wrap(s.study, labelW, { fontSize: f }, 2);
    const cy = y + lh / 2;
    lines.forEach((l, j) => body.push(text(labelX, base(cy + j * lh), l)));
    body.push(text(effectX, base(cy), effects[i], { anchor: 'end' }), text(i2X, base(cy), i2s[i], { anchor: 'end' }));
    marks.push(...interval(scale, s.lo, s.hi, cy, { stroke: t.ci }), ...square(scale, s.est, cy, 7, t.square));
    y += lh * lines.length;
  });
  const stepsBottom = y;
  const totalY = y + lh / 2 + 6;
  const sumRule = line(PAD, y + 3, width - PAD, y + 3, { stroke: t.rule, width: 0.75 });
  body.push(
    text(labelX, base(totalY), totalLabel, { bold: true }),
    text(effectX, base(totalY), effects.at(-1)!, { anchor: 'end', bold: true }),
    text(i2X, base(totalY), i2s.at(-1)!, { anchor: 'end', bold: true }),
  );
  marks.push(...diamond(scale, full.est, full.lo, full.hi, totalY, lh * 0.7, { fill: t.diamond, stroke: t.diamond }));
  const axisY = totalY + lh / 2 + 4;
  const refs: string[] = [];
  if (nullValue !== undefined && nullValue >= scale.domain[0] && nullValue <= scale.domain[1]) {
    refs.push(line(scale.map(nullValue), ruleY, scale.map(nullValue), axisY, { stroke: t.ink, width: 0.75 }));
  }
  if (Number.isFinite(full.est) && full.est >= scale.domain[0] && full.est <= scale.domain[1]) {
    refs.push(line(scale.map(full.est), ruleY, scale.map(full.est), stepsBottom, { stroke: t.muted, width: 0.75, dash: '3 3' }));
  }
  const ax = bottomAxis(scale, axisY, { stroke: t.ink, fontSize: f });
  const xlab = tr.name === 'exp' ? `${measureName(result.measure)} (log scale)` : measureName(result.measure);
  const labelY = ax.labelY + lh;
  const height = labelY + f * 0.3 + PAD;
  const what = kind === 'leave1out' ? 'Leave-one-out' : 'Cumulative';
  const title = options.title ?? `${what} forest plot: ${measureName(result.measure)}, ${result.k} studies`;
  return svgDocument({ width, height, unit: options.size?.unit, theme: t, title }, [
    group('header', header),
    group('rows', [...body, sumRule]),
    group('marks', [...refs, ...marks]),
    group('axis', [...ax.marks, text((g0 + g1) / 2, labelY, xlab, { anchor: 'middle' })]),
  ]);
}
