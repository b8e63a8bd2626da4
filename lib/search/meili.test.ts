import { describe, expect, it } from 'vitest';
import { ingested } from '../../test/helpers';
import { facetValues, filterExpression, indexSettings, meiliQuery, toRecord } from './meili';
import { parseQuery } from './query';

describe('Meilisearch adapter (no server needed)', () => {
  it('pushes the pre-segmented text and the facet ids', () => {
    const d = ingested().documents.find((x) => x.id === 'km14-b16-i6')!;
    const r = toRecord(d, 42);
    expect(r).toMatchObject({ id: 'km14-b16-i6', order: 42, chapter: 15, districts: ['chenggong'] });
    expect(r.grams.split(' ')).toContain('呈贡');
    expect(r.words.split(' ')).toEqual(d.tokens);
    expect(JSON.parse(r.json).text).toBe(d.text);
  });

  it('configures searchable, filterable and sortable attributes and glossary synonyms', () => {
    const s = indexSettings([{ zh: '滇池', en: ['Dianchi Lake', 'Dianchi'] }]);
    expect(s.searchableAttributes[0]).toBe('words');
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['chapter', 'districts', 'topics']));
    expect(s.sortableAttributes).toEqual(['order']);
    expect(s.synonyms['dianchi lake']).toEqual(['滇池']);
  });

  it('builds filters from validated ids only, leaving out the facet being counted', () => {
    const f = { chapter: new Set([30, 31]), district: new Set(['chenggong', 'x" OR 1=1']), topic: null };
    expect(filterExpression(f)).toEqual(['listed = true', 'chapter IN [30, 31]', 'districts IN ["chenggong"]']);
    expect(filterExpression(f, 'chapter')).toEqual(['listed = true', 'districts IN ["chenggong"]']);
  });

  it('sends each term as a quoted phrase of grams and exclusions with a minus', () => {
    expect(meiliQuery(parseQuery('"滇池水质" 保护 -治理'))).toBe('"滇池 池水 水质" "保护" -"治理"');
    expect(meiliQuery(parseQuery('"滇池'))).toBe('"滇池"');
  });

  it('labels facet values and drops unknown ones', () => {
    const labels = new Map([['ecology', { zh: '生态', en: 'Ecology' }]]);
    expect(facetValues({ ecology: 3, ghost: 9 }, (v) => labels.get(v))).toEqual([{ value: 'ecology', zh: '生态', en: 'Ecology', count: 3 }]);
  });
});
