import { describe, expect, it } from 'vitest';
import { loadEvidence, parseEvidence, readEvidenceTexts, effectMeaning, favoursLabels } from '../../../src/review/evidence/index.js';
import { FileFormatError } from '../../../src/io/errors.js';

const base = loadEvidence();

describe('loadEvidence()', () => {
  it('loadEvidence() reads every file of data/msc-autoimmune', () => {
    expect(base.studies.length).toBeGreaterThanOrEqual(30);
    expect(base.arms.length).toBeGreaterThan(100);
    expect(base.published.length).toBeGreaterThan(89);
    expect(base.plans.plans.map((p) => p.id)).toEqual(['as-published', 'recommended']);
  });

  it('loadEvidence() rows have events within totals, positive SDs and sizes, and a source', () => {
    for (const a of base.arms) {
      const at = `${a.file}:${a.line}`;
      if (a.events !== null && a.n !== null) expect(a.events, at).toBeLessThanOrEqual(a.n);
      if (a.sd !== null) expect(a.sd, at).toBeGreaterThan(0);
      if (a.n !== null) expect(a.n, at).toBeGreaterThan(0);
      expect(a.source_url, at).toMatch(/^https?:\/\//);
      expect(a.source_location, at).not.toBe('');
    }
    for (const e of base.events) if (e.events !== null && e.n !== null) expect(e.events).toBeLessThanOrEqual(e.n);
    for (const r of [...base.events, ...base.prepost, ...base.studies]) expect(r.source_url, `${r.file}:${r.line}`).not.toBe('');
  });

  it('loadEvidence() knows the direction of every outcome used by a row or a plan', () => {
    const used = [...base.arms, ...base.events, ...base.prepost].map((r) => r.outcome);
    for (const o of [...used, ...base.plans.analyses.map((a) => a.outcome), ...base.plans.singleArm.analyses.map((a) => a.outcome)]) {
      expect(typeof base.dictionary[o]?.lowerIsBetter, o).toBe('boolean');
    }
  });

  it('loadEvidence() dictionary covers the instruments the issue names', () => {
    for (const o of ['sledai', 'urine_protein_24h', 'c3', 'c4', 'anti_dsdna', 'vas_pain', 'womac_total', 'womac_pain', 'womac_stiffness', 'womac_function', 'edss', 'mri_gel_count', 'mri_lesion_volume', 'acr20', 'acr50', 'acr70', 'das28', 'essdai', 'esspri', 'mrss', 'haq_di', 'clinical_response', 'remission', 'relapse', 'adverse_events', 'fistula_healing']) {
      expect(base.dictionary[o], o).toBeDefined();
    }
  });

  it('loadEvidence() keeps the flags of uncertain values', () => {
    const go = base.arms.find((a) => a.analysis === 'PF_3M' && a.study_id === 'Garcia-Olmo 2009' && a.group === 'control')!;
    expect(go.flags).toContain('UNCERTAIN');
    expect(go.flag_note).toMatch(/4\/25/);
  });

  it('loadEvidence() PRISMA counts: stated ones filled, unknown ones null (not 0)', () => {
    const p = base.prisma;
    expect(p.identification.records_identified).toBe(7938);
    expect(p.screening.excluded).toBe(7891);
    expect(p.eligibility.assessed).toBe(52);
    expect(p.eligibility.excluded?.reduce((s, e) => s + e.n, 0)).toBe(10);
    expect(p.included.studies).toBe(42);
    expect(p.identification.duplicates_removed).toBeNull();
    expect(p.screening.screened).toBeNull();
    expect(p.retrieval.sought).toBeNull();
  });
});

describe('parseEvidence(texts)', () => {
  const texts = readEvidenceTexts();
  const broken = (key: keyof typeof texts, from: string, to: string) => ({ ...texts, [key]: texts[key].replace(from, to) });

  function errorOf(f: () => unknown): FileFormatError {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(FileFormatError);
      return e as FileFormatError;
    }
    throw new Error('no error');
  }

  it('parseEvidence(texts) names file, line and column when events exceed n', () => {
    const e = errorOf(() => parseEvidence(broken('arms', 'PF_3M,Zhou C 2020,fistula_healing,3 months,final,msc,MSC,11,10', 'PF_3M,Zhou C 2020,fistula_healing,3 months,final,msc,MSC,11,12'), 'data/'));
    expect(e.file).toBe('data/rct-arms.csv');
    expect(e.column).toBe('events');
    expect(e.line).toBe(11);
  });

  it('parseEvidence(texts) rejects an outcome missing from the dictionary', () => {
    const e = errorOf(() => parseEvidence(broken('arms', 'Deng 2017,sledai,', 'Deng 2017,sledai_x,')));
    expect(e.column).toBe('outcome');
    expect(e.message).toMatch(/sledai_x.*not in the outcome dictionary/);
  });

  it('parseEvidence(texts) rejects a row without a source', () => {
    const e = errorOf(() => parseEvidence(broken('studies', 'https://ard.bmj.com/content/76/8/1436,study characteristics', ',study characteristics')));
    expect(e.file).toBe('studies.csv');
    expect(e.column).toBe('source_url');
  });

  it('parseEvidence(texts) rejects a negative SD and an unknown flag', () => {
    expect(errorOf(() => parseEvidence(broken('arms', '12,,-8,4,', '12,,-8,-4,'))).column).toBe('sd');
    expect(errorOf(() => parseEvidence(broken('arms', ',UNCERTAIN,', ',MAYBE,'))).column).toBe('flags');
  });

  it('parseEvidence(texts) rejects a PRISMA count that is not a whole number', () => {
    const e = errorOf(() => parseEvidence(broken('prisma', '"excluded": 7891', '"excluded": -1')));
    expect(e.column).toBe('screening.excluded');
  });
});

describe('favoursLabels(outcome, measure)', () => {
  it('favoursLabels() puts MSC on the left when lower is better', () => {
    expect(favoursLabels(base.dictionary.sledai, 'SMD')).toEqual({ left: 'Favours MSC', right: 'Favours control' });
    expect(favoursLabels(base.dictionary.adverse_events, 'RR')).toEqual({ left: 'Favours MSC', right: 'Favours control' });
  });

  it('favoursLabels() puts MSC on the right when higher is better', () => {
    expect(favoursLabels(base.dictionary.fistula_healing, 'RR')).toEqual({ left: 'Favours control', right: 'Favours MSC' });
    expect(favoursLabels(base.dictionary.c3, 'MD')).toEqual({ left: 'Favours control', right: 'Favours MSC' });
  });

  it('effectMeaning() reads a negative SMD on SLEDAI and an RR above 1 on healing as benefit', () => {
    expect(effectMeaning(base.dictionary.sledai, 'SMD', -2.32)).toBe('benefit');
    expect(effectMeaning(base.dictionary.fistula_healing, 'RR', 2.02)).toBe('benefit');
    expect(effectMeaning(base.dictionary.c3, 'MD', -0.3)).toBe('harm');
    expect(effectMeaning(base.dictionary.relapse, 'RR', 1)).toBe('none');
  });
});
