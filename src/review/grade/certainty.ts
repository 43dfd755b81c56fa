/**
 * The GRADE arithmetic. Evidence from randomised trials starts high (4) and from
 * observational studies low (2) (GRADE 3: Balshem et al. 2011, J Clin Epidemiol 64:401);
 * it is rated down 0, 1 or 2 levels for risk of bias (GRADE 4, 64:407), inconsistency
 * (GRADE 7, 64:1294), indirectness (GRADE 8, 64:1303), imprecision (GRADE 6, 64:1283) and
 * publication bias (GRADE 5, 64:1277), and observational evidence may be rated up for a
 * large effect (1 or 2), a dose-response gradient (1) or plausible confounding that would
 * reduce the effect (1) (GRADE 9, 64:1311). The result stays within very low … high.
 * Example: RCTs, risk of bias −1, imprecision −2 → 4 − 3 = 1, very low, ⊕◯◯◯.
 */
import { CERTAINTIES, DOWNGRADES, GradeError, MAX_UPGRADE, UPGRADES, type Certainty, type GradeInput, type GradeResult, type Rating } from './types.js';

export const CERTAINTY_SYMBOL: Readonly<Record<Certainty, string>> = { high: '⊕⊕⊕⊕', moderate: '⊕⊕⊕◯', low: '⊕⊕◯◯', 'very low': '⊕◯◯◯' };

function check(domain: string, r: Rating | undefined, max: number): Rating | undefined {
  if (r === undefined) return undefined;
  if (!(Number.isInteger(r.levels) && r.levels >= 0 && r.levels <= max)) throw new GradeError(`'${domain}' levels should be a whole number from 0 to ${max}, not ${JSON.stringify(r.levels)}.`);
  if (r.levels > 0 && (typeof r.reason !== 'string' || r.reason.trim() === '')) throw new GradeError(`'${domain}' is rated ${r.levels} level(s): give the 'reason'.`);
  return r;
}

export function gradeCertainty(input: GradeInput): GradeResult {
  if (input.design !== 'rct' && input.design !== 'observational') throw new GradeError(`Unknown 'design' ${JSON.stringify(input.design)}: expected rct or observational.`);
  const start = input.design === 'rct' ? 4 : 2;
  const ratings: GradeResult['ratings'][number][] = [];
  for (const d of DOWNGRADES) {
    const r = check(d, input.downgrades?.[d], 2);
    if (r) ratings.push({ domain: d, direction: 'down', levels: r.levels, reason: r.reason ?? '' });
  }
  for (const u of UPGRADES) {
    const r = check(u, input.upgrades?.[u], MAX_UPGRADE[u]);
    if (!r) continue;
    if (r.levels > 0 && input.design === 'rct') throw new GradeError(`'${u}': rating up is for observational evidence (GRADE 9); randomised evidence already starts high.`);
    ratings.push({ domain: u, direction: 'up', levels: r.levels, reason: r.reason ?? '' });
  }
  const down = ratings.filter((r) => r.direction === 'down').reduce((s, r) => s + r.levels, 0);
  const up = ratings.filter((r) => r.direction === 'up').reduce((s, r) => s + r.levels, 0);
  const warnings: string[] = [];
  if (up > 0 && down > 0) warnings.push('Evidence is rated up after being rated down: GRADE 9 advises rating up only evidence with no serious limitation; check the upgrade.');
  if (start - down + up < 1) warnings.push(`The ratings add to ${start - down + up}; certainty cannot fall below very low.`);
  const score = Math.min(4, Math.max(1, start - down + up));
  const certainty = CERTAINTIES[score - 1];
  return { design: input.design, start, down, up, score, certainty, symbol: CERTAINTY_SYMBOL[certainty], ratings, warnings };
}
