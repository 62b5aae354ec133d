// Shading classes of a choropleth: quantiles of the distinct non-zero counts, so that a few very
// large regions do not leave every other one in the lightest shade.
export const SHADES = 5;

/** Ascending upper bounds of at most `classes` classes of the positive values. */
export function classBreaks(values: readonly number[], classes = SHADES): number[] {
  const distinct = [...new Set(values.filter((v) => Number.isFinite(v) && v > 0))].sort((a, b) => a - b);
  const k = Math.min(classes, distinct.length);
  const upper: number[] = [];
  for (let j = 1; j <= k; j++) upper.push(distinct[Math.ceil((j * distinct.length) / k) - 1]!);
  return upper;
}

/** The shade of a value: 0 for none, else 1 (lightest) to `shades` (darkest), the classes spread
 * over the shades so that the largest value always gets the darkest. */
export function shadeOf(value: number, upper: readonly number[], shades = SHADES): number {
  if (!(value > 0) || upper.length === 0) return 0;
  let j = upper.findIndex((u) => value <= u);
  if (j < 0) j = upper.length - 1;
  if (upper.length === 1) return shades;
  return 1 + Math.round((j * (shades - 1)) / (upper.length - 1));
}

/** [lowest, highest] count of each class, contiguous: (previous upper, upper]. */
export function classRanges(upper: readonly number[]): Array<[number, number]> {
  return upper.map((u, j) => [j === 0 ? 1 : Math.floor(upper[j - 1]!) + 1, u]);
}
