/**
 * Rendered answers shared by the server's workers, in files: a page one worker rendered (or the
 * prerenderer stored, server/prerender.ts) is not rendered again by the other. Each entry is
 * written to a temporary name and renamed, so a reader sees a whole entry or none; the folder
 * belongs to one server run and is removed with it.
 *
 * Entries are filed by generation (data version and day, server/response-cache.ts): a new
 * generation's first write removes all but the two newest, so the folder holds what can still be
 * asked for (the one just replaced, for a worker that has not yet noticed the swap) and no more.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFile } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationOf, type CachedResponse } from './response-cache';

const hash = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

export class SharedCache {
  private generation: string | null = null;
  private written = 0;

  constructor(
    private readonly dir: string,
    /** Entries one worker writes at most in a generation: the folder stays bounded however many distinct requests come. */
    private readonly maxEntries = 20_000,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The folder of a generation's answers (and of its prerender claims, server/claims.ts). */
  folderOf(generation: string): string {
    return join(this.dir, hash(generation, 16));
  }

  private file(key: string): string {
    return join(this.folderOf(generationOf(key)), hash(key, 40));
  }

  get(key: string): CachedResponse | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    const headLength = raw.readUInt32BE(0);
    const head = JSON.parse(raw.subarray(4, 4 + headLength).toString('utf8')) as Omit<CachedResponse, 'gzip'> & { key: string };
    // A hash collision, however unlikely, must not serve another request's answer.
    if (head.key !== key) return undefined;
    return { status: head.status, headers: head.headers, etag: head.etag, gzip: raw.subarray(4 + headLength) };
  }

  /** Whether an answer is stored under `key` (without reading it). */
  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  set(key: string, value: CachedResponse): void {
    const generation = generationOf(key);
    if (generation !== this.generation) this.turnOver(generation);
    if (this.written >= this.maxEntries) return;
    this.written++;
    const head = Buffer.from(JSON.stringify({ key, status: value.status, headers: value.headers, etag: value.etag }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(head.length);
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFile(tmp, Buffer.concat([length, head, value.gzip]), (err) => {
      // A folder removed meanwhile (its generation is over) takes the entry with it.
      if (err) return;
      try {
        renameSync(tmp, file);
      } catch {
        rmSync(tmp, { force: true });
      }
    });
  }

  /** This worker writes a new generation: count afresh, and drop the generations before the last one. */
  private turnOver(generation: string) {
    this.generation = generation;
    this.written = 0;
    const folder = this.folderOf(generation);
    mkdirSync(folder, { recursive: true });
    const others = readdirSync(this.dir)
      .map((f) => join(this.dir, f))
      .filter((f) => f !== folder)
      .flatMap((f) => {
        try {
          return [{ f, at: statSync(f).mtimeMs }];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.at - a.at);
    for (const { f } of others.slice(1)) rmSync(f, { recursive: true, force: true });
  }

  /** Where one server run's workers share what they rendered: a folder named after its primary process. */
  static dirFor(primaryPid: number): string {
    return join(tmpdir(), `plan-search-${primaryPid}-responses`);
  }

  /** The primary process a shared folder belongs to, or null for any other name. */
  static ownerOf(folder: string): number | null {
    const pid = Number(/^plan-search-(\d+)-responses$/.exec(folder)?.[1]);
    return pid > 0 ? pid : null;
  }

  /** Removes the folder (the server run is over, or starting afresh). */
  static clear(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
  }
}
