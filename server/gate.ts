/**
 * At most `max` tasks at once, the others started in arrival order as slots free. The server lets
 * only a few page renders run at once in a worker: under 32 connections, sixteen renders at once
 * hold sixteen React trees in memory and share the core sixteen ways, so each takes longer and the
 * heap grows; a few at a time finish sooner, one after another, in a heap a fraction of the size.
 */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {
    if (!(max >= 1)) throw new Error(`a gate needs at least one slot, not ${max}`);
  }

  /** Runs `task` now or once a slot is free; `task` gets `leave`, which frees its slot (later calls do nothing). */
  enter(task: (leave: () => void) => void): void {
    const start = () => {
      this.active++;
      let left = false;
      task(() => {
        if (left) return;
        left = true;
        this.active--;
        this.waiting.shift()?.();
      });
    };
    if (this.active < this.max) start();
    else this.waiting.push(start);
  }

  /** Tasks running and tasks waiting, for tests and figures. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}
