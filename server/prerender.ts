/**
 * Pages rendered ahead of visitors. Permalinks, chapters, the home pages and the indicators are
 * pure functions of the data (and of the origin they are addressed on, and the day: the cache key,
 * server/response-cache.ts), so the server renders them all once per generation rather than one
 * visitor at a time: a first-seen permalink is then a stored answer.
 *
 * - **When.** A worker that sees an origin (scheme and host) for the first time in a generation
 *   starts a pass for it; when the generation turns over (an ingest, midnight UTC; looked at once a
 *   second) it starts one for every origin it has seen lately.
 * - **Once.** Each pass is claimed in the workers' shared folder (server/claims.ts): one worker
 *   renders, the other serves the answers from the shared cache.
 * - **Behind visitors.** One page at a time, each only at a quiet moment: no visitor's request in
 *   the worker, none for a few milliseconds (server/visitors.ts). A pass the data overtook stops.
 * - **Stored as a visitor's request would be.** Each page is asked of the worker itself, with the
 *   origin's headers, and goes through the same render, gzip, ETag and caches as any request.
 */
import type { Origin } from './response-cache';

export interface PrerenderDeps {
  /** The current generation (data version and day). */
  generation(): string;
  /** The pages to render (read afresh for each pass: the data may have changed). */
  paths(): string[];
  /** Whether the answer for this origin and path is stored already (a visitor asked, or another pass). */
  isStored(origin: Origin, path: string): boolean;
  /** Renders and stores one page as asked on `origin`; resolves once stored, rejects when it was not a 200. */
  render(origin: Origin, path: string): Promise<void>;
  /** Claims a pass across the workers; false when another holds it (or too many origins were claimed). */
  claim(generation: string, origin: Origin): boolean;
  /** Resolves at the next moment no visitor is being answered. */
  quiet(): Promise<void>;
  log(line: string): void;
}

export interface PassResult {
  rendered: number;
  stored: number;
  failed: number;
  stopped: boolean;
  seconds: number;
}

/** PRERENDER: on unless `0` (tests that need pages rendered on request). */
export function prerenderEnabled(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '1') return true;
  if (value === '0') return false;
  throw new Error(`PRERENDER must be 0 (off) or 1 (on, the default), not ${JSON.stringify(value)}`);
}

const originId = (o: Origin) => `${o.proto}\n${o.host}`;

/** How a pass is named in the log: the address its links point at. */
export const originLabel = (o: Origin) => `${o.proto === 'https' ? 'https' : 'http'}://${o.host || '(no host)'}`;

export class Prerenderer {
  /** The origins seen in the current generation, with how often: the busiest are prerendered for the next. */
  private seen = new Map<string, { origin: Origin; hits: number }>();
  private seenIn = '';
  private readonly queue: [string, Origin][] = [];
  private running = false;
  /** What ran last, for tests. */
  readonly results: PassResult[] = [];

  constructor(
    private readonly deps: PrerenderDeps,
    /** Origins carried into a new generation (each costs a pass). */
    private readonly maxOrigins = 4,
    /**
     * How long a generation must last before its pass starts: an ingest renames its files one by
     * one, each a new data version for a moment, and a pass for each would be thrown away.
     */
    private readonly settleMs = 0,
  ) {}

  /** A visitor's request on `origin` in `generation` (from its cache key): two map operations when nothing is new. */
  saw(generation: string, origin: Origin): void {
    if (generation !== this.seenIn) this.turnOver(generation);
    const id = originId(origin);
    const entry = this.seen.get(id);
    if (entry) {
      entry.hits++;
      return;
    }
    // However many made-up Host headers come, a generation costs a bounded number of claims.
    if (this.seen.size >= 4 * this.maxOrigins) return;
    this.seen.set(id, { origin, hits: 1 });
    this.start(generation, origin);
  }

  /** Looks at the generation (once a second): when it turned over, passes for the busiest origins of the last one. */
  tick(): void {
    const generation = this.deps.generation();
    if (generation !== this.seenIn) this.turnOver(generation);
  }

  private turnOver(generation: string) {
    // By visits, so that a burst of made-up hosts does not push the site's own out.
    const busiest = [...this.seen.values()].sort((a, b) => b.hits - a.hits).slice(0, this.maxOrigins);
    this.seenIn = generation;
    this.seen = new Map();
    for (const { origin } of busiest) {
      this.seen.set(originId(origin), { origin, hits: 0 });
      this.start(generation, origin);
    }
  }

  /** A pass for `origin`, unless another worker claimed it. */
  private start(generation: string, origin: Origin) {
    if (!this.deps.claim(generation, origin)) return;
    this.queue.push([generation, origin]);
    void this.drain();
  }

  private async drain() {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) await this.pass(...next);
    } finally {
      this.running = false;
    }
  }

  /** Renders every page not yet stored for `origin`, one at a time at quiet moments, while `generation` lasts. */
  async pass(generation: string, origin: Origin): Promise<PassResult> {
    const t0 = performance.now();
    const result: PassResult = { rendered: 0, stored: 0, failed: 0, stopped: false, seconds: 0 };
    const over = () => this.deps.generation() !== generation;
    if (this.settleMs > 0) await new Promise((r) => setTimeout(r, this.settleMs));
    // Overtaken before it began: nothing to say (the next generation's pass will).
    if (over()) return { ...result, stopped: true };
    let paths: string[] = [];
    try {
      paths = this.deps.paths();
    } catch (e) {
      this.deps.log(`prerender for ${originLabel(origin)}: ${(e as Error).message}`);
      result.failed = 1;
    }
    for (const path of paths) {
      if ((result.stopped = over())) break;
      if (this.deps.isStored(origin, path)) {
        result.stored++;
        continue;
      }
      await this.deps.quiet();
      if ((result.stopped = over())) break;
      try {
        await this.deps.render(origin, path);
        result.rendered++;
      } catch {
        result.failed++;
      }
    }
    result.seconds = (performance.now() - t0) / 1000;
    this.results.push(result);
    this.deps.log(
      `prerender for ${originLabel(origin)}: ${result.rendered} pages rendered, ${result.stored} already stored${result.failed ? `, ${result.failed} failed` : ''} in ${result.seconds.toFixed(1)} s${result.stopped ? ' (stopped: the data or the day changed)' : ''}`,
    );
    return result;
  }
}
