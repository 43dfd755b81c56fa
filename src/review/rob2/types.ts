/**
 * RoB 2, the revised Cochrane risk-of-bias tool for randomised trials (Sterne et al.
 * 2019, BMJ 366:l4898), assessed per study and outcome: signalling questions answered
 * Y / PY / PN / N / NI ("not applicable" is an unanswered question), five domains each
 * judged low risk, some concerns or high risk, and an overall judgement. Judgements use
 * the plot's words (src/plot/rob/judgements.ts) so that assessments draw directly.
 */
import type { Judgement } from '../../plot/rob/judgements.js';

export const ANSWERS = ['Y', 'PY', 'PN', 'N', 'NI'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Answers by question number ("1.1" … "5.3"). */
export type Answers = Readonly<Record<string, Answer>>;

/** What RoB 2's algorithms can suggest: never "no information". */
export type DomainJudgement = Exclude<Judgement, 'none'>;
export const DOMAIN_JUDGEMENTS: readonly DomainJudgement[] = ['low', 'some', 'high'];

export const DOMAIN_IDS = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/** Domain 2 has two versions: the effect of assignment (intention to treat) or of adhering (per protocol). */
export type Rob2Effect = 'assignment' | 'adhering';

/** The algorithm's result for one domain: null with the unanswered question it needed. */
export interface DomainSuggestion {
  readonly judgement: DomainJudgement | null;
  /** The questions the algorithm read, in order. */
  readonly path: readonly string[];
  /** Questions it needed that have no answer. */
  readonly missing: readonly string[];
  /**
   * "If applicable" questions it read with no answer, so took as not applicable (e.g. 2.3–2.5
   * for the effect of adhering): shown beside the judgement, since a forgotten answer reads
   * the same. Absent in assessments stored before it was recorded.
   */
  readonly notApplicable?: readonly string[];
}

export interface Override {
  readonly judgement: DomainJudgement;
  readonly reason: string;
}

/** What an assessor records for one study and outcome. */
export interface Rob2Input {
  readonly effect?: Rob2Effect;
  readonly answers: Answers;
  /** The reviewer's judgement where it differs from the algorithm's, with the reason. */
  readonly overrides?: Readonly<Partial<Record<DomainId | 'overall', Override>>>;
}

export interface DomainAssessment {
  readonly domain: DomainId;
  readonly suggested: DomainSuggestion;
  /** The override if there is one, else the suggestion (null while questions are unanswered). */
  readonly judgement: DomainJudgement | null;
  readonly override: Override | null;
}

export interface Rob2Assessment {
  readonly effect: Rob2Effect;
  readonly domains: readonly DomainAssessment[];
  /** The standard rule (overallJudgement) applied to the domains' final judgements. */
  readonly suggestedOverall: DomainJudgement | null;
  readonly overall: DomainJudgement | null;
  readonly overallOverride: Override | null;
}

export class Rob2Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Rob2Error';
  }
}
