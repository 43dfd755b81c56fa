/** Loops that the hot paths use instead of closure-per-element array methods. */

export function allPositive(x: ArrayLike<number>): boolean {
  for (let i = 0; i < x.length; i++) if (!(x[i] > 0)) return false;
  return true;
}
