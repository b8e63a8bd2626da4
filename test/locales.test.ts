import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * A third UI language touches i18n/routing.ts, a messages file and the curated names only
 * (README § Adding a UI language). Here a fake language `xx` is declared the way routing.ts would
 * declare it, its messages are a copy of the English with its own outline labels, and the corpus
 * names get an `xx` text: ingest, outline labels and breadcrumbs then speak `xx` with no other change.
 */
vi.mock('../i18n/routing', async (importOriginal) => {
  const real = await importOriginal<typeof import('../i18n/routing')>();
  const en = real.LOCALES.en.messages;
  const xx = { ...en, Outline: { level: '{level, select, part {P-{no}} chapter {K-{no}} section {S-{no}} box {B-{no}} other {{no}}}', titled: '{label} » {title}' } };
  const LOCALES = { ...real.LOCALES, xx: { messages: xx, html: 'x-test', og: 'xx_XX' } };
  return { ...real, LOCALES, isLocale: (v: unknown) => typeof v === 'string' && v in LOCALES };
});

const { loadCorpus } = await import('../lib/corpus/load');
const { ingest } = await import('../ingest/pipeline');
const { crumbs, levelLabel, placeLine } = await import('../lib/format/place');

/** The corpus with an `xx` text beside every `en` one in the curated names. */
function corpusWithXx(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-xx-'));
  cpSync('corpus', dir, { recursive: true });
  const addXx = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(addXx);
    if (v && typeof v === 'object') {
      const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, addXx(x)]));
      if (typeof o.zh === 'string' && typeof o.en === 'string') o.xx = `xx:${o.en}`;
      return o;
    }
    return v;
  };
  for (const f of ['kunming-14th-five-year-plan.titles.json', 'manifest.json', 'districts.json', 'topics.json']) {
    writeFileSync(join(dir, f), JSON.stringify(addXx(JSON.parse(readFileSync(join(dir, f), 'utf8')))));
  }
  return dir;
}

describe('a third UI language', () => {
  it('refuses curated names that lack it, naming the file', () => {
    expect(() => loadCorpus('corpus')).toThrow(/corpus\/manifest\.json: unexpected content at documents\.0\.title\.xx/);
  });

  it('flows from the curated names through ingest to outline labels and breadcrumbs', () => {
    const corpus = loadCorpus(corpusWithXx());
    const { documents, outline } = ingest(corpus);
    const d = documents.find((x) => x.id === 'km14-c30-s1-p1')!;
    expect(d.chapter).toMatchObject({ no: 30, xx: `xx:${d.chapter!.en}` });
    expect(d.topics[0]).toHaveProperty('xx');
    expect(outline.documents[0]!.title).toHaveProperty('xx');
    // Labels come from the xx messages, titles from the xx names.
    expect(levelLabel('chapter', 30, 'xx' as never)).toBe('K-30');
    expect(crumbs(d, 'xx' as never).map((c) => c.text)[1]).toBe(`K-30 » xx:${d.chapter!.en}`);
    expect(placeLine(d, 'xx' as never, 'chapter', ' / ')).toMatch(/^K-30 » xx:.+ \/ S-1 » xx:.+$/);
    // The other languages are as they were.
    expect(levelLabel('chapter', 30, 'zh')).toBe('第三十章');
    expect(levelLabel('part', 9, 'en')).toBe('Part IX');
  });
});
