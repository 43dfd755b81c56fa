/**
 * A study's arms for one outcome as the two groups of the comparison: each arm converted
 * to escalc's inputs (armSummary), then the arms flagged "msc" combined into one group and
 * those flagged "control" into the other (Cochrane Handbook 6.5.2.10: combineArms for
 * means and SDs, combineBinaryArms for events). Arms flagged "none" are left out. The
 * notes say, per group, which arms went in and which conversions were used.
 */
import { combineArms, combineBinaryArms } from '../../stats/conversions/index.js';
import { armSummary, type ArmConversion } from './arm-summary.js';
import { ExtractionError, type ArmEntry } from './types.js';

export type GroupSummary =
  | { readonly kind: 'binary'; readonly events: number; readonly n: number }
  | { readonly kind: 'continuous'; readonly mean: number; readonly sd: number; readonly n: number };

export interface GroupedArms {
  readonly msc: GroupSummary;
  readonly control: GroupSummary;
  /** Per group: the arms combined and each arm's conversion. */
  readonly arms: { readonly msc: readonly ArmNote[]; readonly control: readonly ArmNote[] };
}

export interface ArmNote {
  readonly arm: string;
  readonly conversion: ArmConversion;
}

function group(arms: readonly { arm: string; entry: ArmEntry }[], which: 'msc' | 'control', study: string): { summary: GroupSummary; notes: ArmNote[] } {
  const chosen = arms.filter((a) => a.entry.group === which);
  if (chosen.length === 0) throw new ExtractionError(`${study}: no arm is flagged '${which}' (group), so the study has no ${which === 'msc' ? 'MSC' : 'control'} group.`, 'group');
  const s = chosen.map((a) => armSummary(a.entry.value));
  const notes = chosen.map((a, i) => ({ arm: a.arm, conversion: s[i].conversion }));
  if (s.every((x) => x.kind === 'binary')) {
    const { events, n } = combineBinaryArms(s);
    return { summary: { kind: 'binary', events, n }, notes };
  }
  if (s.every((x) => x.kind === 'continuous')) {
    const { mean, sd, n } = combineArms(s);
    return { summary: { kind: 'continuous', mean, sd, n }, notes };
  }
  throw new ExtractionError(`${study}: the ${which} arms mix events and means.`, 'type');
}

export function groupArms(arms: readonly { arm: string; entry: ArmEntry }[], study = 'The study'): GroupedArms {
  const msc = group(arms, 'msc', study);
  const control = group(arms, 'control', study);
  return { msc: msc.summary, control: control.summary, arms: { msc: msc.notes, control: control.notes } };
}
