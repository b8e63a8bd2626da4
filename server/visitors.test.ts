import { describe, expect, it } from 'vitest';
import { Visitors } from './visitors';

describe('Visitors', () => {
  it('is quiet only with no request in flight and none ended in the last moments', () => {
    let now = 1000;
    const v = new Visitors(() => now);
    expect(v.isQuiet(10)).toBe(true);
    const leaveA = v.arrive();
    const leaveB = v.arrive();
    leaveA();
    // Leaving twice (a response's close after its finish) counts once.
    leaveA();
    expect(v.busy).toBe(1);
    expect(v.isQuiet(10)).toBe(false);
    leaveB();
    now += 9;
    expect(v.isQuiet(10)).toBe(false);
    now += 1;
    expect(v.isQuiet(10)).toBe(true);
  });

  it('resolves whenQuiet once the last request has been gone long enough', async () => {
    const v = new Visitors();
    const leave = v.arrive();
    let quiet = false;
    const waiting = v.whenQuiet(5).then(() => (quiet = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(quiet).toBe(false);
    leave();
    await waiting;
    expect(quiet).toBe(true);
  });
});
