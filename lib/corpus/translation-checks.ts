/**
 * Mechanical checks of the project's English text against the Chinese it translates. Its quality is
 * reviewed by people; these catch what a reviewer misses across batches: a figure dropped or converted
 * wrongly, a qualifier lost, a translator's note dressed as the source's own parentheses, a term
 * rendered two ways, Chinese left in, a table row re-split, house style drifting.
 * Pure: the test suite and `scripts/check-translation.ts` (the translators' own check) share them.
 */
import type { Glossary } from './schemas';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Every Arabic number of the Chinese, as the English may write it: as printed, or converted exactly
 * (亿 → billion or 100 million, 万 → ×10,000 or million, 万亿 → trillion); a month as its name.
 * A unit after a range (1000—3000亿元) applies to both ends.
 */
export function numbersMissing(zh: string, en: string): string[] {
  const plain = en.replace(/(\d),(\d{3})/g, '$1$2').replace(/(\d),(\d{3})/g, '$1$2');
  const found = new Set((plain.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
  const has = (v: number) => [...found].some((e) => Math.abs(e - v) < 1e-9 * Math.max(1, Math.abs(v)));
  const missing: string[] = [];
  const re = /(\d+(?:\.\d+)?)(?:\s*[—\-－～~至到]\s*(\d+(?:\.\d+)?))?\s*(万亿|亿|万|月)?/g;
  for (const m of zh.matchAll(re)) {
    const unit = m[3];
    for (const raw of [m[1], m[2]]) {
      if (raw === undefined) continue;
      const n = Number(raw);
      const ok = [n];
      if (unit === '亿') ok.push(n / 10, n * 100, n * 1e8);
      if (unit === '万') ok.push(n * 1e4, n / 100, n * 10);
      if (unit === '万亿') ok.push(n * 1000, n * 1e12);
      const month = unit === '月' && n >= 1 && n <= 12 && en.includes(MONTHS[n - 1]!);
      if (!month && !ok.some(has)) missing.push(`${raw}${unit ?? ''}`);
    }
  }
  return missing;
}

/**
 * Words that change what a figure or a commitment means, and the English that keeps each. A qualifier
 * in the Chinese needs one of its English forms somewhere in the document's English.
 */
export const QUALIFIERS: Record<string, RegExp> = {
  实际: /\b(actual|actually|real|practical|concrete|in practice)\b/i,
  左右: /\b(about|around|approximately|roughly|some)\b/i,
  以上: /\b(above|over|more than|or more|at least|upwards? of|exceed(s|ing)?)\b/i,
  累计: /\b(cumulative|cumulatively|a total of|in total|total(l?ing)?|accumulated|altogether|combined)\b/i,
  力争: /\b(strive|strives|striving|endeavor|endeavoring|make every effort)\b/i,
  初步: /\b(initial|initially|preliminary|preliminarily|begin|begins|began|begun|first)\b/i,
  基本: /\b(basic|basically|essential|essentially|fundamental|fundamentally|largely|broadly|primary|core)\b/i,
  不低于: /\b(no less than|not less than|not lower than|no lower than|at least|no fewer than|not fewer than)\b/i,
  以内: /\b(within|no more than|not more than|under|or less|below|at most|up to)\b/i,
};

export function qualifiersMissing(zh: string, en: string): string[] {
  // 以上市公司 is 以 + 上市公司 (listed companies), not 以上.
  const text = zh.replace(/以上市/g, '以 上市');
  return Object.entries(QUALIFIERS)
    .filter(([q, re]) => text.includes(q) && !re.test(en))
    .map(([q]) => q);
}

/** A translator's note goes in [square brackets]: the English may not have more "(" than the Chinese. */
export function extraParentheses(zh: string, en: string): number {
  const source = (zh.match(/[（(]/g) ?? []).length;
  const english = (en.match(/\(/g) ?? []).length;
  return Math.max(0, english - source);
}

export const chineseLeft = (en: string): string[] => en.match(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff08\uff09\uff0c\uff1b\uff1a]+/g) ?? [];

/** Lower case, hyphens and punctuation as spaces, a plural ending off every word: "Parks" matches "park". */
export function normalizeTerm(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/\baxes\b/g, 'axis')
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, '').replace(/ies$/, 'y').replace(/(ss)$/, '$1').replace(/(?<!s)s$/, ''))
    .join(' ')} `;
}

export interface ApprovedTerm {
  zh: string;
  en: string;
}

/**
 * The one approved English of every term the translation must render the same way: the first English of
 * each glossary entry (ordinary words of kind `general` and table `unit`s are search synonyms only),
 * longest Chinese first so that 滇池流域 is checked as itself, not also as 滇池.
 */
export function approvedTerms(glossary: Glossary): ApprovedTerm[] {
  return glossary
    .filter((g) => g.kind !== 'general' && g.kind !== 'unit' && g.zh.length >= 2)
    .map((g) => ({ zh: g.zh, en: g.en[0]! }))
    .sort((a, b) => b.zh.length - a.zh.length);
}

/**
 * A two-character term counts only where jieba cut it as a word of the text (`tokens`), so that 电网
 * (power grid) is not required of 充电网络 (charging network); longer terms count wherever they occur.
 */
export function approvedTermsMissing(zh: string, en: string, terms: ApprovedTerm[], tokens?: readonly string[]): string[] {
  let rest = zh;
  const words = tokens && new Set(tokens);
  const english = normalizeTerm(en);
  const missing: string[] = [];
  for (const t of terms) {
    if (!rest.includes(t.zh)) continue;
    rest = rest.split(t.zh).join('\u0000');
    if (words && t.zh.length <= 2 && !words.has(t.zh)) continue;
    if (!english.includes(normalizeTerm(t.en))) missing.push(`${t.zh} → ${t.en}`);
  }
  return missing;
}

const BRITISH =
  /\b(centres?|programmes?|organisations?|labour|neighbour\w*|favour\w*|colour\w*|honour\w*|behaviour\w*|defence|(moderni|organi|reali|utili|optimi|prioriti|standardi|revitali|urbani|industriali|digitali|speciali|characteri|recogni|mobili|capitali|minimi|maximi|stabili|emphasi|harmoni|civili|commerciali|internationali|globali|locali|categori|authori|fertili|subsidi)s(e|ed|es|er|ers|ing|ation|ations))\b/i;

export interface HouseStyleInput {
  kind: string;
  en: string;
  truncated?: boolean;
}

/** One house style: straight quotes, punctuation outside closing quotes, imperative box items, American spelling. */
export function houseStyleProblems(d: HouseStyleInput): string[] {
  const out: string[] = [];
  if (/[“”‘’]/.test(d.en)) out.push('curly quotation marks (house style: straight " and \')');
  if (/[,.]"(?=\s|$|[,;:)\]])/.test(d.en)) out.push('comma or period inside a closing quote (house style: outside)');
  if (d.kind === 'box-item' && /\bwe will\b/i.test(d.en)) out.push('a box item says "We will" (house style: imperative)');
  // Official names keep their own spelling.
  const british = d.en.replace(/Shanghai Cooperation Organisation/g, '').match(BRITISH);
  if (british) out.push(`British spelling "${british[0]}" (house style: American)`);
  if (/\(\s*(i\.e\.|note|translator)/i.test(d.en)) out.push("a translator's note in parentheses");
  if (d.truncated && !/\[text breaks off\]$/.test(d.en)) out.push('the source breaks off here: end the English with "[text breaks off]"');
  if (/\s{2,}|^\s|\s$/.test(d.en.replace(/\n/g, '|'))) out.push('stray whitespace');
  return out;
}

export interface CheckedDocument {
  id: string;
  kind: string;
  text: string;
  truncated?: boolean;
  /** jieba's words of the text (the ingested document's tokens). */
  tokens?: readonly string[];
}

/** Every problem of one document's English, each a line a translator can act on. */
export function translationProblems(d: CheckedDocument, en: string, terms: ApprovedTerm[]): string[] {
  const p: string[] = [];
  const left = chineseLeft(en);
  if (left.length) p.push(`Chinese left in the English: ${left.join(' ')}`);
  const figures = numbersMissing(d.text, en);
  if (figures.length) p.push(`figures missing or not converted exactly: ${figures.join(', ')}`);
  const qualifiers = qualifiersMissing(d.text, en);
  if (qualifiers.length) p.push(`qualifiers without an English qualifier: ${qualifiers.join(', ')}`);
  const extra = extraParentheses(d.text, en);
  if (extra) p.push(`${extra} more "(" than the Chinese: translator's notes go in [square brackets]`);
  const terms_ = approvedTermsMissing(d.text, en, terms, d.tokens);
  if (terms_.length) p.push(`approved terms missing: ${terms_.join('; ')}`);
  if (d.text.includes('\n') && en.split('\n').length !== d.text.split('\n').length) {
    p.push(`${d.text.split('\n').length} Chinese lines but ${en.split('\n').length} English lines`);
  }
  p.push(...houseStyleProblems({ kind: d.kind, en, truncated: d.truncated }));
  return p.map((m) => `${d.id}: ${m}`);
}
