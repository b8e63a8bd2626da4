import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, LockHeldError } from './lock';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let work: string;
let n = 0;
const folder = () => join(work, `out-${++n}`);

/** The pid of a process that has exited: no process holds it now. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

/** Another process that takes the lock on `dir` and holds it until its stdin closes; resolves once it holds it. */
async function holder(dir: string): Promise<ChildProcessWithoutNullStreams> {
  const script = join(work, 'hold.ts');
  writeFileSync(
    script,
    `import { acquireLock } from ${JSON.stringify(join(process.cwd(), 'ingest/lock.ts'))};
const release = acquireLock(${JSON.stringify(dir)});
console.log('held');
process.stdin.on('end', () => { release(); process.exit(0); });
process.stdin.resume();
`,
  );
  // One process (no tsx wrapper), so its pid is the lock's and SIGKILL reaches the holder itself.
  const child = spawn(process.execPath, ['--import', 'tsx', script]);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited (${code})`)));
  });
  return child;
}

const exited = (child: ChildProcessWithoutNullStreams) => new Promise((resolve) => child.on('exit', resolve));
const ingest = (out: string) => spawnSync(tsx, ['ingest/cli.ts', '--out', out, '--quiet'], { encoding: 'utf8' });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-lock-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the ingest lock', () => {
  it('holds the pid and start time, refuses a second taker, and is free again once released', () => {
    const dir = folder();
    const release = acquireLock(dir);
    const held = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(held.pid).toBe(process.pid);
    expect(Date.now() - Date.parse(held.started)).toBeGreaterThanOrEqual(0);
    expect(() => acquireLock(dir)).toThrow(LockHeldError);
    expect(() => acquireLock(dir)).toThrow(new RegExp(`another ingest \\(pid ${process.pid}, started ${held.started}\\)`));
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireLock(dir)();
  });

  it('takes over a stale lock (its process is gone) with a notice', () => {
    const dir = folder();
    const pid = deadPid();
    acquireLock(dir)();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, started: '2021-03-29T00:00:00.000Z' }));
    const notices: string[] = [];
    const release = acquireLock(dir, (l) => notices.push(l));
    expect(notices).toEqual([expect.stringMatching(new RegExp(`stale lock \\(pid ${pid}, started 2021-03-29T00:00:00.000Z, no longer running\\)`))]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('refuses a lock file it cannot read rather than guess', () => {
    const dir = folder();
    acquireLock(dir)();
    writeFileSync(join(dir, LOCK_FILE), '');
    expect(() => acquireLock(dir)).toThrow(/cannot be read; if no ingest is running, delete it/);
  });

  it('a real ingest refuses, in one line and writing nothing, while another process holds the folder', async () => {
    const out = folder();
    const other = await holder(out);
    const refused = ingest(out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(`^ingest: .*${LOCK_FILE}: another ingest \\(pid \\d+, started [^)]+\\) is writing this folder; wait for it to finish, or stop it\\n$`),
    );
    expect(refused.stderr).toContain(`pid ${other.pid}`);
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(false);
    expect(existsSync(join(out, 'index.sqlite'))).toBe(false);
    other.stdin.end();
    await exited(other);
    const done = ingest(out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(existsSync(join(out, 'index.sqlite'))).toBe(true);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('a real ingest takes over the lock of a holder that was killed', async () => {
    const out = folder();
    const other = await holder(out);
    other.kill('SIGKILL');
    await exited(other);
    expect(existsSync(join(out, LOCK_FILE))).toBe(true);
    const done = ingest(out);
    expect(done.status).toBe(0);
    expect(done.stderr).toMatch(new RegExp(`took over a stale lock \\(pid ${other.pid}, `));
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(true);
  });
});
