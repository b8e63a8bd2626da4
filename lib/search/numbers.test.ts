import { describe, expect, it } from 'vitest';
import { amountForms, chineseNumber, takeAmounts, writtenNumbers } from './numbers';

describe('numbers written the other way', () => {
  it('reads plain Chinese numbers', () => {
    expect([chineseNumber('九十八'), chineseNumber('十五'), chineseNumber('一百'), chineseNumber('七'), chineseNumber('一百零五'), chineseNumber('7.5')]).toEqual([
      98, 15, 100, 7, 105, 7.5,
    ]);
    expect(chineseNumber('万')).toBeNull();
  });

  it('rewrites years spelled digit by digit and percentages in words, as the plan prints them', () => {
    expect(writtenNumbers('二〇二五年农村自来水普及率百分之九十八')).toBe('2025年农村自来水普及率98%');
    expect(writtenNumbers('百分之7.5')).toBe('7.5%');
    // Not a year: no 年 after it; not a number: left as typed.
    expect(writtenNumbers('一二三四')).toBe('一二三四');
    expect(writtenNumbers('百分之多少')).toBe('百分之多少');
  });
});

describe('amounts in 万 and 亿 against millions and billions', () => {
  it('gives each amount the forms the Chinese and the English print', () => {
    // 旅游业总收入突破4500亿元 ~ "total tourism revenue to over 450 billion yuan" (box 3, item 6).
    expect(amountForms(4500e8)).toEqual({ zh: ['4500亿'], en: ['450', 'billion'] });
    expect(amountForms(5000e4)).toEqual({ zh: ['5000万', '50000000'], en: ['50', 'million'] });
    expect(amountForms(1000e8)).toEqual({ zh: ['1000亿'], en: ['100', 'billion'] });
    expect(amountForms(1.2e12)).toEqual({ zh: ['1.2万亿', '12000亿'], en: ['1.2', 'trillion'] });
    // 35.05万建档立卡贫困人口 ~ "all 350,500 registered poor people" (chapter 1).
    expect(amountForms(350500)).toEqual({ zh: ['35.05万', '350500'], en: ['350', '500'] });
  });

  it('takes the amounts out of a query, however written', () => {
    const values = (q: string) => takeAmounts(q).amounts.map((a) => a.value);
    expect(values('旅游业总收入4500亿元')).toEqual([4500e8]);
    expect(values('tourism revenue 450 billion yuan')).toEqual([450e9]);
    expect(values('50 million')).toEqual([50e6]);
    expect(values('350,500 poor people')).toEqual([350500]);
    expect(values('1.2万亿')).toEqual([1.2e12]);
    expect(takeAmounts('旅游业总收入4500亿元').rest.trim()).toBe('旅游业总收入');
    // Years and plain counts are not amounts.
    expect(values('2025年 400条航线')).toEqual([]);
  });

  it('a query in one form finds the paragraph printed in the other', async () => {
    const { parseQuery } = await import('./query');
    const t = parseQuery('tourism revenue of 450 billion yuan').terms.find((x) => x.input.includes('450'))!;
    expect(t.alternatives).toContain('4500亿');
    const z = parseQuery('4500亿元').terms[0]!;
    expect(z.en).toEqual(['450', 'billion']);
  });
});
