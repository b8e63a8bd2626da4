/**
 * Citations of one paragraph in GB/T 7714-2015, APA 7, Chicago 17 and BibTeX. Each names the plan,
 * its issuer and date, the paragraph's place in the plan, and the permalink.
 */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';

import { columnLabel } from './columns';
import { placeLine } from './place';
import { cellTranslations } from './table-translation';
import { readText } from './wrapped';

interface CitationInput {
  doc: PlanDocument;
  plan: Pick<OutlineDocument, 'title' | 'issuer' | 'issued'>;
  /** Absolute permalink. */
  url: string;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  lang: Locale;
  /** How a quotation says what it quotes, in the page's language: "unofficial translation by Plan Search", "original Chinese". */
  quoteLabels?: { translation: string; original: string };
  /** A table row's translation cell by cell, merged cells included (table-translation.ts `rowTranslation`); else read from the row alone. */
  cells?: (string | null)[] | null;
}

type CitationStyle = 'quote' | 'gbt7714' | 'apa' | 'chicago' | 'bibtex';
export const CITATION_STYLES: CitationStyle[] = ['quote', 'gbt7714', 'apa', 'chicago', 'bibtex'];

/** Citations name the place in plain words: 第十七章 … 第一节 … in the plan's language, Chapter 17: …, Section 1: … in others. */
const separator = (locale: Locale) => (locale === SOURCE_LOCALE ? ' ' : ', ');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** The paragraph's place, with its kind where it is not plain text (box item, table row). */
function where(c: CitationInput): string {
  return placeLine(c.doc, c.lang, 'part', separator(c.lang)) || LOCALES[c.lang].messages.Result.front;
}

export function gbt7714(c: CitationInput): string {
  // GB/T 7714-2015 §8, electronic resource: 责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 获取路径.
  const place = placeLine(c.doc, 'zh', 'part', separator('zh'));
  return `${c.plan.issuer.zh}. ${c.plan.title.zh}${place ? `: ${place}` : ''}[EB/OL]. (${c.plan.issued})[${c.accessed}]. ${c.url}.`;
}

export function apa(c: CitationInput): string {
  const { y, m, d } = parts(c.plan.issued);
  return `${c.plan.issuer.en}. (${y}, ${MONTHS[m - 1]} ${d}). ${c.plan.title.zh} [${c.plan.title.en}] (${placeLine(c.doc, 'en', 'chapter', separator('en')) || 'front matter'}). ${c.url}`;
}

export function chicago(c: CitationInput): string {
  const { y, m, d } = parts(c.plan.issued);
  const a = parts(c.accessed);
  return `${c.plan.issuer.en}. ${c.plan.title.zh} [${c.plan.title.en}]. ${MONTHS[m - 1]} ${d}, ${y}. ${placeLine(c.doc, 'en', 'chapter', separator('en')) || 'Front matter'}. Accessed ${MONTHS[a.m - 1]} ${a.d}, ${a.y}. ${c.url}.`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

export function bibtex(c: CitationInput): string {
  const { y, m } = parts(c.plan.issued);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.plan.issuer[c.lang])}}`],
    ['title', `{${bibEscape(c.plan.title.zh)}}`],
    ['year', String(y)],
    ['month', BIB_MONTHS[m - 1]!],
    ['note', `{${bibEscape(where(c))}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${c.accessed}}`],
  ];
  // In another language than the plan's, the title in that language follows the printed one.
  if (c.lang !== SOURCE_LOCALE) fields.splice(2, 0, ['titleaddon', `{${bibEscape(c.plan.title[c.lang])}}`]);
  return `@misc{${c.doc.id},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/**
 * The paragraph quoted, then its source. On a page in another language than the plan's, the
 * translation is quoted and labelled as the project's unofficial one, and the plan named by its
 * printed title with the translated title after it; where there is no translation yet, the original
 * is quoted and said to be so.
 */
export function quote(c: CitationInput): string {
  const lines = (s: string) =>
    readText(c.doc, s)
      .trim()
      .replace(/\s*\n\s*/g, ' / ');
  // A table row is quoted as its cells, one labelled line each ("Unit: %"), as its page shows it.
  const row = (cells: (string | null)[] | null) =>
    c.doc.table!.columns.map((column, k) => `${columnLabel(column, c.lang)}${c.lang === SOURCE_LOCALE ? '：' : ': '}${cells?.[k] ?? c.doc.table!.cells[k] ?? '—'}`).join('\n');
  if (c.lang === SOURCE_LOCALE) {
    const place = placeLine(c.doc, c.lang, 'part', separator(c.lang));
    return `“${c.doc.table ? row(null) : lines(c.doc.text)}”（${c.plan.issuer.zh}《${c.plan.title.zh}》${place ? ` ${place}` : ''}）${c.url}`;
  }
  const translated = c.doc.translations?.[c.lang];
  const label = translated ? c.quoteLabels?.translation : c.quoteLabels?.original;
  const place = where(c);
  const text = c.doc.table ? row(translated ? (c.cells ?? cellTranslations(c.doc, c.lang)) : null) : lines(translated ?? c.doc.text);
  return `“${text}”${label ? ` (${label})` : ''}. ${c.plan.issuer[c.lang]}, ${c.plan.title.zh} [${c.plan.title[c.lang]}], ${place}. ${c.url}`;
}

export function cite(style: CitationStyle, c: CitationInput): string {
  return { quote, gbt7714, apa, chicago, bibtex }[style](c);
}
