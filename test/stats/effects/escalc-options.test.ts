/**
 * escalc options and inputs that the committed fixtures do not exercise, against
 * metafor 3.8.1 output pasted from R (the R line that produced each is quoted;
 * `b` is list(ai = c(4,0,10,0), bi = c(20,15,10,12), ci = c(8,3,0,0), di = c(16,12,20,14)),
 * `cont` the first four studies of dat.normand1999, `pr` list(xi = c(0,5,12,20), ni = c(10,25,30,20))).
 */
import { describe, it } from 'vitest';
import { escalc } from '../../../src/stats/effects/index.js';
import { expectRows } from './expect-rows.js';

const b = { ai: [4, 0, 10, 0], bi: [20, 15, 10, 12], ci: [8, 3, 0, 0], di: [16, 12, 20, 14] };
const cont = {
  m1i: [55, 27, 64, 66], sd1i: [47, 7, 17, 20], n1i: [155, 31, 75, 18],
  m2i: [75, 29, 119, 137], sd2i: [64, 4, 29, 48], n2i: [156, 32, 71, 18],
};
const pr = { xi: [0, 5, 12, 20], ni: [10, 25, 30, 20] };
const pp = {
  m1i: [30.6, 23.5, 0.5, 53.4, 35.6], m2i: [38.5, 26.8, 0.7, 75.9, 36.0],
  sd1i: [15.0, 3.1, 0.1, 14.5, 4.7], ni: [20, 50, 9, 10, 14], ri: [0.47, 0.64, 0.77, 0.89, 0.44],
};

describe('escalc on 2×2 tables with zero cells', () => {
  it("escalc('RD', b, {vtype: 'UB'}) divides by n − 1 after adding 1/2 to zero-cell tables", () => {
    expectRows(
      escalc('RD', b, { vtype: 'UB' }),
      [-0.166666666666667, -0.1875, 0.476190476190476, 0.00512820512820513],
      [0.0157004830917874, 0.0134114583333333, 0.0136621315192744, 0.00538344134497981],
      'RD UB',
    );
  });
  it("escalc('RD', b, {vtype: 'AV'}) uses the size-weighted mean risks", () => {
    expectRows(
      escalc('RD', b, { vtype: 'AV' }),
      [-0.166666666666667, -0.1875, 0.476190476190476, 0.00512820512820513],
      [0.0126253452381314, 0.0189380178571971, 0.0144289659864359, 0.0218988723225734],
      'RD AV',
    );
  });
  it("escalc('PETO', b) adds 1/2 to zero-cell tables, as metafor 3.8 does", () => {
    expectRows(
      escalc('PETO', b),
      [-0.87037037037037, -1.66071428571429, 2.40469208211144, 0.143589743589744],
      [0.435185185185185, 1.10714285714286, 0.480938416422287, 4.02051282051282],
      'PETO',
    );
  });
  it("escalc('PETO', b, {to: 'none'}) gives NaN for a table without events", () => {
    expectRows(
      escalc('PETO', b, { to: 'none' }),
      [-0.87037037037037, -2.14814814814815, 2.6, null],
      [0.435185185185185, 1.4320987654321, 0.52, null],
      'PETO none',
    );
  });
  it("escalc('OR', b, {drop00: true, to: 'if0all'}) drops the double-zero table, then corrects every other one", () => {
    expectRows(
      escalc('OR', b, { drop00: true, to: 'if0all' }),
      [-0.853053271957825, -2.16102152867226, 3.71357206670431, null],
      [0.44925582945669, 2.43023041474654, 2.23925667828107, null],
      'OR drop00 if0all',
    );
  });
  it("escalc('RR', b, {to: 'all', add: 1}) adds 1 to every cell of every table", () => {
    expectRows(
      escalc('RR', b, { to: 'all', add: 1 }),
      [-0.587786664902119, -1.38629436111989, 2.39789527279837, 0.133531392624522],
      [0.234188034188034, 1.13235294117647, 1, 1.86607142857143],
      'RR all add 1',
    );
  });
});

describe('escalc on two-group means', () => {
  const smd = [-0.355169640940107, -0.347940022739099, -2.31756916016373, -1.88798225293685];
  const rom = [-0.31015492830384, -0.071458963982145, -0.620240409751858, -0.730326183801699];
  it("escalc('SMD', cont, {vtype: 'LS2'}) scales the variance by c(m)² (Borenstein 2009)", () => {
    expectRows(escalc('SMD', cont, { vtype: 'LS2' }), smd,
      [0.0130022562030212, 0.0629093892520276, 0.0455266747906522, 0.155728337601867], 'SMD LS2');
  });
  it("escalc('SMD', cont, {vtype: 'AV'}) uses the size-weighted mean g", () => {
    expectRows(escalc('SMD', cont, { vtype: 'AV' }), smd,
      [0.0143711527762537, 0.0709586543085404, 0.0306328209024493, 0.124149643247831], 'SMD AV');
  });
  it("escalc('SMD', {di, ti, m1i, …}) takes Cohen's d, then a t statistic, then the means, row by row", () => {
    const res = escalc('SMD', {
      di: [0.5, NaN, NaN], ti: [NaN, 2.1, NaN], m1i: [NaN, NaN, 10], m2i: [NaN, NaN, 8],
      sd1i: [NaN, NaN, 4], sd2i: [NaN, NaN, 5], n1i: [20, 30, 12], n2i: [22, 28, 15],
    });
    expectRows(res, [0.490556097218348, 0.54438609365979, 0.422785563960175],
      [0.0983193702702371, 0.0716024140387412, 0.153310141353576], 'SMD di/ti');
  });
  it("escalc('ROM', cont, {vtype: 'HO'}) uses the pooled SD for both groups", () => {
    expectRows(escalc('ROM', cont, { vtype: 'HO' }), rom,
      [0.0103261248170054, 0.00262373627831679, 0.00236855891728412, 0.0212450091522127], 'ROM HO');
  });
  it("escalc('ROM', cont, {vtype: 'AV'}) uses each group's size-weighted mean CV", () => {
    expectRows(escalc('ROM', cont, { vtype: 'AV' }), rom,
      [0.00444965643025004, 0.0219771080948542, 0.00947909798468797, 0.0384370077299958], 'ROM AV');
  });
  it("escalc('ROM', cont, {vtype: 'AVHO'}) uses one size-weighted mean CV over both groups", () => {
    expectRows(escalc('ROM', cont, { vtype: 'AVHO' }), rom,
      [0.00444916929143619, 0.0219686675021276, 0.00948436113471392, 0.0384354817673909], 'ROM AVHO');
  });
  it("escalc('SMDH', cont) matches metafor 3.8 on four more studies", () => {
    expectRows(escalc('SMDH', cont),
      [-0.355341601578235, -0.346489075525832, -2.30179153387716, -1.88798225293685],
      [0.0130909644811581, 0.0657368644497482, 0.0509443904167349, 0.18742854728185], 'SMDH');
  });
  it("escalc('SMCR', pp, {vtype: 'LS2'}) uses the corrected Borenstein formula", () => {
    expectRows(escalc('SMCR', pp, { vtype: 'LS2' }),
      [-0.50555278587344, -1.04812489834818, -1.80540666735282, -1.41808172864362, -0.0800836142528634],
      [0.0552252684221216, 0.0249456148681961, 0.222732037692338, 0.118921470448318, 0.0710648898010402], 'SMCR LS2');
  });
});

describe('escalc on proportions', () => {
  it("escalc('PR', pr, {vtype: 'UB'}) corrects the zero count and divides by n − 1", () => {
    expectRows(escalc('PR', pr, { vtype: 'UB' }),
      [0.0454545454545455, 0.2, 0.4, 0.976190476190476],
      [0.00433884297520661, 0.00666666666666667, 0.00827586206896552, 0.00116213151927438], 'PR UB');
  });
  it("escalc('PR', pr, {vtype: 'AV'}) uses the size-weighted mean proportion", () => {
    expectRows(escalc('PR', pr, { vtype: 'AV' }),
      [0.0454545454545455, 0.2, 0.4, 0.976190476190476],
      [0.0223639486421888, 0.00984013740256309, 0.00820011450213591, 0.0117144492887656], 'PR AV');
  });
  it("escalc('PLN', pr, {vtype: 'AV'}) and escalc('PLO', pr, {vtype: 'AV'}) use the mean proportion", () => {
    expectRows(escalc('PLN', pr, { vtype: 'AV' }),
      [-3.09104245335832, -1.6094379124341, -0.916290731874155, -0.0240975515790605],
      [0.117224880382775, 0.0515789473684211, 0.0429824561403509, 0.0614035087719298], 'PLN AV');
    expectRows(escalc('PLO', pr, { vtype: 'AV' }),
      [-3.04452243772342, -1.38629436111989, -0.405465108108164, 3.71357206670431],
      [0.369543989844742, 0.162599355531686, 0.135499462943072, 0.193570661347246], 'PLO AV');
  });
  it("escalc('PAS', pr) does not correct zero counts unless add is given", () => {
    expectRows(escalc('PAS', pr), [0, 0.463647609000806, 0.684719203002283, 1.5707963267949],
      [0.025, 0.01, 0.00833333333333333, 0.0125], 'PAS');
    expectRows(escalc('PAS', pr, { add: 0.5 }), [0.214849833075712, 0.463647609000806, 0.684719203002283, 1.41587400692408],
      [0.0227272727272727, 0.01, 0.00833333333333333, 0.0119047619047619], 'PAS add');
  });
  it("escalc('PFT', pr, {add: 0.5, to: 'all'}) corrects every study when asked", () => {
    expectRows(escalc('PFT', pr, { add: 0.5, to: 'all' }),
      [0.283468027533941, 0.49055038977623, 0.691041630412125, 1.36304069223373],
      [0.0217391304347826, 0.00943396226415094, 0.00793650793650794, 0.0116279069767442], 'PFT all');
  });
  it("escalc('PR', {xi, mi, ni}) takes non-events or the sample size, row by row", () => {
    expectRows(escalc('PR', { xi: [3, 4], mi: [7, NaN], ni: [NaN, 10] }), [0.3, 0.4], [0.021, 0.024], 'PR mi');
  });
});

describe('escalc on correlations, rates and means', () => {
  it("escalc('COR', …, {vtype: 'AV'}) uses the mean r, and gives no vi for ni ≤ 3", () => {
    expectRows(escalc('COR', { ri: [0.2, 0.5, -0.1, 0.3], ni: [30, 50, 20, 3] }, { vtype: 'AV' }),
      [0.2, 0.5, -0.1, 0.3], [0.0289159735675765, 0.0171135353767289, 0.0441349070241957, null], 'COR AV');
  });
  it("escalc('IRR', …, {drop00: true}) drops studies without events and corrects single zeros", () => {
    expectRows(escalc('IRR', { x1i: [0, 3, 0], t1i: [100, 200, 50], x2i: [0, 5, 2], t2i: [100, 210, 60] }, { drop00: true }),
      [null, -0.462035459596559, -1.42711635564015], [null, 0.533333333333333, 2.4], 'IRR drop00');
  });
  it("escalc('IRD', …) and escalc('IR', …) add 1/2 to a zero count", () => {
    expectRows(escalc('IRD', { x1i: [0, 3], t1i: [100, 200], x2i: [4, 5], t2i: [100, 210] }),
      [-0.04, -0.00880952380952381], [0.0005, 0.000188378684807256], 'IRD');
    expectRows(escalc('IR', { xi: [0, 3], ti: [100, 200] }), [0.005, 0.015], [5e-5, 7.5e-5], 'IR');
  });
  it("escalc('MNLN', …) logs the means with the delta-method variance", () => {
    expectRows(escalc('MNLN', { mi: [5, 10], sdi: [2, 3], ni: [20, 30] }),
      [1.6094379124341, 2.30258509299405], [0.008, 0.003], 'MNLN');
  });
});
