/** Time per stage of a search, for `npm run bench`'s breakdown: each lap adds the time since the last one to its stage. */
export class Stopwatch {
  readonly stages = new Map<string, number>();
  private last = performance.now();

  lap(stage: string): void {
    const now = performance.now();
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + now - this.last);
    this.last = now;
  }
}
