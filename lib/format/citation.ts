/**
 * Citations of one paragraph in GB/T 7714-2015, APA 7, Chicago 17 and BibTeX. Each names the plan,
 * its issuer and date, the paragraph's place in the plan down to its number (第4段, para. 4; a box
 * item by its box and item), and the permalink.
 */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';

import { locator, precisePlace } from './place';
import { quoteHtml, quoteText, type QuoteSource } from './quote';

interface CitationInput {
  doc: Pick<PlanDocument, 'id' | 'doc' | 'text' | 'part' | 'chapter' | 'section' | 'box' | 'translations'>;
  plan: Pick<OutlineDocument, 'title' | 'issuer' | 'issued'>;
  /** Absolute permalink. */
  url: string;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  lang: Locale;
  /** How a quotation says what it quotes, in the page's language: "unofficial translation by Plan Search", "original Chinese". */
  quoteLabels?: { translation: string; original: string };
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
  if (c.lang === SOURCE_LOCALE) return quoteText(c.doc.text, null, shortSource(c));
  const translated = c.doc.translations?.[c.lang];
  const label = (translated ? c.quoteLabels?.translation : c.quoteLabels?.original) ?? null;
  return quoteText(translated ?? c.doc.text, label, shortSource(c));
}

/**
 * What "Copy quote" copies: the whole paragraph quoted, as text and HTML (the translation on a page
 * in another language than the plan's, labelled), its source, and the label a quote of part of it
 * gets in each language it may be selected in (HTML lang → label; null for the plan's own text on its own page).
 */
export function quoteClip(c: Pick<CitationInput, 'doc' | 'plan' | 'url' | 'lang'>, labels: { translation: string; untranslated: string; original: string }) {
  const source = shortSource(c);
  const inSource = c.lang === SOURCE_LOCALE;
  const translated = inSource ? undefined : c.doc.translations?.[c.lang];
  const label = inSource ? null : translated ? labels.translation : labels.untranslated;
  const text = translated ?? c.doc.text;
  const lang = LOCALES[translated ? c.lang : SOURCE_LOCALE].html;
  const labelFor: Record<string, string | null> = Object.fromEntries(
    (Object.keys(LOCALES) as Locale[]).map((l) => [LOCALES[l].html, l !== SOURCE_LOCALE ? labels.translation : inSource ? null : labels.original]),
  );
  return { source, whole: { text: quoteText(text, label, source), html: quoteHtml(text, label, source, lang) }, labelFor };
}

export function cite(style: CitationStyle, c: CitationInput): string {
  return { quote, gbt7714, apa, chicago, bibtex }[style](c);
}
