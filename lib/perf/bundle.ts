/**
 * What JavaScript a page makes the browser download, and what is in it: the pure parts of
 * `npm run analyze` (scripts/analyze-bundle.ts). Scripts in an HTML page, their sizes, and the bytes
 * of a bundle attributed to its source modules and packages, from a source map (Next's Turbopack
 * chunks) or an esbuild metafile (the island bundles).
 */
import { gzipSync } from 'node:zlib';

export interface PageScript {
  /** The `src` as written; null for an inline script. */
  src: string | null;
  async: boolean;
  defer: boolean;
  /** `nomodule`: modern browsers skip it. */
  noModule: boolean;
  /** `type="module"`. */
  module: boolean;
  /** Not JavaScript at all (JSON-LD, an import map, a template): never executed as a script. */
  data: boolean;
  /** An inline script's text (empty for external ones). */
  text: string;
}

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|$)`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript']);

/** Every `<script>` of an HTML page, in document order. */
export function scriptsOf(html: string): PageScript[] {
  const out: PageScript[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!.replace(/\/\s*$/, '');
    const src = attr(attrs, 'src');
    const type = (attr(attrs, 'type') ?? '').trim().toLowerCase();
    out.push({
      src: src === null ? null : decodeEntities(src),
      async: attr(attrs, 'async') !== null,
      defer: attr(attrs, 'defer') !== null,
      noModule: attr(attrs, 'nomodule') !== null,
      module: type === 'module',
      data: !JS_TYPES.has(type),
      text: src === null ? m[2]! : '',
    });
  }
  return out;
}

/** Whether an inline script carries the React Server Components payload Next streams into the page. */
export const isRscPayload = (text: string) => /self\.__next_f\s*(?:\.push|=)/.test(text);

/** Chunk paths (`/_next/static/…js`) named inside inline scripts: the RSC payload lists client chunks it loads when it hydrates. */
export function chunksNamedInline(html: string): string[] {
  const found = new Set<string>();
  for (const s of scriptsOf(html)) {
    if (s.src !== null) continue;
    // The payload is a JS string literal: its paths may be written with escaped slashes.
    for (const m of s.text.replace(/\\\//g, '/').matchAll(/\/_next\/static\/[\w./-]+?\.js\b/g)) found.add(m[0]);
  }
  return [...found];
}

export interface Sizes {
  raw: number;
  gzip: number;
}

/** Raw bytes and gzip level 9 (what a CDN would send). */
export function sizes(content: string | Buffer): Sizes {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

// ---------------------------------------------------------------------------------------------
// Source maps

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** One Base64 VLQ segment of a source map's `mappings` → its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${JSON.stringify(c)} in ${JSON.stringify(segment)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error(`unfinished VLQ segment ${JSON.stringify(segment)}`);
  return out;
}

export interface RawSourceMap {
  version: number;
  sources?: (string | null)[];
  mappings?: string;
  /** An index map: sections, each a map placed at an offset of the generated file. */
  sections?: { offset: { line: number; column: number }; map: RawSourceMap }[];
}

/** Bytes per source module (as the map names it), plus `[unmapped]` for bytes no mapping covers. Keyed by the map's source name. */
export type Attribution = Map<string, number>;

const UNMAPPED = '[unmapped]';

const add = (into: Attribution, key: string, bytes: number) => {
  if (bytes > 0) into.set(key, (into.get(key) ?? 0) + bytes);
};

/**
 * The bytes of `code` attributed to the sources of `map`: each mapped segment owns the generated
 * text up to the next segment on its line (or the line's end). Line breaks and text before a
 * line's first segment, or under a segment without a source, count as `[unmapped]`. Bytes are
 * UTF-8, so the totals add up to the file's size.
 */
export function attributeSourceMap(code: string, map: RawSourceMap): Attribution {
  const lines = code.split('\n');
  const result: Attribution = new Map();
  // Line breaks belong to nobody.
  add(result, UNMAPPED, lines.length - 1);
  // Per line, the segments that start on it: [column, source name or null].
  const starts: [number, string | null][][] = lines.map(() => []);
  const place = (m: RawSourceMap, lineOffset: number, columnOffset: number) => {
    if (m.sections) {
      for (const s of m.sections) place(s.map, lineOffset + s.offset.line, (s.offset.line === 0 ? columnOffset : 0) + s.offset.column);
      return;
    }
    const sources = m.sources ?? [];
    let source = 0;
    (m.mappings ?? '').split(';').forEach((lineText, i) => {
      const line = lineOffset + i;
      let column = 0;
      if (!lineText) return;
      for (const seg of lineText.split(',')) {
        if (!seg) continue;
        const v = decodeVlq(seg);
        column += v[0]!;
        let name: string | null = null;
        if (v.length >= 4) {
          source += v[1]!;
          name = sources[source] ?? null;
        }
        starts[line]?.push([(i === 0 ? columnOffset : 0) + column, name]);
      }
      // Other fields (source line/column, names) are deltas across the whole map but do not matter here.
    });
  };
  place(map, 0, 0);
  lines.forEach((text, i) => {
    const segs = starts[i]!.sort((a, b) => a[0] - b[0]);
    const bytes = (from: number, to: number) => Buffer.byteLength(text.slice(from, to));
    add(result, UNMAPPED, bytes(0, segs[0]?.[0] ?? text.length));
    segs.forEach(([col, name], j) => add(result, name ?? UNMAPPED, bytes(col, segs[j + 1]?.[0] ?? text.length)));
  });
  return result;
}

/** A `//# sourceMappingURL=` at the end of a script, or null. */
export const sourceMappingUrl = (code: string): string | null => /\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/.exec(code.slice(-2000))?.[1] ?? null;

// ---------------------------------------------------------------------------------------------
// esbuild metafiles (https://esbuild.github.io/api/#metafile)

export interface EsbuildMetafile {
  inputs: Record<string, { bytes: number; imports?: unknown[] }>;
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }>; imports?: unknown[]; entryPoint?: string }>;
}

/** The metafile output a served script is: the output whose path ends like the URL's path (`/_next/static/islands/search.js` ↔ `.next/static/islands/search.js`). */
export function metafileOutputFor(meta: EsbuildMetafile, urlPath: string): string | null {
  const want = urlPath.split('?')[0]!.replace(/^\/_next\//, '');
  const keys = Object.keys(meta.outputs).filter((k) => !k.endsWith('.map'));
  const bySuffix = keys.filter((k) => k === want || k.endsWith(`/${want}`));
  if (bySuffix.length) return bySuffix.sort((a, b) => a.length - b.length)[0]!;
  const base = want.split('/').pop();
  const byName = keys.filter((k) => k.split('/').pop() === base);
  return byName.length === 1 ? byName[0]! : null;
}

/** One metafile output's bytes by input module; what esbuild wrote that no input owns (its runtime, wrappers) is `[unmapped]`. */
export function attributeMetafile(meta: EsbuildMetafile, output: string): Attribution {
  const out = meta.outputs[output];
  if (!out) throw new Error(`no output ${output} in the metafile`);
  const result: Attribution = new Map();
  let owned = 0;
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
    add(result, input, bytesInOutput);
    owned += bytesInOutput;
  }
  add(result, UNMAPPED, out.bytes - owned);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Modules and packages

/** A source name as a project path: `turbopack:///[project]/lib/a.ts` → `lib/a.ts`, `webpack://_N_E/./lib/a.ts` → `lib/a.ts`. */
export function modulePath(source: string): string {
  let s = source.replace(/^[a-z-]+:\/\/\/?/i, '').replace(/^\[project\]\//, '');
  s = s.replace(/^_N_E\//, '').replace(/^\.\//, '');
  s = s.replace(/\?.*$/, '').replace(/ \[[^\]]*\]( \([^)]*\))?$/, '');
  const nm = s.lastIndexOf('node_modules/');
  return nm >= 0 ? s.slice(nm) : s;
}

/** The npm package a module belongs to (`@scope/name` or `name`), or null for the project's own code. */
export function packageOf(path: string): string | null {
  const i = path.lastIndexOf('node_modules/');
  if (i < 0) return null;
  const parts = path.slice(i + 'node_modules/'.length).split('/');
  if (!parts[0]) return null;
  return parts[0].startsWith('@') && parts[1] ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** What a module is counted under in the package view: its npm package, else its first two folders (`lib/search`), else itself; bundler-made code (`[turbopack]/…`, `[unmapped]`) under its bracket. */
export function groupOf(path: string): string {
  if (path.startsWith('[')) return /^\[[^\]]*\]/.exec(path)![0];
  const pkg = packageOf(path);
  if (pkg) return pkg;
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path;
}

/** Modules by their project path (summing sources that name one module twice). */
export function byModule(a: Attribution): Attribution {
  const out: Attribution = new Map();
  for (const [k, v] of a) add(out, k === UNMAPPED ? k : modulePath(k), v);
  return out;
}

/** Bytes by package (or first-party folder). */
export function byPackage(a: Attribution): Attribution {
  const out: Attribution = new Map();
  for (const [k, v] of byModule(a)) add(out, groupOf(k), v);
  return out;
}

/** Sums attributions. */
export function merge(...as: Attribution[]): Attribution {
  const out: Attribution = new Map();
  for (const a of as) for (const [k, v] of a) add(out, k, v);
  return out;
}

/** The `n` largest entries, largest first. */
export const largest = (a: Attribution, n: number): [string, number][] => [...a].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, n);

/**
 * Libraries only the server needs: native code, the search stack (segmenter, converters, stemmer),
 * validation, the Meilisearch client, font subsetting. None should ever reach a browser.
 */
export const SERVER_ONLY_PACKAGES = [
  'better-sqlite3',
  '@node-rs/jieba',
  'opencc-js',
  'pinyin-pro',
  'stemmer',
  'zod',
  'meilisearch',
  'subset-font',
  'server-only',
  'csv-stringify',
  'rate-limiter-flexible',
  'proxy-addr',
  'cli-progress',
];

/** The server-only packages found in an attribution, with their bytes. */
export function serverOnlyIn(a: Attribution, list: readonly string[] = SERVER_ONLY_PACKAGES): [string, number][] {
  const pkgs = byPackage(a);
  return list.filter((p) => pkgs.has(p)).map((p) => [p, pkgs.get(p)!]);
}
