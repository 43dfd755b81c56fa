/**
 * Back-transformations against metafor 3.8: the `transf` entries of
 * dat.pritz1997.json are predict(res, transf = …) of the REML fits whose
 * untransformed summaries are the fixture's rma cases pritz-PLO-REML-z-95 and
 * pritz-PFT-REML-z-95; other values were pasted from R (calls quoted).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/stats/errors.js';
import { MEASURES } from '../../src/stats/effects/index.js';
import {
  backTransform, harmonicMean, iarcsin, ilogit, ipft, ipftHm, pft, transformSummary, ztor, type Summary,
} from '../../src/stats/transforms.js';
import { loadFixtures, numbers, scalar } from '../helpers/fixtures.js';
import { expectClose } from '../helpers/tolerance.js';

const pritz = loadFixtures().find((f) => f.file === 'dat.pritz1997.json');
if (pritz === undefined) throw new Error('dat.pritz1997.json fixture missing');
const rmaCase = (id: string) => {
  const c = (pritz.rma as { id: string; result: Record<string, unknown> }[]).find((x) => x.id === id);
  if (c === undefined) throw new Error(`${id} missing`);
  const r = c.result;
  return { pred: scalar(r.b), ci_lb: scalar(r.ci_lb), ci_ub: scalar(r.ci_ub), pi_lb: scalar(r.pi_lb), pi_ub: scalar(r.pi_ub) };
};
const transf = (id: string) => (pritz.transf as ({ id: string } & Record<string, unknown>)[]).find((x) => x.id === id)!;
const KEYS = ['pred', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub'] as const;
// pritz's sample sizes, for the R calls quoted below
const ni = [17, 12, 8, 58, 10, 42, 14, 12, 41, 5, 6, 23, 68, 10];

describe('back-transformations on dat.pritz1997 (metafor fixture)', () => {
  it("transformSummary(backTransform('PLO'), …) matches predict(res, transf = transf.ilogit)", () => {
    const got = transformSummary(backTransform('PLO'), rmaCase('pritz-PLO-REML-z-95'));
    const want = transf('pritz-PLO-REML-ilogit');
    for (const k of KEYS) expectClose(got[k], scalar(want[k]), 1e-6, `ilogit ${k}`);
  });

  it("transformSummary(backTransform('PFT', {ni}), …) matches predict(res, transf = transf.ipft.hm, targs = list(ni))", () => {
    const want = transf('pritz-PFT-REML-ipft.hm');
    const t = backTransform('PFT', { ni: numbers(want.ni) });
    expect(t.name).toBe('transf.ipft.hm');
    const got = transformSummary(t, rmaCase('pritz-PFT-REML-z-95'));
    for (const k of KEYS) expectClose(got[k], scalar(want[k]), 1e-6, `ipft.hm ${k}`);
  });
});

describe('Freeman–Tukey inverse', () => {
  it('ipftHm(t, ni) matches transf.ipft.hm inside, at and beyond the boundaries', () => {
    // transf.ipft.hm(c(-0.1, 0.1, 0.15, 0.5, pi/4, 1.2, 1.5, 1.55, 1.6), targs = list(ni = ni))
    const t = [-0.1, 0.1, 0.15, 0.5, Math.PI / 4, 1.2, 1.5, 1.55, 1.6];
    const want = [0, 0, 0.000629679730322019, 0.209504565991306, 0.5, 0.895618014439127, 1, 1, 1];
    t.forEach((x, i) => expectClose(ipftHm(x, ni), want[i], 1e-9, `ipftHm(${x})`));
  });

  it('ipftHm clamps exactly at pft(0, n̄) and pft(1, n̄) of the harmonic mean n̄', () => {
    const n = harmonicMean(ni);
    expectClose(n, 12.5875427100, 1e-9, 'harmonic mean');
    // transf.pft(c(0, 1), 1/mean(1/ni))
    expectClose(pft(0, n), 0.137365142835854, 1e-12, 'pft(0)');
    expectClose(pft(1, n), 1.43343118395904, 1e-12, 'pft(1)');
    expect(ipftHm(pft(0, n) - 1e-9, ni)).toBe(0);
    expect(ipftHm(pft(1, n) + 1e-9, ni)).toBe(1);
    expectClose(ipftHm(pft(1, n), ni), 1, 1e-6, 'at the upper boundary');
  });

  it('ipftHm ignores missing sample sizes and passes NaN through', () => {
    expectClose(ipftHm(0.5, [...ni, NaN]), ipftHm(0.5, ni), 1e-15, 'NaN in ni');
    expect(ipftHm(NaN, ni)).toBeNaN();
  });

  it('ipft(t, n) matches transf.ipft for single studies', () => {
    // transf.ipft(c(0.3, 1.0, 1.4), ni = c(20, 20, 5))
    expectClose(ipft(0.3, 20), 0.0682424509776914, 1e-9, 'ipft(0.3, 20)');
    expectClose(ipft(1.0, 20), 0.718177294823657, 1e-9, 'ipft(1.0, 20)');
    expect(ipft(1.4, 5)).toBe(1);
  });
});

describe('elementary inverses', () => {
  it('ilogit(x) is plogis(x), without overflow in either tail', () => {
    expectClose(ilogit(0), 0.5, 1e-15, 'ilogit(0)');
    expectClose(ilogit(2), 1 / (1 + Math.exp(-2)), 1e-15, 'ilogit(2)');
    expectClose(ilogit(-745), Math.exp(-745), 1e-6, 'ilogit(-745)');
    expect(ilogit(800)).toBe(1);
    expect(ilogit(-800)).toBe(0);
  });

  it('iarcsin(x) is sin²(x), clamped to 0 below 0 and to 1 above π/2 as transf.iarcsin', () => {
    // transf.iarcsin(c(-0.1, 0.3, 1.6))
    expect(iarcsin(-0.1)).toBe(0);
    expectClose(iarcsin(0.3), 0.0873321925451608, 1e-12, 'iarcsin(0.3)');
    expect(iarcsin(1.6)).toBe(1);
  });

  it('ztor(z) inverts Fisher z', () => {
    expectClose(ztor(Math.atanh(0.187)), 0.187, 1e-12, 'ztor');
  });
});

describe('backTransform(measure)', () => {
  it('backTransform(m) gives exp for the log-scale measures and the matching inverse for the others', () => {
    const names = Object.fromEntries(MEASURES.map((m) => [m, backTransform(m, { ni: [10] }).name]));
    expect(names).toEqual({
      OR: 'exp', RR: 'exp', RD: 'none', PETO: 'exp', MD: 'none', SMD: 'none', SMDH: 'none', ROM: 'exp',
      PR: 'none', PLN: 'exp', PLO: 'transf.ilogit', PAS: 'transf.iarcsin', PFT: 'transf.ipft.hm',
      MN: 'none', MNLN: 'exp', IR: 'none', IRLN: 'exp', IRR: 'exp', IRD: 'none',
      COR: 'none', ZCOR: 'transf.ztor', MC: 'none', SMCR: 'none', GEN: 'none',
    });
  });

  it("backTransform('GEN', {ciScale: 'log'}) exponentiates logged ratios", () => {
    expect(backTransform('GEN', { ciScale: 'log' }).fn(Math.log(2))).toBeCloseTo(2, 14);
  });

  it("backTransform('RR') turns dat.bcg's REML summary into a risk ratio", () => {
    const s: Summary = { pred: -0.7145, ci_lb: -1.0708, ci_ub: -0.3582, pi_lb: -1.8551, pi_ub: 0.4261 };
    const got = transformSummary(backTransform('RR'), s);
    expectClose(got.pred, Math.exp(-0.7145), 1e-15, 'pred');
    expect(got.ci_lb).toBeLessThan(got.pred);
    expect(got.pi_ub).toBeGreaterThan(1);
  });

  it("backTransform('PFT') without the sample sizes throws an InputError naming 'ni'", () => {
    expect(() => backTransform('PFT')).toThrow(InputError);
    try {
      backTransform('PFT', { ni: [10, 0] });
    } catch (err) {
      expect((err as InputError).field).toBe('ni');
      expect((err as InputError).row).toBe(1);
      return;
    }
    throw new Error('no error for ni = 0');
  });
});
