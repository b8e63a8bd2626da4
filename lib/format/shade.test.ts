import { describe, expect, it } from 'vitest';
import { SHADES, shadeLegend, shadeLevel } from './shade';

describe('shading of counts', () => {
  it('leaves 0 unshaded and gives the largest count the darkest shade', () => {
    expect(shadeLevel(0, 9)).toBe(0);
    expect(shadeLevel(9, 9)).toBe(SHADES);
    expect(shadeLevel(1, 9)).toBe(1);
    expect(shadeLevel(1, 1)).toBe(SHADES);
    expect(shadeLevel(3, 0)).toBe(0);
  });

  it('never shades a larger count lighter than a smaller one', () => {
    for (const max of [1, 2, 5, 9, 40]) {
      for (let n = 1; n < max; n++) expect(shadeLevel(n + 1, max)).toBeGreaterThanOrEqual(shadeLevel(n, max));
    }
  });

  it('lists each shade with the counts it stands for, covering 1 … max without gaps', () => {
    // 9 in four shades: ¼ of 9 is 2.25, so 1–2, 3–4, 5–6 (up to 6.75), 7–9.
    expect(shadeLegend(9)).toEqual([
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 },
      { level: 4, from: 7, to: 9 },
    ]);
    expect(shadeLegend(2)).toEqual([
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    expect(shadeLegend(0)).toEqual([]);
  });
});
