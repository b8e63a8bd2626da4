/** How a document's place in the outline is named, in each language (breadcrumbs, citations). */
import type { Lang, PlanDocument, Titled } from './model';

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

/** "第三十章" / "Chapter 30": the number label of one level. */
export function levelLabel(level: Level, no: number, lang: Lang): string {
  if (lang === 'zh') return level === 'box' ? `专栏${no}` : `第${zhNumeral(no)}${{ part: '篇', chapter: '章', section: '节' }[level]}`;
  return { part: `Part ${roman(no)}`, chapter: `Chapter ${no}`, section: `Section ${no}`, box: `Box ${no}` }[level];
}

interface Crumb {
  level: Level;
  no: number;
  label: string;
  title: string;
}

/** The outline path of a document, outermost first, in one language. */
export function crumbs(d: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box'>, lang: Lang): Crumb[] {
  const levels: [Level, Titled | null][] = [
    ['part', d.part],
    ['chapter', d.chapter],
    ['section', d.section],
    ['box', d.box],
  ];
  return levels.filter((e): e is [Level, Titled] => e[1] !== null).map(([level, t]) => ({ level, no: t.no, label: levelLabel(level, t.no, lang), title: t[lang] }));
}

/** "第三十章 实施碧水行动 › 第一节 …" on one line. */
export function placeLine(d: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box'>, lang: Lang, from: Level = 'chapter', separator = ' › '): string {
  const all = crumbs(d, lang);
  const start = all.findIndex((c) => c.level === from);
  return all
    .slice(start < 0 ? 0 : start)
    .map((c) => (lang === 'zh' ? `${c.label} ${c.title}` : `${c.label}: ${c.title}`))
    .join(separator);
}

/** A heading's own title in one language: "Chapter 30: …" for a chapter heading; null for other documents. */
export function headingTitle(d: Pick<PlanDocument, 'kind' | 'level' | 'part' | 'chapter' | 'section' | 'box'>, lang: Lang): string | null {
  if (d.kind !== 'heading' || !d.level || !(d.level in { part: 1, chapter: 1, section: 1, box: 1 })) return null;
  const level = d.level as Level;
  const t = d[level];
  if (!t) return null;
  return lang === 'zh' ? `${levelLabel(level, t.no, lang)} ${t.zh}` : `${levelLabel(level, t.no, lang)}: ${t.en}`;
}
