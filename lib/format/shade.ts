/**
 * The shading of a count in the comparison tables: a cue beside the number, never instead of it.
 * Linear in the count, so that the legend's ranges are even and a shade reads as "about this many".
 */
export const SHADES = 4;

/** 0 for no paragraphs, else 1 … SHADES: the share of the table's largest count. */
export function shadeLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(SHADES, Math.max(1, Math.ceil((SHADES * count) / max)));
}

/** Which counts each shade stands for in a table whose largest count is `max`: the shades in use, lightest first. */
export function shadeLegend(max: number): { level: number; from: number; to: number }[] {
  const out: { level: number; from: number; to: number }[] = [];
  for (let n = 1; n <= max; n++) {
    const level = shadeLevel(n, max);
    const last = out.at(-1);
    if (last?.level === level) last.to = n;
    else out.push({ level, from: n, to: n });
  }
  return out;
}
