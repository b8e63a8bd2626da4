/** The document model shared by ingest, the engines and the app (DESIGN.md § Document model). */

import { type Locale, LOCALES } from '../../i18n/routing';

/** Text in every UI language. */
export type Localized = Record<Locale, string>;

/** The UI languages' texts of `t` (a title, a tag), and nothing else. */
export const localized = (t: Localized): Localized => Object.fromEntries((Object.keys(LOCALES) as Locale[]).map((l) => [l, t[l]])) as Localized;

/** A place in the outline: its number and its title in every UI language. */
export type Titled = { no: number } & Localized;

export type Tag = { id: string } & Localized;

export type DocKind = 'notice' | 'title' | 'toc-entry' | 'heading' | 'paragraph' | 'box-item' | 'table-header' | 'indicator' | 'table-row' | 'note';

/** The main-indicator table's columns, as printed (plus 类别, which the printed header leaves out). */
export const INDICATOR_COLUMNS = ['序号', '类别', '指标名称', '单位', '2020年', '2025年', '属性', '数据来源'] as const;

/** A reconstructed table row: column names and one cell per column (null where the source cell is empty). */
export interface TableRow {
  columns: string[];
  cells: (string | null)[];
  /** Columns whose value was taken from a merged cell of an earlier row. */
  inherited?: string[];
}

export interface PlanDocument {
  /** Stable, readable, URL-safe id, e.g. `km14-c30-s1-p2` (README § Document ids). */
  id: string;
  /** Which corpus document (manifest id). */
  doc: string;
  kind: DocKind;
  /** The source text, unchanged: the trimmed source lines joined by "\n". */
  text: string;
  /** Position in the corpus document, 0-based, in source order. */
  order: number;
  /** 1-based source line numbers [first, last]. */
  lines: [number, number];
  part: Titled | null;
  chapter: Titled | null;
  section: Titled | null;
  box: Titled | null;
  /** Heading level for kind `heading`. */
  level?: 'part' | 'chapter' | 'section' | 'box' | 'front' | 'table';
  table?: TableRow;
  districts: Tag[];
  topics: Tag[];
  /** Segmented tokens (jieba cut-for-search, lower-cased, punctuation dropped). */
  tokens: string[];
  /** The project's (unofficial) translations of `text`, by UI locale; absent where not yet translated. */
  translations?: Partial<Record<Locale, string>>;
  /** A contents entry whose heading is in the text: the heading's id. Such entries are not search hits. */
  repeats?: string;
  /** Set on the last paragraph of a source that is cut off mid-sentence. */
  truncated?: true;
}

interface OutlineSection extends Titled {
  id: string;
}

export interface OutlineChapter extends Titled {
  /** False when the chapter is listed in the table of contents but its text is absent from the source. */
  present: boolean;
  id: string;
  sections: OutlineSection[];
  boxes: OutlineSection[];
}

export interface OutlinePart extends Titled {
  present: boolean;
  id: string;
  chapters: OutlineChapter[];
}

export interface OutlineDocument {
  id: string;
  title: Localized;
  issuer: Localized;
  issued: string;
  file: string;
  parts: OutlinePart[];
  appendices: (Titled & { present: boolean })[];
  /** True when the source text ends before the end of its table of contents. */
  truncated: boolean;
  documents: number;
}

export interface Outline {
  documents: OutlineDocument[];
}
