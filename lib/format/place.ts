/** How a document's place in the outline is named, in each language (breadcrumbs, citations). */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Locale, LOCALES, type Messages } from '../../i18n/routing';
import type { PlanDocument, Titled } from '../plan/model';
import { readId } from '../plan/ids';

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

/** "第三十章" / "ch. 30": the short number label of one level, as citations abbreviate it. */
export function shortLabel(level: Level | 'appendix', no: number, locale: Locale): string {
  return message(locale, 'short', { level, no, cn: zhNumeral(no), roman: roman(no) });
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

type Placed = Pick<PlanDocument, 'id' | 'doc' | 'part' | 'chapter' | 'section' | 'box'>;

/** Pieces of a place joined as the locale joins them: 第三十章第一节第1段, ch. 30, sec. 1, para. 1. */
const joined = (pieces: string[], locale: Locale) => pieces.filter(Boolean).reduce((first, next) => (first ? message(locale, 'joined', { first, next }) : next), '');

/**
 * Where a document sits within its place, from its id: "第4段" / "para. 4", "第2项" / "item 2";
 * front matter and the indicator table named with it ("序言第2段" / "preface, para. 2",
 * "主要指标表第5行" / "main indicators table, row 5"); '' for a heading.
 */
export function pinpoint(d: Pick<PlanDocument, 'id' | 'doc'>, locale: Locale): string {
  const { front, pinpoint: at } = readId(d.id, d.doc);
  return joined([front ? message(locale, 'front', { part: front }) : '', at ? message(locale, 'pinpoint', { kind: at.kind, no: at.no }) : ''], locale);
}

/**
 * A document's place in numbers, as a citation pinpoints it: "第三十章第一节第1段" / "ch. 30, sec. 1,
 * para. 1"; a box item by its box, whose number is unique in the plan: "专栏38第2项" / "box 38, item 2".
 */
export function locator(d: Placed, locale: Locale): string {
  const levels: [Level, Titled | null][] = d.box
    ? [['box', d.box]]
    : [
        ['chapter', d.chapter],
        ['section', d.section],
      ];
  // A part's own introduction sits in no chapter: the part names it.
  if (!d.box && !d.chapter && d.part) levels.unshift(['part', d.part]);
  const outline = levels.filter((e): e is [Level, Titled] => e[1] !== null).map(([level, t]) => shortLabel(level, t.no, locale));
  return joined([...outline, pinpoint(d, locale)], locale);
}

/** The place line with the pinpoint after it: "第十七章 培育发展昆明都市圈 第一节 提升中心城区功能 第4段". */
export function precisePlace(d: Placed, lang: Locale, from: Level = 'chapter', separator = ' › '): string {
  return [placeLine(d, lang, from, separator), pinpoint(d, lang)].filter(Boolean).join(separator);
}
