/** The whole-plan data (documents.csv and documents.jsonl) read back against the source text. */
import { parse as parseCsv } from 'csv-parse/sync';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ingested, source } from '../../test/helpers';
import { DATA_COLUMNS, recordOf, rowsOf } from './columns';
import { toCsv } from './csv';
import { LOCALES } from '../../i18n/routing';

const link = (id: string) => `https://example.org/zh/p/${id}`;
const docs = () => ingested().documents;
const lines = () => source().split('\n');

describe('the whole plan as CSV', () => {
  const rows = () =>
    parseCsv(toCsv(DATA_COLUMNS, rowsOf(docs(), DATA_COLUMNS, link)), { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] }) as Record<
      (typeof DATA_COLUMNS)[number],
      string
    >[];

  it('has one row per document and every Chinese text as the source prints it', () => {
    const all = rows();
    const source = lines();
    expect(all).toHaveLength(docs().length);
    for (const r of all) {
      const printed = source
        .slice(Number(r.source_line_first) - 1, Number(r.source_line_last))
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');
      expect(r.text_zh, r.id).toBe(printed);
    }
  });

  it('carries the place, the tags and the English headed as unofficial', () => {
    const r = rows().find((x) => x.text_zh.includes('推进海绵城市建设'))!;
    expect(r).toMatchObject({ id: 'km14-c17-s1-p4', chapter_no: '17', section_no: '1', permalink: link('km14-c17-s1-p4') });
    expect(r.place_zh).toContain('第十七章 培育发展昆明都市圈');
    expect(r.topic_ids.split('; ').length).toBeGreaterThan(0);
    expect(r.text_en_unofficial_translation).toMatch(/sponge city/i);
    const chenggong = rows().filter((x) => x.districts_zh.split('; ').includes('呈贡区'));
    expect(chenggong.every((x) => x.text_zh.includes('呈贡'))).toBe(true);
  });
});

describe('the whole plan as JSON Lines', () => {
  it('is one record per line, each with the text unaltered', () => {
    const text = docs()
      .map((d) => `${JSON.stringify(recordOf(d, link))}\n`)
      .join('');
    const records = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ReturnType<typeof recordOf>);
    expect(records).toHaveLength(docs().length);
    const ind = records.find((r) => r.id === 'km14-ind-01')!;
    expect(ind.table?.cells).toContain('地区生产总值');
    expect(ind.text_zh).toContain('6733.79');
    expect(records.find((r) => r.id === 'km14-c17-s1-p4')!.chapter).toMatchObject({ no: 17, zh: '培育发展昆明都市圈' });
  });
});

describe('the data dictionary', () => {
  it('describes every column in every language (messages Data.field, shown on the data page)', () => {
    for (const [locale, { messages }] of Object.entries(LOCALES)) {
      const field = new IntlMessageFormat(messages.Data.field, locale);
      for (const name of DATA_COLUMNS) expect((field.format({ name }) as string).length, `${locale} ${name}`).toBeGreaterThan(4);
    }
  });
});
