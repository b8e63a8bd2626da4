/**
 * The visitors' requests a worker is answering, so that work done for no one in particular (the
 * prerender, server/prerender.ts) runs only while none is: it waits for a quiet moment, never the
 * visitor for it.
 */
export class Visitors {
  private inFlight = 0;
  private lastLeft = -Infinity;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** A request arrived; call the function it returns when its answer is sent or its client went. */
  arrive(): () => void {
    this.inFlight++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight--;
      this.lastLeft = this.clock();
    };
  }

  /** Whether no request is being answered and none ended in the last `quietMs`. */
  isQuiet(quietMs: number): boolean {
    return this.inFlight === 0 && this.clock() - this.lastLeft >= quietMs;
  }

  /** Resolves at the first quiet moment, looking every `quietMs`. */
  async whenQuiet(quietMs: number): Promise<void> {
    while (!this.isQuiet(quietMs)) await new Promise((r) => setTimeout(r, quietMs));
  }

  get busy(): number {
    return this.inFlight;
  }
}
