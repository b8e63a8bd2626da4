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
