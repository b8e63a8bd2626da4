/**
 * Citations of one paragraph in GB/T 7714-2015, APA 7, Chicago 17 and BibTeX. Each names the plan,
 * its issuer and date, the paragraph's place in the plan down to its number (第4段, para. 4; a box
 * item by its box and item), and the permalink.
 */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';

import { columnLabel } from './column-label';
import { locator, precisePlace } from './place';
import { quoteText, type QuoteSource } from './quote';
import { cellTranslations } from './table-translation';
import { readText } from './wrapped';

interface CitationInput {
  doc: Pick<PlanDocument, 'id' | 'doc' | 'kind' | 'text' | 'part' | 'chapter' | 'section' | 'box' | 'translations' | 'table'>;
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

/** The paragraph's place, titled, down to its number. */
function where(c: CitationInput): string {
  return precisePlace(c.doc, c.lang, 'part', separator(c.lang)) || LOCALES[c.lang].messages.Result.front;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function gbt7714(c: CitationInput): string {
  // GB/T 7714-2015 §8, electronic resource: 责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 获取路径.
  const place = precisePlace(c.doc, 'zh', 'part', separator('zh'));
  return `${c.plan.issuer.zh}. ${c.plan.title.zh}${place ? `: ${place}` : ''}[EB/OL]. (${c.plan.issued})[${c.accessed}]. ${c.url}.`;
}

export function apa(c: CitationInput): string {
  const { y, m, d } = parts(c.plan.issued);
  return `${c.plan.issuer.en}. (${y}, ${MONTHS[m - 1]} ${d}). ${c.plan.title.zh} [${c.plan.title.en}] (${precisePlace(c.doc, 'en', 'chapter', separator('en')) || 'front matter'}). ${c.url}`;
}

export function chicago(c: CitationInput): string {
  const { y, m, d } = parts(c.plan.issued);
  const a = parts(c.accessed);
  return `${c.plan.issuer.en}. ${c.plan.title.zh} [${c.plan.title.en}]. ${MONTHS[m - 1]} ${d}, ${y}. ${capitalized(precisePlace(c.doc, 'en', 'chapter', separator('en'))) || 'Front matter'}. Accessed ${MONTHS[a.m - 1]} ${a.d}, ${a.y}. ${c.url}.`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

export function bibtex(c: CitationInput): string {
  const { y, m } = parts(c.plan.issued);
  const fields: [string, string][] = [
    // Double braces: a body's name, which BibTeX would otherwise split into given and family names.
    ['author', `{{${bibEscape(c.plan.issuer[c.lang])}}}`],
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
 * The plan and the paragraph's place in numbers, short enough to follow a quotation: 昆明市人民政府《…纲要》
 * 第十七章第一节第4段; in another language than the plan's, the issuer in that language and the printed
 * title with the translated one after it: Kunming Municipal People's Government, 昆明市…纲要 [Outline …], ch. 17, sec. 1, para. 4.
 */
export function shortSource(c: Pick<CitationInput, 'doc' | 'plan' | 'url' | 'lang'>): QuoteSource {
  const inSource = c.lang === SOURCE_LOCALE;
  const at = locator(c.doc, c.lang);
  const source = inSource ? `${c.plan.issuer.zh}《${c.plan.title.zh}》${at}` : `${c.plan.issuer[c.lang]}, ${c.plan.title.zh} [${c.plan.title[c.lang]}]${at ? `, ${at}` : ''}`;
  return { inSource, source, url: c.url };
}

/**
 * The paragraph quoted, then its source. On a page in another language than the plan's, the
 * translation is quoted and labelled as the project's unofficial one, and the plan named by its
 * printed title with the translated title after it; where there is no translation yet, the original
 * is quoted and said to be so.
 */
export function quote(c: CitationInput): string {
  const { text, label } = quoted(c, c.quoteLabels ?? null);
  return quoteText(text, label, shortSource(c), c.doc.table !== undefined);
}

/**
 * What a quotation of the whole document quotes, and its label: the text with wrapped headings read as
 * one line; a table row as its cells, one labelled line each ("Unit: %"), as its page shows it; on a page
 * in another language than the plan's, the translation labelled as the unofficial one, or the original
 * said to be so where there is none yet.
 */
function quoted(c: Pick<CitationInput, 'doc' | 'lang' | 'cells'>, labels: { translation?: string; original?: string } | null) {
  const row = (cells: (string | null)[] | null) =>
    c.doc.table!.columns.map((column, k) => `${columnLabel(column, c.lang)}${c.lang === SOURCE_LOCALE ? '：' : ': '}${cells?.[k] ?? c.doc.table!.cells[k] ?? '—'}`).join('\n');
  if (c.lang === SOURCE_LOCALE) return { text: c.doc.table ? row(null) : readText(c.doc, c.doc.text), label: null, translated: false };
  const translated = c.doc.translations?.[c.lang];
  const label = (translated ? labels?.translation : labels?.original) ?? null;
  const text = c.doc.table ? row(translated ? (c.cells ?? cellTranslations(c.doc, c.lang)) : null) : readText(c.doc, translated ?? c.doc.text);
  return { text, label, translated: translated !== undefined };
}

/**
 * What "Copy quote" copies: the whole paragraph to quote (the translation on a page
 * in another language than the plan's, labelled), its source, and the label a quote of part of it
 * gets in each language it may be selected in (HTML lang → label; null for the plan's own text on its own page).
 */
export function quoteClip(c: Pick<CitationInput, 'doc' | 'plan' | 'url' | 'lang' | 'cells'>, labels: { translation: string; untranslated: string; original: string }) {
  const source = shortSource(c);
  const inSource = c.lang === SOURCE_LOCALE;
  const { text, label, translated } = quoted(c, { translation: labels.translation, original: labels.untranslated });
  const lang = LOCALES[translated ? c.lang : SOURCE_LOCALE].html;
  const labelFor: Record<string, string | null> = Object.fromEntries(
    (Object.keys(LOCALES) as Locale[]).map((l) => [LOCALES[l].html, l !== SOURCE_LOCALE ? labels.translation : inSource ? null : labels.original]),
  );
  const lines = c.doc.table !== undefined;
  return {
    source,
    // What the whole quotation is made of: the browser writes it (components/CopyQuote.tsx, lib/format/quote.ts).
    excerpt: { text, label, lang, lines },
    labelFor,
  };
}

export function cite(style: CitationStyle, c: CitationInput): string {
  return { quote, gbt7714, apa, chicago, bibtex }[style](c);
}
