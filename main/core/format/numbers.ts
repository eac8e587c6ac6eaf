/** Rounds to a whole number and turns -0 into 0, so "-0" can never be shown. */
export function roundForDisplay(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? 0 : rounded;
}
