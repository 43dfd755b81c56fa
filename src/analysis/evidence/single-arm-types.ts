/** Results of the single-arm analyses: pooled proportions and pooled pre–post changes (JSON-ready). */
import type { Flag } from '../../review/evidence/types.js';

export interface SingleArmStudy {
  readonly study_id: string;
  readonly label: string;
  readonly timepoint: string;
  readonly flags: readonly Flag[];
  readonly flagNotes: readonly string[];
  readonly sources: readonly { readonly url: string; readonly location: string }[];
  /** Conversions applied, in words (categories summed, unit changed). */
  readonly conversions: readonly string[];
  /** Why the row is not pooled: a missing value, or the overlap rule. null when pooled. */
  readonly excluded: string | null;
}

export interface ProportionStudy extends SingleArmStudy {
  readonly events: number | null;
  readonly n: number | null;
  readonly proportion: number | null;
}

export interface SingleArmPooled {
  /** 'PLO' (logit), 'PFT' (Freeman–Tukey), 'MC'/'MN' (raw mean change). */
  readonly measure: string;
  readonly model: 'fixed' | 'random';
  readonly method: string;
  readonly test: 'z' | 'knha';
  readonly choice: string;
  readonly k: number;
  /** metafor's name of the back-transformation ('transf.ilogit', 'transf.ipft.hm', 'none'). */
  readonly backTransform: string;
  readonly estimate: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly pi_lb: number | null;
  readonly pi_ub: number | null;
  readonly I2: number;
  readonly tau2: number;
  readonly pval: number;
}

export interface ProportionResult {
  readonly id: string;
  readonly title: string;
  readonly outcome: string;
  readonly kind: 'proportion';
  readonly k: number;
  readonly studies: readonly ProportionStudy[];
  /** One per transform of the plan; empty when fewer than minStudies rows are usable. */
  readonly pooled: readonly SingleArmPooled[];
  readonly missing: readonly string[];
  readonly overlapStatement: string;
}

export interface PrePostStudy extends SingleArmStudy {
  readonly n: number | null;
  /** Mean change (post − pre) in the dictionary's unit. */
  readonly mean_change: number | null;
  /** 'change-sd' (the SD of the change is printed: no correlation needed) or 'pre-post' (needs ri). */
  readonly basis: 'change-sd' | 'pre-post' | null;
}

export interface PrePostByRi {
  /** null: only rows that print the SD of the change (no assumption). */
  readonly ri: number | null;
  readonly k: number;
  readonly pooled: SingleArmPooled | null;
  readonly note: string;
}

export interface PrePostResult {
  readonly id: string;
  readonly title: string;
  readonly outcome: string;
  readonly kind: 'prepost';
  readonly unit: string;
  readonly studies: readonly PrePostStudy[];
  readonly byRi: readonly PrePostByRi[];
  readonly missing: readonly string[];
  readonly riStatement: string;
}

export type SingleArmResult = ProportionResult | PrePostResult;
