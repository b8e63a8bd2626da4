/**
 * Bundles the browser's script (browser/main.ts) after Next's build: one small file in
 * `.next/static/islands/`, named by its hash, which Next serves under `/_next/static/` with an
 * immutable Cache-Control. Writes `.next/islands-manifest.json` (its address, lib/site/islands.ts)
 * and `.next/islands-meta.json` (esbuild's metafile: what is in it, for npm run analyze).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { ISLANDS_MANIFEST } from '../lib/site/islands-manifest';

const OUT = join('.next', 'static', 'islands');

export async function buildIslands(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const result = await build({
    entryPoints: { main: 'browser/main.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    // What the site supports: browsers with :has(), <dialog> and ResizeObserver.
    target: ['chrome105', 'firefox121', 'safari15.4'],
    outdir: OUT,
    entryNames: '[name].[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const [file] = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
  if (!file) throw new Error('esbuild wrote no script');
  const script = `/_next/static/islands/${basename(file)}`;
  writeFileSync(ISLANDS_MANIFEST, JSON.stringify({ script }));
  writeFileSync(join('.next', 'islands-meta.json'), JSON.stringify(result.metafile));
  return script;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIslands().then(
    (script) => console.log(`islands: ${script}`),
    (e: Error) => {
      console.error(`build-islands: ${e.message}`);
      process.exit(1);
    },
  );
}
