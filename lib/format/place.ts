/** How a document's place in the outline is named, in each language (breadcrumbs, citations). */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Locale, LOCALES, type Messages } from '../../i18n/routing';
import type { PlanDocument, Titled } from '../plan/model';

const DIGITS = '零一二三四五六七八九';

/** 30 → 三十, 12 → 十二, 45 → 四十五: the plan's own way of numbering parts, chapters and sections. */
export function zhNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  return String(n);
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export type Level = 'part' | 'chapter' | 'section' | 'box';

/** One of the Outline messages of a locale (messages/{locale}.json), formatted. */
const formats = new Map<string, IntlMessageFormat>();
function message(locale: Locale, key: keyof Messages['Outline'], values: Record<string, string | number>): string {
  const id = `${locale}.${key}`;
  if (!formats.has(id)) formats.set(id, new IntlMessageFormat(LOCALES[locale].messages.Outline[key], locale));
  return formats.get(id)!.format(values) as string;
}

/** "第三十章" / "Chapter 30": the number label of one level, as the locale's messages write it. */
export function levelLabel(level: Level | 'appendix', no: number, locale: Locale): string {
  return message(locale, 'level', { level, no, cn: zhNumeral(no), roman: roman(no) });
}

/** "第三十章 实施碧水行动" / "Chapter 30: Implementing …": a label with its title. */
export function titledLabel(level: Level | 'appendix', t: Titled, locale: Locale): string {
  return message(locale, 'titled', { label: levelLabel(level, t.no, locale), title: t[locale] });
}

interface Crumb {
  level: Level;
  no: number;
  label: string;
  title: string;
  /** Label and title together, as the locale writes them. */
  text: string;
}

/** The outline path of a document, outermost first, in one language. */
export function crumbs(d: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box'>, lang: Locale): Crumb[] {
  const levels: [Level, Titled | null][] = [
    ['part', d.part],
    ['chapter', d.chapter],
    ['section', d.section],
    ['box', d.box],
  ];
  return levels
    .filter((e): e is [Level, Titled] => e[1] !== null)
    .map(([level, t]) => ({ level, no: t.no, label: levelLabel(level, t.no, lang), title: t[lang], text: titledLabel(level, t, lang) }));
}

/** "第三十章 实施碧水行动 › 第一节 …" on one line. */
export function placeLine(d: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box'>, lang: Locale, from: Level = 'chapter', separator = ' › '): string {
  const all = crumbs(d, lang);
  const start = all.findIndex((c) => c.level === from);
  return all
    .slice(start < 0 ? 0 : start)
    .map((c) => c.text)
    .join(separator);
}

/** A heading's own title in one language: "Chapter 30: …" for a chapter heading; null for other documents. */
export function headingTitle(d: Pick<PlanDocument, 'kind' | 'level' | 'part' | 'chapter' | 'section' | 'box'>, lang: Locale): string | null {
  if (d.kind !== 'heading' || !d.level || !(d.level in { part: 1, chapter: 1, section: 1, box: 1 })) return null;
  const level = d.level as Level;
  const t = d[level];
  if (!t) return null;
  return titledLabel(level, t, lang);
}
