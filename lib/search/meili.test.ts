import { describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { decodeMixed, encodeMixed, indexSettings, MATCH_FIELDS, meiliAnyQueries, meiliFilter, meiliQueries, termForms, toRecord, versionAtLeast } from './meili';
import { parseQuery } from './query';

describe('Meilisearch adapter (no server needed)', () => {
  it('pushes the pre-segmented text and the facet ids', () => {
    const d = ingested().documents.find((x) => x.id === 'km14-b16-i6')!;
    const r = toRecord(d, 42);
    expect(r).toMatchObject({ id: 'km14-b16-i6', order: 42, chapter: 15, districts: ['chenggong'] });
    expect(r.grams.split(' ')).toContain('呈贡');
    expect(r.words.split(' ')).toEqual(d.tokens);
    expect(JSON.parse(r.json).text).toBe(d.text);
    // What the shared boosts read, and whether it may be a hit at all.
    expect(r.rankText).toContain('呈贡');
    expect(r.listed).toBe(true);
    const toc = ingested().documents.find((x) => x.kind === 'toc-entry' && x.repeats)!;
    expect(toRecord(toc, 1).listed).toBe(false);
  });

  it('configures searchable, filterable and sortable attributes, and no synonyms (a phrase never uses them)', () => {
    const s = indexSettings();
    expect(s.searchableAttributes[0]).toBe('words');
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['chapter', 'districts', 'topics', 'listed']));
    expect(s.displayedAttributes).toEqual(expect.arrayContaining(MATCH_FIELDS));
    expect(s.sortableAttributes).toEqual(['order']);
    expect(s).not.toHaveProperty('synonyms');
  });

  it('sends each term as a quoted phrase of grams, exclusions first with a minus', () => {
    expect(meiliQueries(parseQuery('"滇池水质" 保护 -治理'))).toEqual([['-"治理" "滇池 池水 水质" "保护"']]);
    expect(meiliQueries(parseQuery('"滇池'))).toEqual([['"滇池"']]);
    // Any term: one string per term, each keeping the exclusions.
    expect(meiliAnyQueries(parseQuery('滇池 保护 -治理'))).toEqual([['-"治理" "滇池"'], ['-"治理" "保护"']]);
  });

  it('sends every form of an expanded term: each alternative, and the English as stems (Meilisearch has no OR)', () => {
    // GDP: the glossary's 地区生产总值 and GDP as the text writes it (the stem of "gdp" is itself).
    expect(meiliQueries(parseQuery('GDP'))).toEqual([['"地区 区生 生产 产总 总值"', '"gdp"']]);
    // Two glossary forms and the English: one string per form.
    expect(meiliQueries(parseQuery('gig economy'))[0]).toEqual(['"新业 业态"', '"灵活 活就 就业"', '"gig economy"', '"gig economi"']);
    // Two expanded terms: one string per combination of their forms.
    const two = meiliQueries(parseQuery('GDP 滇池'));
    expect(two).toEqual([['"地区 区生 生产 产总 总值" "滇池"', '"gdp" "滇池"']]);
  });

  it('keeps every string within the ten terms Meilisearch reads, exclusions ahead of them', () => {
    const words = ['滇池', '保护', '治理', '水质', '生态', '湿地', '河道', '污染', '补水', '环湖', '产业', '城市'];
    const groups = meiliQueries(parseQuery(`${words.join(' ')} -农业`));
    // Twelve single-form terms: two groups (a document must match one string of each), ten then two.
    // Positive phrases open after a space or at the start; exclusions open with -".
    expect(groups.map((g) => g.map((q) => q.match(/(^| )"/g)!.length))).toEqual([[10], [2]]);
    for (const g of groups) for (const q of g) expect(q.startsWith('-"农业" ')).toBe(true);
  });

  it('writes words mixing letters and digits as one Latin token, in the records and the queries alike, and back', () => {
    // charabia cuts "5g" between a Han run and a Latin one; "zx" + letters is one Latin word wherever it stands.
    expect(encodeMixed('快 5g 网络 pm2 5 4k')).toBe('快 zxqfg 网络 zxpmqc 5 zxqek');
    expect(encodeMixed('qq9')).toBe('zxqqqqqj');
    for (const w of ['5g', 'pm2', 'qq9', 'a1b2']) expect(decodeMixed(encodeMixed(w))).toBe(w);
    const d = ingested().documents.find((x) => x.text.includes('5G'))!;
    const r = toRecord(d, 0);
    expect(r.grams.split(' ')).toContain('zxqfg');
    expect(r.grams.split(' ')).not.toContain('5g');
    expect(termForms(parseQuery('5G').terms[0]!)).toContain('"zxqfg"');
    const s = indexSettings();
    expect(s).not.toHaveProperty('dictionary');
    expect(s.rankingRules[0]).toBe('sort');
    expect(s.rankingRules).toEqual(expect.arrayContaining(['words', 'typo', 'proximity', 'attribute', 'exactness']));
  });

  it('writes the filter as Meilisearch reads it: listed only, OR within a facet, AND across, one facet left out on request', () => {
    const f = { chapter: new Set([17, 30]), district: new Set(['chenggong']), topic: null };
    expect(meiliFilter(f)).toEqual(['listed = true', 'chapter IN ["17", "30"]', 'districts IN ["chenggong"]']);
    expect(meiliFilter(f, 'chapter')).toEqual(['listed = true', 'districts IN ["chenggong"]']);
  });

  it('compares server versions by number', () => {
    expect(versionAtLeast('1.10.0', '1.10.0')).toBe(true);
    expect(versionAtLeast('1.9.3', '1.10.0')).toBe(false);
    expect(versionAtLeast('1.18.0-rc.1', '1.18.0')).toBe(true);
    expect(versionAtLeast('1.17.9', '1.18.0')).toBe(false);
    expect(versionAtLeast('2.0.0', '1.18.0')).toBe(true);
  });

  it('indexes the English text as Porter stems, declared English, beside the Chinese fields', () => {
    const d = ingested().documents.find((x) => x.id === 'km14-c10-s1-p1')!;
    const r = toRecord(d, 7);
    // "We will make better use of both domestic and international markets and resources…"
    expect(r.en.split(' ').slice(0, 6)).toEqual(['we', 'will', 'make', 'better', 'us', 'of']);
    expect(r.enw.split(' ').slice(0, 5)).toEqual(['we', 'will', 'make', 'better', 'use']);
    expect(toRecord({ ...ingested().documents.find((x) => x.id === 'km14-c30-s1-p1')!, translations: undefined }, 8).en).toBe('');
    const s = indexSettings();
    expect(s.searchableAttributes).toContain('en');
    expect(s.localizedAttributes).toEqual([
      { attributePatterns: ['grams', 'words'], locales: ['cmn'] },
      { attributePatterns: ['en'], locales: ['eng'] },
    ]);
  });

  it('sends a word typed in English as written (the Chinese fields) and as its stem (the English field)', () => {
    expect(meiliQueries(parseQuery('resorts'))).toEqual([['"resorts"', '"resort"']]);
    expect(meiliQueries(parseQuery('"clear waters"'))).toEqual([['"clear waters"', '"clear water"']]);
  });
});
