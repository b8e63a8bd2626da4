/**
 * `npm run analyze`: what JavaScript each kind of page makes a browser download, and what is in it.
 *
 * For the pages `npm run lighthouse` measures and the embeddable card, on a fresh production server
 * (run `npx next build` first) or `--url BASE`: the page's HTML (and how much of it is inline script,
 * the React Server Components payload `self.__next_f.push(…)` above all), every `<script src>` with
 * its `async`/`defer`/`nomodule` (modern browsers skip `nomodule` ones) and its size raw and gzipped
 * at level 9 (as a CDN would send it), and the total a modern browser downloads. Then what is in each
 * script: its bytes by source module and by package, from the esbuild metafile of the island bundles
 * (`.next/islands-meta.json`, `--metafile FILE`) or from the script's source map (Next's chunks: the
 * build emits maps, `productionBrowserSourceMaps` in next.config.js); gzipped bytes of a module are
 * its share of its script's. Libraries only the server needs (lib/perf/bundle.ts) are flagged. Last,
 * every chunk in this checkout's `.next/static/chunks/` (when there is a build), whichever page loads it.
 *
 * Prints the tables; writes the whole analysis as JSON to artifacts/bundle/. `--pages`, `--top N`.
 * Exit 1 only when it cannot measure (a page that does not answer, no server).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  attributeMetafile,
  attributeSourceMap,
  byModule,
  byPackage,
  chunksNamedInline,
  isRscPayload,
  largest,
  merge,
  metafileOutputFor,
  scriptsOf,
  serverOnlyIn,
  sizes,
  sourceMappingUrl,
  type Attribution,
  type EsbuildMetafile,
  type RawSourceMap,
  type Sizes,
} from '../lib/perf/bundle';
import { formatTable } from '../lib/perf/table';
import { EMBED_PAGE, PAGES, selectPages, serverFor, type MeasuredPage } from './measured-pages';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pages: { type: 'string' },
    top: { type: 'string', default: '12' },
    metafile: { type: 'string', default: '.next/islands-meta.json' },
    out: { type: 'string', default: 'artifacts/bundle' },
  },
});

const TOP = Number(args.top);
/** Issue 22: JavaScript on a permalink ≤ 120 KB gzipped. */
const PERMALINK_JS_BUDGET = 120 * 1024;

const cleanups: (() => void)[] = [];
process.on('exit', () => cleanups.splice(0).forEach((c) => c()));
process.on('SIGINT', () => process.exit(130));

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  process.exit(1);
}

interface Script {
  url: string;
  /** `src` as the page wrote it, or the path found in the RSC payload. */
  src: string;
  how: string;
  noModule: boolean;
  size: Sizes;
  /** Where the attribution came from: `metafile`, `source map`, or `none` (the whole script is one item). */
  attributedBy: string;
  modules: Attribution;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const metafile: EsbuildMetafile | null = existsSync(args.metafile!) ? (JSON.parse(readFileSync(args.metafile!, 'utf8')) as EsbuildMetafile) : null;

async function text(url: string): Promise<string | null> {
  const res = await fetch(url);
  return res.ok ? res.text() : null;
}

/** The source map of a built file in this checkout: the one its sourceMappingURL names beside it, else `<file>.map`. */
function localMap(file: string, code: string): string | null {
  const named = sourceMappingUrl(code);
  const candidate = named && !named.includes(':') ? join(dirname(file), named.split('?')[0]!) : `${file}.map`;
  return existsSync(candidate) ? readFileSync(candidate, 'utf8') : null;
}

/** A script's bytes by module: from the metafile when it built this script, else its source map (served, else in .next/), else one item. */
async function attribute(url: string, code: string): Promise<{ by: string; modules: Attribution }> {
  const path = new URL(url).pathname;
  const output = metafile && metafileOutputFor(metafile, path);
  if (metafile && output) return { by: 'metafile', modules: attributeMetafile(metafile, output) };
  const mapUrl = sourceMappingUrl(code);
  let map: string | null = null;
  if (mapUrl && !mapUrl.startsWith('data:')) map = await text(new URL(mapUrl, url).href).catch(() => null);
  else if (mapUrl?.startsWith('data:')) map = Buffer.from(mapUrl.slice(mapUrl.indexOf(',') + 1), mapUrl.includes(';base64,') ? 'base64' : 'utf8').toString();
  if (!map && path.startsWith('/_next/')) map = localMap(join('.next', path.slice('/_next/'.length)), code);
  if (map) return { by: 'source map', modules: attributeSourceMap(code, JSON.parse(map) as RawSourceMap) };
  return { by: 'none', modules: new Map([[`[no map] ${path}`, Buffer.byteLength(code)]]) };
}

const scriptCache = new Map<string, Promise<Omit<Script, 'src' | 'how' | 'noModule'>>>();
function loadScript(url: string) {
  if (!scriptCache.has(url)) {
    scriptCache.set(
      url,
      (async () => {
        const code = await text(url);
        if (code === null) fail(`${url} did not answer 200`);
        const { by, modules } = await attribute(url, code);
        return { url, size: sizes(code), attributedBy: by, modules };
      })(),
    );
  }
  return scriptCache.get(url)!;
}

/** Gzipped bytes of each item: its share of its script's gzipped size. */
function gzipShare(s: { size: Sizes; modules: Attribution }): Attribution {
  const ratio = s.size.raw ? s.size.gzip / s.size.raw : 0;
  return new Map([...s.modules].map(([k, v]) => [k, v * ratio]));
}

interface PageReport {
  page: MeasuredPage;
  html: Sizes;
  inline: { count: number; bytes: number; gzip: number; rscPayloadBytes: number; data: number };
  scripts: Script[];
  modern: Sizes;
  packages: [string, number, number][];
  modules: [string, number, number][];
  serverOnly: [string, number][];
}

/** Items by raw bytes with their gzip estimate: [name, raw, gzip]. */
function ranked(raw: Attribution, gz: Attribution, n: number): [string, number, number][] {
  return largest(raw, n).map(([k, v]) => [k, v, Math.round(gz.get(k) ?? 0)]);
}

async function analyzePage(base: string, page: MeasuredPage): Promise<PageReport> {
  const url = `${base}${page.path}`;
  const res = await fetch(url).catch((e: Error) => fail(`${url}: ${e.message}`));
  if (!res.ok) fail(`${url} answered ${res.status}`);
  const html = await res.text();
  const tags = scriptsOf(html);
  const inline = tags.filter((t) => t.src === null && !t.data);
  const inlineText = inline.map((t) => t.text).join('\n');
  const scripts: Script[] = [];
  for (const t of tags) {
    if (t.src === null || t.data) continue;
    const how = [t.module && 'module', t.async && 'async', t.defer && 'defer', t.noModule && 'nomodule'].filter(Boolean).join(' ') || 'blocking';
    scripts.push({ ...(await loadScript(new URL(t.src, url).href)), src: t.src, how, noModule: t.noModule });
  }
  // Chunks the RSC payload names that no <script> loads: the client loads them as it hydrates.
  const seen = new Set(scripts.map((s) => new URL(s.src, url).pathname));
  for (const p of chunksNamedInline(html).filter((p) => !seen.has(p))) {
    scripts.push({ ...(await loadScript(new URL(p, url).href)), src: p, how: 'from payload', noModule: false });
  }
  const modern = scripts.filter((s) => !s.noModule);
  const raw = merge(...modern.map((s) => s.modules));
  const gz = merge(...modern.map(gzipShare));
  const rawPkg = byPackage(raw);
  const gzPkg = byPackage(gz);
  const inlineSize = sizes(inlineText);
  return {
    page,
    html: sizes(html),
    inline: {
      count: inline.length,
      bytes: Buffer.byteLength(inlineText),
      gzip: inlineSize.gzip,
      rscPayloadBytes: inline.filter((t) => isRscPayload(t.text)).reduce((n, t) => n + Buffer.byteLength(t.text), 0),
      data: tags.filter((t) => t.src === null && t.data).reduce((n, t) => n + Buffer.byteLength(t.text), 0),
    },
    scripts,
    modern: { raw: modern.reduce((n, s) => n + s.size.raw, 0), gzip: modern.reduce((n, s) => n + s.size.gzip, 0) },
    packages: ranked(rawPkg, gzPkg, TOP),
    modules: ranked(byModule(raw), byModule(gz), TOP),
    serverOnly: serverOnlyIn(raw),
  };
}

const table = (head: string[], rows: string[][], left: number[] = [0]) => formatTable(head, rows, (i) => left.includes(i));

const itemRows = (items: [string, number, number][]) => items.map(([k, raw, gz]) => [k, kb(raw), `~${kb(gz)}`]);

function printPage(r: PageReport) {
  const path = decodeURIComponent(r.page.path);
  const over = r.page.path.includes('/p/') && r.modern.gzip > PERMALINK_JS_BUDGET ? `  ✗ over the permalink budget of ${kb(PERMALINK_JS_BUDGET)} gz` : '';
  console.log(`\n== ${path}`);
  console.log(
    `HTML ${kb(r.html.raw)} (gz ${kb(r.html.gzip)}), of which inline script ${kb(r.inline.bytes)} in ${r.inline.count} tag(s) (RSC payload self.__next_f ${kb(r.inline.rscPayloadBytes)}; gz of all inline ${kb(r.inline.gzip)})${r.inline.data ? `, JSON/data scripts ${kb(r.inline.data)}` : ''}`,
  );
  console.log(`JavaScript a modern browser downloads: ${r.scripts.filter((s) => !s.noModule).length} file(s), ${kb(r.modern.raw)} raw, ${kb(r.modern.gzip)} gz${over}`);
  console.log(
    table(
      ['script', 'loading', 'raw', 'gz', 'attributed by'],
      r.scripts.map((s) => [s.src.replace(/^\/_next\/static\//, '…/'), s.how, kb(s.size.raw), kb(s.size.gzip), s.attributedBy]),
      [0, 1, 4],
    ),
  );
  console.log(`largest packages (or first-party folders):`);
  console.log(table(['package', 'raw', 'gz est.'], itemRows(r.packages)));
  console.log(`largest modules:`);
  console.log(table(['module', 'raw', 'gz est.'], itemRows(r.modules)));
  if (r.serverOnly.length) console.log(`✗ server-only libraries in this page's JavaScript: ${r.serverOnly.map(([p, b]) => `${p} (${kb(b)})`).join(', ')}`);
}

/** Every chunk of this checkout's build (`.next/static/chunks/*.js`), with its biggest packages and any server-only library. */
async function buildChunks(): Promise<{ file: string; size: Sizes; attributedBy: string; packages: [string, number][]; serverOnly: [string, number][] }[]> {
  const dir = '.next/static/chunks';
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, f), 'utf8');
    const map = localMap(join(dir, f), code);
    const modules = map ? attributeSourceMap(code, JSON.parse(map) as RawSourceMap) : new Map([[`[no map] ${f}`, Buffer.byteLength(code)]]);
    out.push({ file: f, size: sizes(code), attributedBy: map ? 'source map' : 'none', packages: largest(byPackage(modules), 4), serverOnly: serverOnlyIn(modules) });
  }
  return out.sort((a, b) => b.size.raw - a.size.raw);
}

async function main() {
  if (!Number.isInteger(TOP) || TOP < 1) fail('--top must be a whole number, 1 or more');
  let pages: MeasuredPage[];
  try {
    pages = selectPages(args.pages, [...PAGES, EMBED_PAGE]);
  } catch (e) {
    fail((e as Error).message);
  }
  const target = await serverFor(args.url, (l) => console.error(l)).catch((e: Error) => fail(e.message));
  cleanups.push(() => target.stop());

  const reports: PageReport[] = [];
  for (const page of pages) reports.push(await analyzePage(target.base, page));

  console.log(`JavaScript per page (${target.base}; gzip level 9; "gz est." is a module's share of its script's gzipped size)`);
  console.log(
    table(
      ['page', 'HTML', 'HTML gz', 'inline JS', 'RSC payload', 'scripts', 'JS raw', 'JS gz', 'server-only libraries'],
      reports.map((r) => [
        decodeURIComponent(r.page.path),
        kb(r.html.raw),
        kb(r.html.gzip),
        kb(r.inline.bytes),
        kb(r.inline.rscPayloadBytes),
        String(r.scripts.filter((s) => !s.noModule).length),
        kb(r.modern.raw),
        kb(r.modern.gzip) + (r.page.path.includes('/p/') && r.modern.gzip > PERMALINK_JS_BUDGET ? ' ✗' : ''),
        r.serverOnly.map(([p]) => p).join(', ') || 'none',
      ]),
      [0, 8],
    ),
  );
  for (const r of reports) printPage(r);

  // Overall: every script any of the pages loads, once.
  const unique = [...new Map(reports.flatMap((r) => r.scripts.filter((s) => !s.noModule)).map((s) => [s.url, s])).values()];
  const raw = merge(...unique.map((s) => s.modules));
  const gz = merge(...unique.map(gzipShare));
  console.log(`\n== all pages: ${unique.length} distinct script(s), ${kb(unique.reduce((n, s) => n + s.size.raw, 0))} raw, ${kb(unique.reduce((n, s) => n + s.size.gzip, 0))} gz`);
  console.log(table(['package', 'raw', 'gz est.'], itemRows(ranked(byPackage(raw), byPackage(gz), TOP))));
  console.log(table(['module', 'raw', 'gz est.'], itemRows(ranked(byModule(raw), byModule(gz), TOP))));

  const chunks = args.url ? [] : await buildChunks();
  if (chunks.length) {
    console.log(`\n== every chunk of this build (.next/static/chunks), whichever page loads it`);
    console.log(
      table(
        ['chunk', 'raw', 'gz', 'largest packages', 'server-only'],
        chunks.map((c) => [
          c.file,
          kb(c.size.raw),
          kb(c.size.gzip),
          c.packages.map(([p, b]) => `${p} ${kb(b)}`).join(', '),
          c.serverOnly.map(([p, b]) => `✗ ${p} ${kb(b)}`).join(', ') || '',
        ]),
        [0, 3, 4],
      ),
    );
    if (chunks.every((c) => c.attributedBy === 'none'))
      console.log('(no source maps in .next/static/chunks: build with productionBrowserSourceMaps on to see what is in each chunk)');
  }
  const flagged = [
    ...reports.filter((r) => r.serverOnly.length).map((r) => decodeURIComponent(r.page.path)),
    ...chunks.filter((c) => c.serverOnly.length).map((c) => `chunk ${c.file}`),
  ];
  console.log(`\n${flagged.length ? `✗ server-only libraries reach the browser: ${flagged.join(', ')}` : 'no server-only library in any page or chunk'}`);

  mkdirSync(args.out!, { recursive: true });
  const file = join(args.out!, `analysis-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const entries = (a: Attribution) => Object.fromEntries(largest(a, Infinity));
  writeFileSync(
    file,
    JSON.stringify(
      {
        base: target.base,
        metafile: metafile ? args.metafile : null,
        pages: reports.map((r) => ({ ...r, scripts: r.scripts.map((s) => ({ ...s, modules: entries(byModule(s.modules)) })) })),
        overall: { scripts: unique.map((s) => s.url), packages: entries(byPackage(raw)), modules: entries(byModule(raw)) },
        chunks,
      },
      null,
      2,
    ),
  );
  console.log(`report: ${file}`);
}

await main();
process.exit(0);
