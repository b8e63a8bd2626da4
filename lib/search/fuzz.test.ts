/**
 * Property tests (fast-check) over what a visitor's input reaches: the query parser, the FTS5
 * expression builder, the highlighters and the request parser. Seeded, so every run tries the
 * same cases; a failure prints the seed and the shrunk counterexample to keep as a plain test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATCH_SQL, SCHEMA } from './embedded';
import { englishStems, englishTextWords } from './english';
import { englishMarks } from './english-marks';
import { toFtsMatch } from './fts-query';
import { highlight, highlightEnglish } from './highlight';
import { parseQuery, splitCompounds, type ParsedQuery } from './query';
import { parseSearchParams } from './request';
import { grams } from './text';
import { isSearchInputError } from './types';

const SEED = 20210329;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------- hostile input

/** Fragments a visitor (or an attacker) types: the plan's words, traditional forms, pinyin, English, FTS5 syntax, HTML, odd Unicode. */
const PIECES = [
  '滇池',
  '水质',
  '海绵城市',
  '居家养老',
  '社区居家养老',
  '昆明',
  '的',
  '體育公園',
  '環境保護',
  '發展',
  'dianchi',
  'shuzi jingji',
  'diānchí',
  'lüse shipin',
  'lvse',
  'kunming',
  'water quality',
  'sponge cities',
  'emissions',
  'the',
  'new energy',
  'rule of law',
  'GDP',
  'R&D',
  '5G',
  "people's",
  '"',
  '""',
  '*',
  '^',
  ':',
  '(',
  ')',
  'NEAR',
  'NEAR(a b, 2)',
  'AND',
  'OR',
  'NOT',
  '-',
  '--',
  '-"',
  'grams:',
  'words : x',
  '{grams en}:',
  '+',
  "'",
  '<script>alert(1)</script>',
  '<mark>',
  '</mark>',
  '&amp;',
  '&#39;',
  '&',
  '<',
  '>',
  '𠀀',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDBFF',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  'ＧＤＰ',
  'ﬁ',
  'İ',
  'ß',
  '\u0301',
  'e\u0301',
  '…',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const han = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x20000, max: 0x2a6df })).map((c) => String.fromCodePoint(c));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: han, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }) },
);
const separator = fc.constantFrom(' ', '', ' ', '\u3000', ' -', ' "', '"');
/** A query or text of up to a few dozen fragments. */
const hostile = fc.array(fc.oneof(piece, separator), { maxLength: 24 }).map((a) => a.join(''));
/** A very long one (the API refuses more than 1000 characters; the parser itself must still cope). */
const long = fc.array(piece, { minLength: 300, maxLength: 600 }).map((a) => a.join(' '));

/** Real paragraphs of the plan, Chinese and English, so that marks land inside realistic text too. */
const zhLines = readFileSync('corpus/kunming-14th-five-year-plan.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 0);
const enLines = readFileSync('corpus/kunming-14th-five-year-plan.en.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { en: string }).en);

// ---------------------------------------------------------------- checks

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const TOKEN = /<mark>|<\/mark>|&(?:amp|lt|gt|quot|#39);|[^<>&"']+/y;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Reads highlight HTML as a browser would: only <mark> and </mark>, properly paired and never
 * empty, every &, <, >, " and ' escaped. Returns the text it shows; throws on anything else.
 */
function shownText(html: string): string {
  let text = '';
  let open = false;
  let markStart = -1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(html);
    if (!m) throw new Error(`unescaped or unexpected markup at ${at}: ${JSON.stringify(html.slice(at, at + 20))}`);
    const t = m[0];
    if (t === '<mark>') {
      if (open) throw new Error(`nested <mark> at ${at}`);
      open = true;
      markStart = text.length;
    } else if (t === '</mark>') {
      if (!open) throw new Error(`</mark> without <mark> at ${at}`);
      if (text.length === markStart) throw new Error(`empty <mark> at ${at}`);
      open = false;
    } else text += UNESCAPE[t] ?? t;
  }
  if (open) throw new Error('<mark> left open');
  return text;
}

/** The highlight shows the whole source text (uncropped) or a run of it between optional ellipses (cropped). */
function expectFaithful(html: string, source: string, cropped: boolean) {
  const text = shownText(html);
  if (!cropped) expect(text).toBe(source);
  else expect(source).toContain(text.replace(/^…/, '').replace(/…$/, ''));
  // Marks never split a character: well-formed UTF-16 in, well-formed out.
  if (!LONE_SURROGATE.test(source)) expect(LONE_SURROGATE.test(html)).toBe(false);
}

/** What the search path marks in Chinese text: every alternative of every term. */
const needlesOf = (p: ParsedQuery) => p.terms.flatMap((t) => t.alternatives);

// ---------------------------------------------------------------- properties

describe('fuzz: query parser', () => {
  it('parses any input, typing or not, without throwing, into bounded terms', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 60 })), fc.boolean(), (q, typing) => {
        const p = parseQuery(q, { typing });
        expect(p.terms.length).toBeLessThanOrEqual(32);
        for (const t of [...p.terms, ...p.excluded]) expect(t.alternatives.length).toBeGreaterThan(0);
        splitCompounds(p);
      }),
      runs(500),
    );
  });

  it('parses very long input', () => {
    fc.assert(
      fc.property(long, (q) => {
        expect(parseQuery(q).terms.length).toBeLessThanOrEqual(32);
      }),
      runs(25),
    );
  });
});

describe('fuzz: FTS5 expressions', () => {
  let db: Database.Database;
  let match: Database.Statement;
  beforeAll(() => {
    // The embedded engine's own table, holding a few real paragraphs, so MATCH runs over data.
    db = new Database(':memory:');
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO fts (rowid, grams, words, en, enw) VALUES (?,?,?,?,?)');
    zhLines.slice(100, 140).forEach((zh, k) => {
      const en = enLines[k] ?? '';
      insert.run(k + 1, grams(zh).join(' '), zh, englishStems(en).join(' '), englishTextWords(en).join(' '));
    });
    match = db.prepare(MATCH_SQL);
  });
  afterAll(() => db.close());

  it('SQLite accepts every expression built from any query, strict, relaxed or split', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (q, typing) => {
        const p = parseQuery(q, { typing });
        const split = splitCompounds(p);
        for (const expr of [toFtsMatch(p, 'all'), toFtsMatch(p, 'any'), split && toFtsMatch(split, 'all')]) {
          if (expr !== null) match.all(expr);
        }
      }),
      runs(500),
    );
  });
});

describe('fuzz: highlights', () => {
  /** Texts to mark: real lines of the plan, hostile strings, and a real line with a hostile tail. */
  const textsFrom = (lines: string[]) =>
    fc.oneof(
      fc.constantFrom(...lines),
      hostile,
      fc.tuple(fc.constantFrom(...lines), hostile).map(([a, b]) => a + b),
    );
  const zhText = textsFrom(zhLines);
  /** Needles: the parsed query's forms, a piece of the text itself (so marks happen), or anything. */
  const needles = (text: string) =>
    fc.oneof(
      hostile.map((q) => needlesOf(parseQuery(q))),
      fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 6 })).map(([at, n]) => [text.slice(at, at + n)]),
      fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 3 }),
    );

  it('Chinese highlights are escaped HTML with only <mark>, showing exactly the source text', () => {
    fc.assert(
      fc.property(
        zhText.chain((text) => fc.tuple(fc.constant(text), needles(text))),
        ([text, ns]) => {
          expectFaithful(highlight(text, ns, Number.MAX_SAFE_INTEGER), text, false);
          expectFaithful(highlight(text, ns), text, Array.from(text).length > 160);
        },
      ),
      runs(800),
    );
  });

  it('English highlights (the query words by stem and the glossary English of its Chinese) are as well-formed', () => {
    const enText = textsFrom(enLines);
    const query = fc.oneof(
      hostile,
      fc.constantFrom(...enLines).map((l) => l.split(' ').slice(2, 5).join(' ')),
    );
    fc.assert(
      fc.property(enText, query, fc.boolean(), (text, q, typing) => {
        const marks = englishMarks(parseQuery(q, { typing }));
        expectFaithful(highlightEnglish(text, marks, Number.MAX_SAFE_INTEGER), text, false);
        expectFaithful(highlightEnglish(text, marks), text, Array.from(text).length > 480);
      }),
      runs(400),
    );
  });
});

describe('fuzz: request parser', () => {
  const KEYS = ['q', 'chapter', 'district', 'topic', 'page', 'per', 'sort', 'typing', 'other'];
  const value = fc.oneof(
    hostile,
    fc.constantFrom(
      '',
      '0',
      '1',
      '20',
      '100',
      '101',
      '999',
      '1000',
      '1001',
      '-1',
      '1e3',
      '0x10',
      ' 7',
      '7 ',
      '３',
      '1.5',
      'NaN',
      'Infinity',
      'relevance',
      'order',
      '呈贡区',
      'ecology',
    ),
    fc.integer({ min: -5, max: 2000 }).map(String),
    fc.string({ unit: 'grapheme-ascii', minLength: 990, maxLength: 1010 }),
  );
  const params = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs));

  it('returns a valid request or throws the input error with a short one-line message', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(params, (p) => {
        let r;
        try {
          r = parseSearchParams(p);
        } catch (e) {
          if (!isSearchInputError(e)) throw e;
          expect(e.code).toMatch(/^[a-z_]+$/);
          expect(e.message).toMatch(/^[^\n]{10,120}$/);
          refused++;
          return;
        }
        accepted++;
        expect(r.q.length).toBeLessThanOrEqual(1000);
        expect(p.getAll('q').length).toBeLessThanOrEqual(1);
        for (const c of r.chapter) expect(Number.isInteger(c) && c >= 1 && c <= 999).toBe(true);
        for (const list of [r.district, r.topic]) {
          expect(list.length).toBeLessThanOrEqual(50);
          expect(new Set(list).size).toBe(list.length);
          for (const v of list) expect(v).toBe(v.trim());
          for (const v of list) expect(v).not.toBe('');
        }
        expect(Number.isInteger(r.page) && r.page >= 1 && r.page <= 1000).toBe(true);
        expect(Number.isInteger(r.per) && r.per >= 1 && r.per <= 100).toBe(true);
        expect(['relevance', 'order']).toContain(r.sort);
        expect(typeof r.typing).toBe('boolean');
      }),
      runs(1000),
    );
    // Both outcomes were exercised: the generator is not stuck on one side.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});

describe('fuzz: the search API answer', () => {
  let data: string;
  let searchAnswer: typeof import('../site/api').searchAnswer;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'fuzz-data-'));
    const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['ingest/cli.ts', '--out', data, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    process.env.PLAN_DATA_DIR = data;
    process.env.MEILI_URL = '';
    ({ searchAnswer } = await import('../site/api'));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('answers any query 200 with well-formed highlights, or 400 with a JSON error; never 500', async () => {
    const filters = fc.array(fc.tuple(fc.constantFrom('chapter', 'district', 'topic', 'page', 'per', 'typing'), fc.constantFrom('1', '23', '呈贡区', 'ecology', 'x', '0', '3')), {
      maxLength: 3,
    });
    let withHits = 0;
    await fc.assert(
      fc.asyncProperty(hostile, filters, async (q, extra) => {
        const { status, body } = await searchAnswer(new URLSearchParams([['q', q], ...extra]));
        if (status === 400) {
          expect((body as { error: { code: string } }).error.code).toMatch(/^[a-z_]+$/);
          return;
        }
        expect(status).toBe(200);
        const answer = body as { hits: { text: string; highlight: string }[]; partial?: { hits: { text: string; highlight: string }[] } };
        const hits = [...answer.hits, ...(answer.partial?.hits ?? [])];
        if (hits.length) withHits++;
        for (const h of hits) expectFaithful(h.highlight, h.text, Array.from(h.text).length > 160);
      }),
      runs(150),
    );
    // Many hostile queries still hold a real word: highlights of real hits were checked (25 of 150 with this seed).
    expect(withHits).toBeGreaterThan(15);
  });
});

// Counterexamples the properties found, kept as plain tests.
describe('fuzz regressions', () => {
  it('a needle ending inside one character (half a surrogate pair, the f of ﬁ) gives no empty <mark>', () => {
    // Found with seed 20210329: ["NEAR(a b, 2)𡚮迫𨾝穔居家养老 \"& -", ["\ud845"]].
    expect(highlight('滇池𡚮', ['\ud845'])).toBe('滇池𡚮');
    expect(highlight('滇ﬁ', ['f'])).toBe('滇ﬁ');
  });
});
