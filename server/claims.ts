/**
 * Work that one process of several should do once: the first to claim a name in a shared folder
 * holds it (a file created exclusively, holding its pid). The server's workers claim each prerender
 * pass (server/prerender.ts), so two workers never render the same pages ahead of visitors.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '../lib/process-alive';

export class Claims {
  constructor(
    /** The folder; created when first claimed in. */
    private readonly dir: string,
    /** Claims the folder holds at most: a name past it is refused (a flood of made-up hosts must not start a pass each). */
    private readonly max = Infinity,
    private readonly pid = process.pid,
    private readonly alive: (pid: number) => boolean = isAlive,
  ) {}

  /**
   * Claims `name` for this process: true when it was free, or held by a process that is gone (a
   * worker that died half-way: its successor takes the work over); false when a live process holds
   * it, or the folder is full.
   */
  take(name: string): boolean {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`a claim's name is a file name, not ${JSON.stringify(name)}`);
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, name);
    if (this.create(file)) return true;
    let holder: number;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      // Removed since: free again.
      return this.create(file);
    }
    // An empty file is being written by its holder right now; a dead holder's claim is taken over.
    // (Two processes taking over the same dead claim at once may both win: the work is then done
    // twice, never left undone.)
    if (!(holder > 0) || holder === this.pid || this.alive(holder)) return false;
    rmSync(file, { force: true });
    return this.create(file);
  }

  private create(file: string): boolean {
    if (readdirSync(this.dir).length >= this.max) return false;
    try {
      writeFileSync(file, String(this.pid), { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  }
}
