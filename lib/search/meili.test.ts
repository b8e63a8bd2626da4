import { describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { indexSettings, MATCH_FIELDS, meiliQuery, toRecord } from './meili';
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

  it('configures searchable, filterable and sortable attributes and glossary synonyms', () => {
    const s = indexSettings([{ zh: '滇池', en: ['Dianchi Lake', 'Dianchi'] }]);
    expect(s.searchableAttributes[0]).toBe('words');
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['chapter', 'districts', 'topics', 'listed']));
    expect(s.displayedAttributes).toEqual(expect.arrayContaining(MATCH_FIELDS));
    expect(s.sortableAttributes).toEqual(['order']);
    expect(s.synonyms['dianchi lake']).toEqual(['滇池']);
  });

  it('sends each term as a quoted phrase of grams and exclusions with a minus', () => {
    expect(meiliQuery(parseQuery('"滇池水质" 保护 -治理'))).toBe('"滇池 池水 水质" "保护" -"治理"');
    expect(meiliQuery(parseQuery('"滇池'))).toBe('"滇池"');
  });

  it('indexes the English text as Porter stems, declared English, beside the Chinese fields', () => {
    const d = ingested().documents.find((x) => x.id === 'km14-c10-s1-p1')!;
    const r = toRecord(d, 7);
    // "We will make better use of both domestic and international markets and resources…"
    expect(r.en.split(' ').slice(0, 6)).toEqual(['we', 'will', 'make', 'better', 'us', 'of']);
    expect(r.enw.split(' ').slice(0, 5)).toEqual(['we', 'will', 'make', 'better', 'use']);
    expect(
      toRecord(
        ingested().documents.find((x) => x.id === 'km14-c30-s1-p1')!,
        8,
      ).en,
    ).toBe('');
    const s = indexSettings([]);
    expect(s.searchableAttributes).toContain('en');
    expect(s.localizedAttributes).toEqual([
      { attributePatterns: ['grams', 'words'], locales: ['cmn'] },
      { attributePatterns: ['en'], locales: ['eng'] },
    ]);
  });

  it('sends a word typed in English as its stem, which the English field holds', () => {
    expect(meiliQuery(parseQuery('resorts'))).toBe('"resort"');
    expect(meiliQuery(parseQuery('"clear waters"'))).toBe('"clear water"');
  });
});
