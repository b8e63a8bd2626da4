/**
 * The comparison tables: every count checked against a plain count over the documents.jsonl that
 * ingest writes (the documents' own district, topic and chapter tags and their text), and every
 * count equal to the total that the search its cell links to answers, in both engines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMeili, type FakeMeili } from '../../test/fake-meili';
import type { PlanDocument } from '../plan/model';
import { compareMatrix, parseView, type Matrix } from './compare';
import { EmbeddedEngine } from './embedded';
import type { SearchEngine } from './engine-types';
import { MeiliEngine } from './meili';
import { parseSearchParams } from './request';
import { search } from './search';
import { districtAliases } from './vocabulary';

let docs: PlanDocument[];
let embedded: SearchEngine;
let meili: SearchEngine;
let fake: FakeMeili;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'compare-'));
  const r = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['ingest/cli.ts', '--out', out, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  docs = readFileSync(join(out, 'documents.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PlanDocument);
  embedded = new EmbeddedEngine(join(out, 'index.sqlite'), districtAliases());
  fake = await startFakeMeili();
  meili = new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey: 'reader', index: 'plan', aliases: districtAliases() });
  await meili.index(docs);
}, 120_000);
afterAll(async () => fake?.close());

/** What the search page counts: with a query, not headings or contents entries (they are offered apart); the contents' repeated headings never. */
const counted = (d: PlanDocument, searching: boolean) => !d.repeats && !(searching && (d.kind === 'heading' || d.kind === 'toc-entry'));
const names = (d: PlanDocument, district: string) => d.districts.some((x) => x.id === district);
const about = (d: PlanDocument, topic: string) => d.topics.some((x) => x.id === topic);
const inChapter = (d: PlanDocument, no: string) => String(d.chapter?.no) === no;

/** Every cell of `m` against `expected(row, column)`, and its totals against `total(district)`. */
function expectCounts(m: Matrix, expected: (row: string, column: string) => number, total: (district: string) => number) {
  const wrong: string[] = [];
  m.rows.forEach((r, i) =>
    m.columns.forEach((c, j) => {
      const want = expected(r.value, c.value);
      if (m.counts[i]![j] !== want) wrong.push(`${r.value} × ${c.value}: ${m.counts[i]![j]}, expected ${want}`);
    }),
  );
  expect(wrong).toEqual([]);
  const districts = m.view === 'topics' ? m.rows : m.columns;
  expect(m.totals).toEqual(districts.map((d) => total(d.value)));
  expect(m.max).toBe(Math.max(...m.counts.flat()));
}

describe('districts × topics', () => {
  it('counts, without a query, every document naming the district and tagged with the topic', async () => {
    const m = await compareMatrix(embedded, 'topics', '');
    // The gazetteer's units that the plan names, in its order (districts, counties, the city, zones), and the taxonomy's topics.
    const gazetteer = JSON.parse(readFileSync('corpus/districts.json', 'utf8')) as { districts: { id: string }[] };
    const named = gazetteer.districts.map((d) => d.id).filter((id) => docs.some((d) => names(d, id)));
    expect(m.rows.map((r) => r.value)).toEqual(named);
    expect(m.rows.map((r) => r.value).slice(0, 3)).toEqual(['wuhua', 'panlong', 'guandu']);
    const topics = (JSON.parse(readFileSync('corpus/topics.json', 'utf8')) as { id: string }[]).map((t) => t.id);
    expect(m.columns.map((c) => c.value)).toEqual(topics);
    expect(m.rows[0]!.label).toEqual({ zh: '五华区', en: 'Wuhua District' });
    // Browsing by filters lists headings in place, and counts them: the two headings naming the Kunming Area of the free trade zone.
    expectCounts(
      m,
      (d, t) => docs.filter((x) => counted(x, false) && names(x, d) && about(x, t)).length,
      (d) => docs.filter((x) => counted(x, false) && names(x, d)).length,
    );
    const ftz = m.rows.findIndex((r) => r.value === 'zimaoqu-kunming');
    const opening = m.columns.findIndex((c) => c.value === 'opening-up');
    expect(m.counts[ftz]![opening]).toBe(9);
  });

  it('counts only the clauses matching a query: 数字经济 read as 数字 and 经济, both required', async () => {
    const m = await compareMatrix(embedded, 'topics', '数字经济');
    expect((await search(embedded, parseSearchParams({ q: '数字经济' }))).query.terms).toEqual(['数字', '经济']);
    const matches = (x: PlanDocument) => counted(x, true) && x.text.includes('数字') && x.text.includes('经济');
    expectCounts(
      m,
      (d, t) => docs.filter((x) => matches(x) && names(x, d) && about(x, t)).length,
      (d) => docs.filter((x) => matches(x) && names(x, d)).length,
    );
    // Two clauses: box 5's 官渡区 and 空港 item, and chapter 9's paragraph naming 呈贡区, 高新区, 经开区 and 空港.
    const cell = (d: string, t: string) => m.counts[m.rows.findIndex((r) => r.value === d)]![m.columns.findIndex((c) => c.value === t)];
    expect(cell('konggang', 'digital')).toBe(2);
    expect(cell('chenggong', 'digital')).toBe(1);
    expect(cell('wuhua', 'digital')).toBe(0);
  });
});

describe('chapters × districts', () => {
  it('counts, without a query, every document of the chapter naming the district', async () => {
    const m = await compareMatrix(embedded, 'chapters', '');
    expect(m.rows.map((r) => r.value)).toEqual(Array.from({ length: 41 }, (_, k) => String(k + 1)));
    expect(m.columns.every((c) => c.facet === 'district')).toBe(true);
    expectCounts(
      m,
      (c, d) => docs.filter((x) => counted(x, false) && inChapter(x, c) && names(x, d)).length,
      (d) => docs.filter((x) => counted(x, false) && names(x, d)).length,
    );
  });

  it('counts only the clauses holding 滇池', async () => {
    const m = await compareMatrix(embedded, 'chapters', '滇池');
    const matches = (x: PlanDocument) => counted(x, true) && x.text.includes('滇池');
    expectCounts(
      m,
      (c, d) => docs.filter((x) => matches(x) && inChapter(x, c) && names(x, d)).length,
      (d) => docs.filter((x) => matches(x) && names(x, d)).length,
    );
    expect(m.max).toBeGreaterThan(0);
  });
});

describe('each count is the total of the search its cell opens', () => {
  const cases: [string, 'topics' | 'chapters', string][] = [
    ['a Chinese query', 'topics', '滇池'],
    // A last word typed half-way: a search finding nothing reads it as unfinished, and so does each cell.
    ['an English query ending mid-word', 'chapters', 'water qual'],
    ['no query', 'topics', ''],
  ];
  for (const engineName of ['embedded', 'meilisearch stand-in'] as const) {
    // The stand-in spends seconds on each English search (every form a phrase over HTTP): its cases are the Chinese and the empty query.
    for (const [label, view, q] of cases.filter(([, , q]) => engineName === 'embedded' || !/[a-z]/.test(q))) {
      it(`${engineName}: ${label} (${view}, "${q}")`, async () => {
        const engine = engineName === 'embedded' ? embedded : meili;
        const m = await compareMatrix(engine, view, q);
        const some: { params: Record<string, string>; count: number }[] = [];
        const none: typeof some = [];
        m.rows.forEach((r, i) =>
          m.columns.forEach((c, j) => {
            const count = m.counts[i]![j]!;
            if (count > 0 || (i + j) % 7 === 0) (count > 0 ? some : none).push({ params: { q, [r.facet]: r.value, [c.facet]: c.value }, count });
          }),
        );
        const districts = m.view === 'topics' ? m.rows : m.columns;
        const totals = districts.map((d, k) => ({ params: { q, district: d.value }, count: m.totals[k]! }));
        // In process, every count that is not 0 and a spread of the zeros; the stand-in answers over HTTP, slower: a sample of each.
        const spread = <T>(xs: T[], n: number) => (engineName === 'embedded' ? xs : xs.filter((_, k) => k % Math.ceil(xs.length / n) === 0));
        const checks = [...spread(some, 12), ...spread(none, 6), ...spread(totals, 6)];
        const wrong: string[] = [];
        for (const { params, count } of checks) {
          const total = (await search(engine, parseSearchParams(params))).total;
          if (total !== count) wrong.push(`${JSON.stringify(params)}: table ${count}, search ${total}`);
        }
        expect(wrong).toEqual([]);
        expect(checks.filter((c) => c.count > 0).length).toBeGreaterThan(q ? 3 : engineName === 'embedded' ? 100 : 10);
      }, 120_000);
    }
  }
});

describe('requests', () => {
  it('reads the view, and refuses anything else as a 400', () => {
    expect(parseView(undefined)).toBe('topics');
    expect(parseView([])).toBe('topics');
    expect(parseView('chapters')).toBe('chapters');
    expect(() => parseView('rows')).toThrow(expect.objectContaining({ code: 'invalid_view' }));
    expect(() => parseView(['topics', 'chapters'])).toThrow(expect.objectContaining({ code: 'invalid_view' }));
  });

  it('checks the query as the search page does', async () => {
    await expect(compareMatrix(embedded, 'topics', 'x'.repeat(5000))).rejects.toMatchObject({ code: 'query_too_long' });
    await expect(compareMatrix(embedded, 'topics', ['a', 'b'])).rejects.toMatchObject({ code: 'invalid_q' });
  });
});
