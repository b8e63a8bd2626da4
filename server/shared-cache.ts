/**
 * Rendered answers shared by the server's workers, in files: a page one worker rendered is not
 * rendered again by the other. Each entry is written to a temporary name and renamed, so a reader
 * sees a whole entry or none; the folder belongs to one server run and is removed with it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFile } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CachedResponse } from './response-cache';

const name = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);

export class SharedCache {
  private written = 0;

  constructor(
    private readonly dir: string,
    /** Entries one worker writes at most: the folder stays bounded however many distinct requests come. */
    private readonly maxEntries = 20_000,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  get(key: string): CachedResponse | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(join(this.dir, name(key)));
    } catch {
      return undefined;
    }
    const headLength = raw.readUInt32BE(0);
    const head = JSON.parse(raw.subarray(4, 4 + headLength).toString('utf8')) as Omit<CachedResponse, 'gzip'> & { key: string };
    // A hash collision, however unlikely, must not serve another request's answer.
    if (head.key !== key) return undefined;
    return { status: head.status, headers: head.headers, etag: head.etag, gzip: raw.subarray(4 + headLength) };
  }

  set(key: string, value: CachedResponse): void {
    if (this.written >= this.maxEntries) return;
    this.written++;
    const head = Buffer.from(JSON.stringify({ key, status: value.status, headers: value.headers, etag: value.etag }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(head.length);
    const file = join(this.dir, name(key));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFile(tmp, Buffer.concat([length, head, value.gzip]), (err) => {
      if (err) return;
      try {
        renameSync(tmp, file);
      } catch {
        rmSync(tmp, { force: true });
      }
    });
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
