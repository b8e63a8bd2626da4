/**
 * Numbers as the plan prints them, however the query writes them: a year spelled digit by digit in
 * Chinese (二〇二五年 → 2025年) and a percentage in words (百分之九十八 → 98%, 百分之7.5 → 7.5%). The
 * plan prints years and percentages in Arabic digits, so the query is rewritten before it is parsed.
 */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 九十八 → 98, 十五 → 15, 一百 → 100, 七 → 7; null for what is not a plain number below 1,000. */
export function chineseNumber(s: string): number | null {
  if (/^[0-9]+(\.[0-9]+)?$/.test(s)) return Number(s);
  const m = /^(?:([一二两三四五六七八九])百零?)?(?:([一二三四五六七八九])?(十))?([零〇一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, hundreds, tens, ten, units] = m;
  return (hundreds ? DIGIT[hundreds]! * 100 : 0) + (ten ? (tens ? DIGIT[tens]! : 1) * 10 : 0) + (units ? DIGIT[units]! : 0);
}

export function writtenNumbers(q: string): string {
  return q
    .replace(/([〇零一二三四五六七八九]{4})(?=年)/g, (y) => Array.from(y, (c) => String(DIGIT[c])).join(''))
    .replace(/百分之([0-9.]+|[零〇一二两三四五六七八九十百]+)/g, (all, n: string) => {
      const v = chineseNumber(n);
      return v === null ? all : `${v}%`;
    });
}

/** A number without float noise or needless decimals: 4500, 35.05, 1.2. */
const plain = (n: number) => String(Number(n.toFixed(6)));
const withCommas = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

const ZH_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * An amount in both the ways the texts print it: the Chinese counts in 万 and 亿 (4500亿, 35.05万),
 * the English in millions and billions (450 billion, 350,500). `zh`: the Chinese forms; `en`: the
 * English, as the words the English analyzer reads ("350,500" is the words 350 and 500).
 */
export function amountForms(value: number): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  if (value >= 1e12) zh.push(`${plain(value / 1e12)}万亿`);
  if (value >= 1e8) zh.push(`${plain(value / 1e8)}亿`);
  if (value >= 1e4 && value < 1e9) zh.push(`${plain(value / 1e4)}万`);
  if (value < 1e8 && Number.isInteger(value)) zh.push(String(value));
  const scale = value >= 1e12 ? 'trillion' : value >= 1e9 ? 'billion' : value >= 1e6 ? 'million' : null;
  const en = scale ? `${plain(value / EN_SCALE[scale]!)} ${scale}` : withCommas(value);
  return { zh, en: en.split(/[^0-9a-z.]+/).filter(Boolean) };
}

export interface Amount {
  /** The text as typed. */
  input: string;
  value: number;
}

/**
 * The amounts of a query, each with a magnitude (4500亿, 5000万元, 450 billion yuan, 50 million) or
 * thousands separators (350,500), and the query without them: they are searched as amounts, in
 * whichever form each text prints them.
 */
export function takeAmounts(q: string): { rest: string; amounts: Amount[] } {
  const amounts: Amount[] = [];
  const rest = q
    .replace(/(\d+(?:\.\d+)?)\s*(万亿|亿|万)元?/g, (input, n: string, unit: string) => {
      amounts.push({ input, value: Number(n) * ZH_SCALE[unit]! });
      return ' ';
    })
    .replace(/(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b(?:\s*(?:yuan|rmb))?/gi, (input, n: string, unit: string) => {
      amounts.push({ input, value: Number(n.replace(/,/g, '')) * EN_SCALE[unit.toLowerCase()]! });
      return ' ';
    })
    .replace(/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g, (input) => {
      amounts.push({ input, value: Number(input.replace(/,/g, '')) });
      return ' ';
    });
  return { rest, amounts };
}
