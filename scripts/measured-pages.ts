/**
 * The pages `npm run lighthouse` and `npm run analyze` measure (issue 22: both homes, a search page,
 * a permalink and a chapter page in each language), and the server they are measured on: a fresh
 * production server (scripts/server-under-test.ts) or, with `--url BASE`, one already running.
 */
import { spawnSync } from 'node:child_process';
import { startServer } from './server-under-test';

export interface MeasuredPage {
  /** A short name for `--pages` and file names. */
  name: string;
  path: string;
}

export const PAGES: MeasuredPage[] = [
  { name: 'en', path: '/en' },
  { name: 'zh', path: '/zh' },
  { name: 'en-search', path: `/en/search?q=${encodeURIComponent('water quality')}` },
  { name: 'zh-search', path: `/zh/search?q=${encodeURIComponent('滇池')}` },
  { name: 'en-p', path: '/en/p/km14-c2-s4-p3' },
  { name: 'zh-p', path: '/zh/p/km14-c2-s4-p3' },
  { name: 'en-c', path: '/en/c/2' },
  { name: 'zh-c', path: '/zh/c/2' },
];

/** The embeddable card: not a Lighthouse target, but its JavaScript is part of what browsers get. */
export const EMBED_PAGE: MeasuredPage = { name: 'embed', path: '/embed/p/km14-c1' };

/** `--pages a,b`: by name (`en-p`) or path (`/en/p/km14-c2-s4-p3`); an unknown one is an error naming the known ones. */
export function selectPages(spec: string | undefined, from: MeasuredPage[] = PAGES): MeasuredPage[] {
  if (!spec) return from;
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const found = from.find((p) => p.name === s || p.path === s || decodeURIComponent(p.path) === s);
      if (found) return found;
      if (s.startsWith('/')) return { name: s.replace(/[^\w-]+/g, '_').replace(/^_+|_+$/g, '') || 'root', path: s };
      throw new Error(`unknown page ${JSON.stringify(s)}: give a path (/en/p/…) or one of ${from.map((p) => p.name).join(', ')}`);
    });
}

export interface Target {
  base: string;
  stop(): void;
}

/**
 * `url` when given; else a fresh production server on a free port, after bringing data/ up to date
 * (`npm run ingest -- --if-stale`). Needs a production build (`npx next build`).
 */
export async function serverFor(url: string | undefined, log: (line: string) => void): Promise<Target> {
  if (url) return { base: url.replace(/\/+$/, ''), stop: () => {} };
  const ingest = spawnSync('node_modules/.bin/tsx', ['ingest/cli.ts', '--if-stale'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (ingest.status !== 0) throw new Error(`npm run ingest -- --if-stale failed (exit ${ingest.status})`);
  const server = await startServer({}, 120_000);
  log(`server ${server.base} (pid ${server.pid})`);
  return { base: server.base, stop: () => server.stop() };
}
