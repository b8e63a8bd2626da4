/**
 * Each download format read back by an independent reader: RIS by Citation.js's RIS plugin, BibTeX
 * by @retorquere/bibtex-parser (Better BibTeX's), CSL-JSON against the CSL schema (ajv), CSV by
 * csv-parse. Expected values come from the source text and the notice, not from the code.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docWith, ingested, source } from '../../test/helpers';
import type { PlanDocument } from '../plan/model';
import { exportDocuments, type ExportContext } from './export';

const plan = () => ingested().outline.documents[0]!;
const ctx = (lang: 'zh' | 'en' = 'zh'): ExportContext => ({ plan: plan(), lang, accessed: '2026-11-29', permalink: (id) => `https://example.org/${lang}/p/${id}` });
/** The source lines a document spans, trimmed and joined as the plan prints them. */
const printed = (d: PlanDocument) =>
  source()
    .split('\n')
    .slice(d.lines[0] - 1, d.lines[1])
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

const sponge = () => docWith('推进海绵城市建设');
// A paragraph, a box item and a table row of the indicator table: text with line breaks and no chapter prose.
const mixed = () => [sponge(), docWith('排涝工程：实施海口河下段'), ingested().documents.find((d) => d.id === 'km14-ind-01')!];

describe('RIS', () => {
  it('reads back as one report per paragraph, by the issuer, dated as the notice is, with the place in the title', () => {
    const items = plugins.input.chain(exportDocuments('ris', mixed(), ctx()), { generateGraph: false });
    expect(items).toHaveLength(3);
    const first = items[0]!;
    expect(first.type).toBe('report');
    expect(first.id).toBe('km14-c17-s1-p4');
    // The notice: 昆明市人民政府 … 2021年3月29日.
    expect(first.author).toEqual([{ family: '昆明市人民政府' }]);
    expect(first.issued).toEqual({ 'date-parts': [[2021, 3, 29]] });
    expect(first.title).toBe('《昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第十七章 培育发展昆明都市圈 第一节 提升中心城区功能');
    expect(first.URL).toBe('https://example.org/zh/p/km14-c17-s1-p4');
    expect(first.abstract).toBe(printed(sponge()));
  });

  it('in English names the issuer and the place in English and labels the translation', () => {
    const [item] = plugins.input.chain(exportDocuments('ris', [sponge()], ctx('en')), { generateGraph: false });
    // Kept whole, not read as a person called Government.
    expect(item!.author).toEqual([{ literal: "Kunming Municipal People's Government" }]);
    expect(item!.title).toMatch(/^Chapter 17: .+, Section 1: .+ — 昆明市国民经济.+纲要 \[Outline of the 14th Five-Year Plan/);
    expect(item!.note).toMatch(/^Unofficial translation by Plan Search: .*sponge city/i);
  });
});

describe('BibTeX', () => {
  it('parses without errors, one entry per paragraph keyed by its id', () => {
    const docs = mixed();
    const bib = parseBibtex(exportDocuments('bibtex', docs, ctx()));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key)).toEqual(docs.map((d) => d.id));
    const first = bib.entries[0]!;
    expect(first.fields.author).toEqual([{ name: '昆明市人民政府' }]);
    // In English too the issuer is one name, not given names and a family name.
    const english = parseBibtex(exportDocuments('bibtex', [sponge()], ctx('en')));
    expect(english.entries[0]!.fields.author).toEqual([{ name: "Kunming Municipal People's Government" }]);
    expect(first.fields.title).toBe('昆明市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(first.fields.year).toBe('2021');
    expect(first.fields.url).toBe('https://example.org/zh/p/km14-c17-s1-p4');
  });
});

describe('CSL-JSON', () => {
  const schema = JSON.parse(readFileSync('test/schemas/csl-data.json', 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('is valid against the CSL schema in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const data = JSON.parse(exportDocuments('csl-json', mixed(), ctx(lang))) as unknown;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema check bites: an item with a field CSL does not define is refused', () => {
    const [item] = JSON.parse(exportDocuments('csl-json', [sponge()], ctx())) as Record<string, unknown>[];
    expect(validate([{ ...item, pages_count: 3 }])).toBe(false);
  });

  it('keeps the issuer whole and the dates as the notice gives them', () => {
    const [item] = JSON.parse(exportDocuments('csl-json', [sponge()], ctx())) as Record<string, unknown>[];
    expect(item).toMatchObject({ id: 'km14-c17-s1-p4', type: 'report', author: [{ literal: '昆明市人民政府' }], issued: { 'date-parts': [[2021, 3, 29]] }, language: 'zh-CN' });
  });
});

describe('CSV of search results', () => {
  const rows = () => parseCsv(exportDocuments('csv', mixed(), ctx('en')), { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] }) as Record<string, string>[];

  it('starts with a UTF-8 byte-order mark', () => {
    expect(exportDocuments('csv', mixed(), ctx()).charCodeAt(0)).toBe(0xfeff);
  });

  it('reads back with the Chinese exactly as the source prints it', () => {
    const docs = mixed();
    expect(rows().map((r) => r.text_zh)).toEqual(docs.map(printed));
    expect(rows()[0]!.text_zh).toContain('推进海绵城市建设，强化城市排水防涝基础设施建设');
  });

  it('has the id, permalink, places in both languages and the English headed as unofficial', () => {
    const [first] = rows();
    expect(Object.keys(first!)).toEqual(['id', 'permalink', 'place_zh', 'place_en', 'text_zh', 'text_en_unofficial_translation']);
    expect(first).toMatchObject({ id: 'km14-c17-s1-p4', permalink: 'https://example.org/en/p/km14-c17-s1-p4' });
    expect(first!.place_zh).toBe('第五篇 构筑区域协调发展新格局 › 第十七章 培育发展昆明都市圈 › 第一节 提升中心城区功能');
    expect(first!.place_en).toMatch(/^Part V: .+ › Chapter 17: .+ › Section 1: /);
    expect(first!.text_en_unofficial_translation).toMatch(/sponge city/i);
  });
});
