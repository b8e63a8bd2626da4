/**
 * The columns of every document export: the search-results CSV takes a few of them, the whole-plan
 * data (CSV and JSON Lines) all. README § Data and licences is their data dictionary; keep the two
 * in step.
 */
import { type Locale, LOCALES } from '../../i18n/routing';
import type { PlanDocument, Tag } from '../plan/model';

import type { Cell } from './csv';
import { placeLine } from './place';

/** The English is the project's translation: its column says so wherever it goes. */
export const ENGLISH_COLUMN = 'text_en_unofficial_translation';

type Doc = Pick<
  PlanDocument,
  'id' | 'kind' | 'order' | 'lines' | 'text' | 'part' | 'chapter' | 'section' | 'box' | 'districts' | 'topics' | 'translations' | 'truncated' | 'table'
>;

/** "第九篇 … › 第三十章 … › 第一节 …" in one language; the front matter by its name. */
export const placeOf = (d: Doc, lang: Locale) => placeLine(d, lang, 'part') || LOCALES[lang].messages.Result.front;
const names = (tags: Tag[], key: 'id' | Locale) => tags.map((t) => t[key]).join('; ');

const COLUMNS = {
  id: (d) => d.id,
  permalink: (d, link) => link(d.id),
  kind: (d) => d.kind,
  order: (d) => d.order,
  source_line_first: (d) => d.lines[0],
  source_line_last: (d) => d.lines[1],
  part_no: (d) => d.part?.no ?? null,
  chapter_no: (d) => d.chapter?.no ?? null,
  section_no: (d) => d.section?.no ?? null,
  box_no: (d) => d.box?.no ?? null,
  place_zh: (d) => placeOf(d, 'zh'),
  place_en: (d) => placeOf(d, 'en'),
  district_ids: (d) => names(d.districts, 'id'),
  districts_zh: (d) => names(d.districts, 'zh'),
  districts_en: (d) => names(d.districts, 'en'),
  topic_ids: (d) => names(d.topics, 'id'),
  topics_zh: (d) => names(d.topics, 'zh'),
  topics_en: (d) => names(d.topics, 'en'),
  text_zh: (d) => d.text,
  [ENGLISH_COLUMN]: (d) => d.translations?.en ?? null,
  truncated: (d) => d.truncated === true,
} satisfies Record<string, (d: Doc, permalink: (id: string) => string) => Cell>;

export type Column = keyof typeof COLUMNS;

/** A page of search results: where each paragraph is and what it says. */
export const RESULT_COLUMNS: Column[] = ['id', 'permalink', 'place_zh', 'place_en', 'text_zh', ENGLISH_COLUMN];
/** The whole plan, for analysis. */
export const DATA_COLUMNS = Object.keys(COLUMNS) as Column[];

export function rowsOf(docs: Doc[], columns: Column[], permalink: (id: string) => string): Cell[][] {
  return docs.map((d) => columns.map((c) => COLUMNS[c](d, permalink)));
}

/**
 * One document as a JSON Lines record: the CSV's columns, with the outline places as objects
 * (`{no, zh, en}`), the tags as `[{id, zh, en}]`, source lines as a pair and a table row's cells.
 */
export function recordOf(d: Doc, permalink: (id: string) => string) {
  return {
    id: d.id,
    permalink: permalink(d.id),
    kind: d.kind,
    order: d.order,
    source_lines: d.lines,
    part: d.part,
    chapter: d.chapter,
    section: d.section,
    box: d.box,
    place_zh: placeOf(d, 'zh'),
    place_en: placeOf(d, 'en'),
    districts: d.districts,
    topics: d.topics,
    text_zh: d.text,
    [ENGLISH_COLUMN]: d.translations?.en ?? null,
    table: d.table ? { columns: d.table.columns, cells: d.table.cells } : null,
    truncated: d.truncated === true,
  };
}
