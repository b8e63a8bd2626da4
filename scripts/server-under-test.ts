/**
 * The production server as the measuring scripts (npm run load, npm run soak, the live-swap check)
 * see it: started on a free port the way `npm start` runs it, its memory read from /proc, stopped
 * with the processes it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readDocuments } from '../lib/plan/store';

/** The shared load mix: `file`, else ../shared/eval/load-queries.txt beside the project, else the repo's copy. One query per line. */
export function loadMix(file?: string): { file: string; queries: string[] } {
  const found = file ?? ['../shared/eval/load-queries.txt', 'test/eval/load-queries.txt'].find((f) => existsSync(f))!;
  const queries = readFileSync(found, 'utf8')
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
  return { file: found, queries };
}

/** The ids of a data folder's documents, in plan order. */
export const documentIds = (dataDir: string): string[] => readDocuments(join(dataDir, 'documents.jsonl')).map((d) => d.id);

/** RSS in MiB of a process and of each of its descendants (the server runs a worker per core). */
export function memory(pid: number): { largest: number; total: number } {
  const rss = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone
    }
  }
  const all: number[] = [];
  const walk = (p: number) => {
    all.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  const sizes = all.map(rss);
  return { largest: Math.max(...sizes), total: sizes.reduce((a, b) => a + b, 0) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerUnderTest {
  base: string;
  pid: number;
  child: ChildProcess;
  /** Ends the server and its workers (its own process group). */
  stop(): void;
  /** Resolves with the first line the server prints (stdout) that matches, or null after `timeoutMs`. */
  line(match: RegExp, timeoutMs: number): Promise<string | null>;
}

/**
 * A fresh production server (server/cluster.ts, as `npm start` runs it once the data is there) on a
 * free port, with `env` added to this process's; resolves once it answers. Needs `npm run build`.
 */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ServerUnderTest> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run npm run build first');
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['server/cluster.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    env: { ...process.env, ...env, PORT: String(port) },
  });
  // What the server prints, kept (and read, so that a full pipe never blocks it) for `line`.
  const lines: string[] = [];
  const listeners = new Set<(l: string) => void>();
  let rest = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const l of parts) {
      lines.push(l);
      for (const f of listeners) f(l);
    }
  });
  const line = (match: RegExp, timeoutMs: number) =>
    new Promise<string | null>((resolve) => {
      const seen = lines.find((l) => match.test(l));
      if (seen !== undefined) return resolve(seen);
      const done = (l: string | null) => {
        listeners.delete(listen);
        clearTimeout(timer);
        resolve(l);
      };
      const listen = (l: string) => match.test(l) && done(l);
      const timer = setTimeout(() => done(null), timeoutMs);
      listeners.add(listen);
    });
  let stopping = false;
  const stop = () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  // A server that ends before it is stopped is news for whoever measures it.
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`the server (pid ${child.pid}) ended by itself: ${signal ? `signal ${signal}` : `exit code ${code}`}`);
  });
  const base = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + timeoutMs; Date.now() < until;) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return { base, pid: child.pid!, child, stop, line };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it answered`);
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`the server did not start within ${timeoutMs / 1000} s`);
}
