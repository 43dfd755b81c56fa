/**
 * GRADE certainty of evidence per outcome (Guyatt et al. 2011, J Clin Epidemiol 64:383,
 * the series' first article, and the articles cited by each domain below). Every rating
 * carries its reason, so that a summary-of-findings table can print the footnotes.
 */
export const DESIGNS = ['rct', 'observational'] as const;
export type Design = (typeof DESIGNS)[number];

/** Reasons to rate down, each 0, 1 or 2 levels. */
export const DOWNGRADES = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;
export type Downgrade = (typeof DOWNGRADES)[number];

/** Reasons to rate up observational evidence (GRADE 9: Guyatt et al. 2011, J Clin Epidemiol 64:1311), with their most levels. */
export const UPGRADES = ['largeEffect', 'doseResponse', 'confounding'] as const;
export type Upgrade = (typeof UPGRADES)[number];
export const MAX_UPGRADE: Readonly<Record<Upgrade, number>> = { largeEffect: 2, doseResponse: 1, confounding: 1 };

export interface Rating {
  /** 0 (not serious), 1 (serious) or 2 (very serious); for upgrades, levels up. */
  readonly levels: number;
  readonly reason: string;
}

export interface GradeInput {
  readonly design: Design;
  readonly downgrades?: Readonly<Partial<Record<Downgrade, Rating>>>;
  readonly upgrades?: Readonly<Partial<Record<Upgrade, Rating>>>;
}

export const CERTAINTIES = ['very low', 'low', 'moderate', 'high'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface GradeResult {
  readonly design: Design;
  /** 4 for randomised trials, 2 for observational studies. */
  readonly start: number;
  readonly down: number;
  readonly up: number;
  /** start − down + up, kept within 1 … 4. */
  readonly score: number;
  readonly certainty: Certainty;
  /** ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, ⊕◯◯◯ very low. */
  readonly symbol: string;
  readonly ratings: readonly { readonly domain: Downgrade | Upgrade; readonly direction: 'down' | 'up'; readonly levels: number; readonly reason: string }[];
  readonly warnings: readonly string[];
}

/** A helper's proposal for one domain: the reviewer decides. */
export interface Suggestion {
  readonly levels: number;
  readonly reason: string;
}

export class GradeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GradeError';
  }
}
