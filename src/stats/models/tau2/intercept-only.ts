/**
 * Closed forms of the projection quantities when the model has only an intercept
 * (X = 1), so each Fisher-scoring step or Q evaluation is two allocation-free passes
 * over the studies. With wᵢ = 1/(vᵢ + τ²), μ̂ = Σwᵢyᵢ/Σwᵢ and eᵢ = yᵢ − μ̂:
 *   y'Py = Σwᵢeᵢ²,  y'PPy = Σwᵢ²eᵢ²,
 *   tr(P) = Σwᵢ − Σwᵢ²/Σwᵢ,  tr(PP) = Σwᵢ² − 2Σwᵢ³/Σwᵢ + (Σwᵢ²/Σwᵢ)²
 * (the general identities of ../projection.ts with p = 1).
 */
export interface InterceptSums {
  readonly sw: number;
  readonly sw2: number;
  readonly sw3: number;
  /** y'Py */
  readonly qP: number;
  /** y'PPy */
  readonly qPP: number;
}

export function interceptSums(y: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): InterceptSums {
  const k = y.length;
  let sw = 0;
  let sw2 = 0;
  let sw3 = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i] + tau2);
    const w2 = w * w;
    sw += w;
    sw2 += w2;
    sw3 += w2 * w;
    swy += w * y[i];
  }
  const mu = swy / sw;
  let qP = 0;
  let qPP = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i] + tau2);
    const e = y[i] - mu;
    const we = w * e;
    qP += we * e;
    qPP += we * we;
  }
  return { sw, sw2, sw3, qP, qPP };
}

export const traceP1 = (s: InterceptSums) => s.sw - s.sw2 / s.sw;
export const tracePP1 = (s: InterceptSums) => s.sw2 - (2 * s.sw3) / s.sw + (s.sw2 / s.sw) ** 2;
