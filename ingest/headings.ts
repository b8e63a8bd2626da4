/** Recognisers for the outline's heading lines (篇, 章, 节, 专栏, 附件) and the front-matter markers. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 四十五 → 45, 一百零三 → 103. */
export function chineseNumber(s: string): number | null {
  if (!/^[零〇一二三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGIT[ch]!;
    }
  }
  return total + digit;
}

/** Arabic digits, ASCII or full-width, to a number. */
export function arabicNumber(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

type HeadingLevel = 'part' | 'chapter' | 'section' | 'box' | 'appendix';

export interface HeadingMatch {
  level: HeadingLevel;
  no: number;
  title: string;
}

const SEP = '[\\s\\u3000]*';
const OUTLINE = new RegExp(`^第([零〇一二三四五六七八九十百]+)([篇章节])${SEP}(.*)$`);
const BOX = new RegExp(`^专栏([0-9０-９]+)${SEP}(.+)$`);
const APPENDIX = new RegExp(`^附件([0-9０-９]+)[.．、]?${SEP}(.+)$`);
const LEVEL = { 篇: 'part', 章: 'chapter', 节: 'section' } as const;

export function matchHeading(line: string): HeadingMatch | null {
  const o = OUTLINE.exec(line);
  if (o && o[3]!.length > 0 && o[3]!.length <= 60) {
    return { level: LEVEL[o[2] as keyof typeof LEVEL], no: chineseNumber(o[1]!)!, title: o[3]! };
  }
  const b = BOX.exec(line);
  if (b && b[2]!.length <= 60) return { level: 'box', no: arabicNumber(b[1]!), title: b[2]! };
  const a = APPENDIX.exec(line);
  if (a) return { level: 'appendix', no: arabicNumber(a[1]!), title: a[2]! };
  return null;
}

/** 目录, or with an ideographic space between the characters */
export const isTocMarker = (line: string) => /^目[\s\u3000]*录$/.test(line);
/** 序言, or with an ideographic space between the characters */
export const isPrefaceMarker = (line: string) => /^序[\s\u3000]*言$/.test(line);

/**
 * A heading that wraps onto the next line leaves a short tail with no sentence punctuation
 * (第一节 全力服务联合国《生物多样性公约》第十五次 / 缔约方大会和中国国际友好城市大会).
 */
export function isHeadingContinuation(line: string): boolean {
  return line.length <= 24 && !/[，。；：！？、,.;:!?]/.test(line) && matchHeading(line) === null;
}

/** Sentence-final punctuation: a body that ends without it was cut off. */
export const endsSentence = (line: string) => /[。！？；…”’）)」』.!?]$/.test(line);
