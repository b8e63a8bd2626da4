import { describe, expect, it } from 'vitest';
import { Gate } from './gate';

describe('Gate', () => {
  it('runs at most max tasks at once and starts the others in arrival order as slots free', () => {
    const gate = new Gate(2);
    const started: number[] = [];
    const leaves: (() => void)[] = [];
    for (let i = 0; i < 5; i++)
      gate.enter((leave) => {
        started.push(i);
        leaves[i] = leave;
      });
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ active: 2, waiting: 3 });
    leaves[1]!();
    expect(started).toEqual([0, 1, 2]);
    // Leaving twice frees one slot, not two.
    leaves[1]!();
    expect(started).toEqual([0, 1, 2]);
    leaves[0]!();
    leaves[2]!();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    leaves[3]!();
    leaves[4]!();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a gate without a slot', () => {
    expect(() => new Gate(0)).toThrow(/at least one slot/);
    expect(() => new Gate(Number.NaN)).toThrow(/at least one slot/);
  });
});
