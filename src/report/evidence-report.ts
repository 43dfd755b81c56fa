/**
 * The report of the embedded MSC evidence: PRISMA, included studies, a summary of findings,
 * one section per planned analysis (pooled with the review's own rule beside metasift's
 * recommended model, or a plain statement of what is missing), single-arm SLE evidence and
 * the reproduction table. The numbers come from the evidence runner (src/analysis/evidence):
 * the forest plots and the text are drawn from the runner's own pooled result and study
 * effects (RevMan 5's numbers under the as-published plan), so plot and text cannot disagree.
 */
import type { AnalysisReport } from '../analysis/analyze-table.js';
import type { EvidenceAnalysisResult, EvidencePlanResult, PooledEvidence, ReproductionRow, SingleArmPlanResult } from '../analysis/evidence/index.js';
import type { CsvTable } from '../io/csv/parse-csv.js';
import { forestPlot } from '../plot/forest/forest-plot.js';
import { prismaPlot } from '../plot/prisma/prisma-plot.js';
import { prismaCounts } from '../plot/prisma/counts.js';
import { fixed } from '../plot/svg/format.js';
import { pText } from '../plot/forest/format.js';
import type { EvidenceBase } from '../review/evidence/index.js';
import { armsFromTable } from '../analysis/arms-from-table.js';
import { outcomeSection, estimateWords } from './outcome-section.js';
import type { ReportModel, ReportSection, ReportTable } from './report-model.js';
import { summaryOfFindings, type FindingRow } from './summary-of-findings.js';

export interface EvidenceReportInputs {
  readonly base: EvidenceBase;
  readonly published: EvidencePlanResult;
  readonly recommended: EvidencePlanResult;
  readonly singleArm: SingleArmPlanResult;
  readonly reproduction: readonly ReproductionRow[];
}

const COLUMNS = ['ai', 'n1i', 'ci', 'n2i', 'm1i', 'sd1i', 'm2i', 'sd2i'] as const;

/** The pooled studies of one analysis as a table in metafor's column names. */
function studyTable(a: EvidenceAnalysisResult): CsvTable {
  const rows = a.studies.filter((s) => s.missing === null);
  const used = COLUMNS.filter((c) => rows.every((s) => s[c] !== null));
  return {
    file: `data/msc-autoimmune (analysis ${a.id})`,
    columns: ['study', ...used],
    rows: rows.map((s) => [s.label, ...used.map((c) => String(s[c]))]),
    lines: rows.map((_, i) => i + 2),
  };
}

/** The runner's pooled result in the keys of `metasift analyze` (analysis scale, 95% level), for the text and the forest plot. */
function pooledReport(a: EvidenceAnalysisResult, p: PooledEvidence): AnalysisReport {
  const ratio = ['RR', 'OR', 'PETO'].includes(a.measure);
  const scale = ratio ? Math.log : (x: number) => x;
  const n = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);
  const stat = p.b / p.se;
  return {
    k: p.k,
    measure: a.measure,
    method: p.method,
    test: p.test,
    level: 95,
    b: n(p.b),
    se: n(p.se),
    ...(p.test === 'z' ? { zval: n(stat) } : { tval: n(stat), ddf: p.k - 1 }),
    pval: n(p.pval),
    ci_lb: n(scale(p.ci_lb)),
    ci_ub: n(scale(p.ci_ub)),
    pi_lb: p.pi_lb === null ? null : n(scale(p.pi_lb)),
    pi_ub: p.pi_ub === null ? null : n(scale(p.pi_ub)),
    tau2: n(p.tau2),
    se_tau2: null,
    tau2_ci: [null, null],
    I2: n(p.I2),
    I2_ci: [null, null],
    H2: null,
    H2_ci: [null, null],
    QE: n(p.QE),
    QE_df: p.k - 1,
    QEp: n(p.QEp),
    transf: { name: ratio ? 'exp' : 'none', est: n(p.estimate), ci_lb: n(p.ci_lb), ci_ub: n(p.ci_ub), pi_lb: p.pi_lb, pi_ub: p.pi_ub },
    studies: a.studies
      .filter((s) => s.missing === null)
      .map((s) => ({ study: s.label, yi: n(s.effect?.yi), vi: n(s.effect?.vi), weight: n(s.effect?.weight) })),
    warnings: p.warnings,
  };
}

function analysisResult(a: EvidenceAnalysisResult): { table: CsvTable; result: AnalysisReport } | undefined {
  if (a.status !== 'pooled' || a.pooled === null) return undefined;
  return { table: studyTable(a), result: pooledReport(a, a.pooled) };
}

function studyNotes(a: EvidenceAnalysisResult): string[] {
  const notes: string[] = [];
  for (const s of a.studies) {
    for (const c of s.conversions) notes.push(`${s.label}: ${c}.`);
    for (const f of s.flagNotes) notes.push(`${s.label}: ${f}`);
  }
  return notes;
}

function comparisonParagraph(pub: EvidenceAnalysisResult, rec: EvidenceAnalysisResult | undefined): string[] {
  const p = pub.pooled;
  const r = rec?.pooled;
  if (!p || !r) return [];
  const sig = (x: { ci_lb: number; ci_ub: number }, nul: number) => x.ci_lb > nul || x.ci_ub < nul;
  const nul = ['RR', 'OR'].includes(pub.measure) ? 1 : 0;
  const differs = sig(p, nul) !== sig(r, nul);
  const pi = r.pi_lb !== null && r.pi_ub !== null ? `; 95% prediction interval ${fixed(r.pi_lb, 2)} to ${fixed(r.pi_ub, 2)}` : '';
  return [
    `Model as the review chose it: ${p.choice} Result ${estimateWords(p.estimate, p.ci_lb, p.ci_ub, 95)}.`,
    `metasift's recommended model (${r.choice.replace(/ \(plan rule\)\.?$/, '')}): ${estimateWords(r.estimate, r.ci_lb, r.ci_ub, 95)}, ${pText(r.pval)}${pi}.` +
      (differs ? ' The choice of model changes the conclusion here: one interval excludes no effect and the other does not.' : ''),
  ];
}

function analysisSection(pub: EvidenceAnalysisResult, rec: EvidenceAnalysisResult | undefined): { section: ReportSection; finding: FindingRow } {
  const computed = analysisResult(pub);
  const missing = pub.missing.length > 0 ? pub.missing : [];
  if (computed === undefined) {
    return {
      section: {
        id: `analysis-${pub.id}`,
        title: pub.title,
        paragraphs: [
          pub.status === 'single-study'
            ? `Only one study has usable data (${pub.studies.find((s) => s.missing === null)?.label ?? ''}); nothing is pooled.`
            : 'Not enough data to pool.',
        ],
        notes: missing,
        tables: [studiesTable(pub)],
      },
      finding: { outcome: pub.title, result: undefined, studies: pub.k, missing: pub.status === 'single-study' ? 'one study only: not pooled' : 'data not available' },
    };
  }
  const svg = forestPlot(computed.result, {
    arms: armsFromTable(computed.table),
    favoursLeft: pub.favours.left,
    favoursRight: pub.favours.right,
    prediction: computed.result.method !== 'MH' && computed.result.method !== 'FE',
  });
  const section = outcomeSection({
    id: `analysis-${pub.id}`,
    title: pub.title,
    result: computed.result,
    figures: [{ name: `forest-${pub.id}`, caption: `Forest plot: ${pub.title} (as the review would pool it)`, svg }],
    notes: [...missing, ...studyNotes(pub)],
  });
  const participants = pub.studies.filter((s) => s.missing === null).reduce((n, s) => n + (s.n1i ?? 0) + (s.n2i ?? 0), 0);
  return {
    section: { ...section, paragraphs: [...(section.paragraphs ?? []), ...comparisonParagraph(pub, rec)] },
    finding: { outcome: pub.title, result: computed.result, participants },
  };
}

function studiesTable(a: EvidenceAnalysisResult): ReportTable {
  return {
    caption: 'Studies in this analysis',
    header: ['Study', 'MSC source', 'Timepoint', 'Usable?'],
    rows: a.studies.map((s) => [s.label, s.msc_source, s.timepoint, s.missing ?? 'yes']),
  };
}

function includedStudies(base: EvidenceBase): ReportTable {
  return {
    caption: 'Randomised trials in the embedded evidence (n = MSC / control)',
    header: ['Study', 'Disease', 'MSC source', 'Dose', 'Route', 'Control', 'n', 'Follow-up', 'Registration'],
    rows: base.studies.map((s) => [
      s.label, s.disease, s.msc_source, s.dose, s.route, s.control,
      s.n_msc === null && s.n_control === null ? s.arm_sizes : `${s.n_msc ?? '?'} / ${s.n_control ?? '?'}`,
      s.follow_up, s.registration,
    ]),
  };
}

function singleArmSection(sa: SingleArmPlanResult): ReportSection {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const a of sa.analyses) {
    if (a.kind === 'proportion') {
      if (a.pooled.length === 0) rows.push([a.title, String(a.k), '', 'not pooled', '', '']);
      for (const p of a.pooled) {
        rows.push([a.title, String(p.k), p.measure, estimateWords(p.estimate, p.ci_lb, p.ci_ub, 95), p.I2 === null ? '' : `${fixed(p.I2, 0)}%`, p.choice]);
      }
      notes.push(a.overlapStatement, ...a.missing);
    } else {
      for (const b of a.byRi) {
        const label = b.ri === null ? 'SD of change printed' : `assumed r = ${b.ri}`;
        rows.push([`${a.title} (${a.unit}; ${label})`, String(b.k), b.pooled?.measure ?? '', b.pooled ? estimateWords(b.pooled.estimate, b.pooled.ci_lb, b.pooled.ci_ub, 95) : b.note, b.pooled ? `${fixed(b.pooled.I2, 0)}%` : '', b.pooled?.choice ?? '']);
      }
      notes.push(a.riStatement, ...a.missing);
    }
  }
  return {
    id: 'single-arm',
    title: 'Single-arm evidence in SLE',
    paragraphs: [
      'Cohorts of patients with SLE treated with MSC, without a control group: pooled proportions on the logit (PLO) and Freeman–Tukey (PFT) scales, back-transformed, and pooled change from baseline.',
    ],
    tables: [{ caption: 'Pooled single-arm results', header: ['Outcome', 'Studies', 'Scale', 'Estimate (95% CI)', 'I²', 'Model'], rows, numeric: [1] }],
    notes: [...new Set(notes.filter((n) => n !== ''))],
  };
}

function reproductionSection(rows: readonly ReproductionRow[]): ReportSection {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return {
    id: 'reproduction',
    title: 'Reproduction of published pooled results',
    paragraphs: [
      `Each pooled result printed by the published reviews, beside what metasift computes from the same studies where the data allow. ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}. The data were never adjusted to match a published number.`,
    ],
    tables: [{
      header: ['Review', 'Outcome', 'Published', 'metasift', 'Difference', 'Status', 'Reason'],
      rows: rows.map((r) => [
        r.review, r.outcome,
        `${r.published.measure} ${r.published.estimate}${r.published.ci_lb ? ` (${r.published.ci_lb} to ${r.published.ci_ub})` : ''}${r.published.k === null ? '' : `, k = ${r.published.k}`}`,
        r.metasift ? `${r.metasift.measure} ${estimateWords(r.metasift.estimate, r.metasift.ci_lb, r.metasift.ci_ub, 95)}, k = ${r.metasift.k}` : '',
        r.difference === null ? '' : fixed(r.difference, 2),
        r.status, r.reason,
      ]),
    }],
  };
}

export function evidenceReport(inputs: EvidenceReportInputs): ReportModel {
  const { base, published, recommended, singleArm, reproduction } = inputs;
  const prisma = prismaCounts(base.prisma);
  const findings: FindingRow[] = [];
  const analyses: ReportSection[] = [];
  for (const a of published.analyses) {
    const { section, finding } = analysisSection(a, recommended.analyses.find((r) => r.id === a.id));
    analyses.push(section);
    findings.push(finding);
  }
  const prismaFlags = base.prisma.flags ?? [];
  return {
    title: 'Mesenchymal stromal cell therapy for autoimmune and rheumatic diseases',
    subtitle:
      'The evidence behind Zeng et al., Stem Cell Res Ther 2025;16:65 (42 RCTs, RevMan 5.4), rebuilt from public sources with every number traced to its source: what can be pooled today, what cannot and why.',
    sections: [
      { id: 'prisma', title: 'Study selection (PRISMA 2020)', figures: [{ name: 'prisma', caption: 'PRISMA 2020 flow diagram of the published review', svg: prismaPlot(prisma) }], notes: prismaFlags },
      { id: 'summary', title: 'Summary of findings', tables: [summaryOfFindings(findings)], paragraphs: ['Model as the published review would choose it, computed as RevMan 5.4 does (fixed effect when I² is at most 50%, DerSimonian–Laird random effects otherwise; Mantel–Haenszel for dichotomous outcomes, with RevMan\'s τ² from Q around the M-H estimate and its zero-cell rule). GRADE certainty has not been assessed for this embedded example.'] },
      { id: 'studies', title: 'Included trials', tables: [includedStudies(base)] },
      ...analyses,
      singleArmSection(singleArm),
      reproductionSection(reproduction),
    ],
  };
}
