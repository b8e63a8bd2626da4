import { describe, expect, it } from 'vitest';
import { citationHtml, citationText, quoteHtml, quoteText } from './quote';

const zh = { inSource: true, source: '昆明市人民政府《纲要》第十七章第一节第4段', url: 'https://example.org/zh/p/km14-c17-s1-p4' };
const en = { inSource: false, source: "Kunming Municipal People's Government, 纲要 [Outline], ch. 17, sec. 1, para. 4", url: 'https://example.org/en/p/km14-c17-s1-p4' };

describe('quotations as text and HTML', () => {
  it('write the Chinese form with Chinese punctuation, the label before the source', () => {
    expect(quoteText('推进海绵城市建设', null, zh)).toBe('“推进海绵城市建设”（昆明市人民政府《纲要》第十七章第一节第4段）https://example.org/zh/p/km14-c17-s1-p4');
    expect(quoteText('sponge city', '规划检索非官方译文', zh)).toBe(
      '“sponge city”（规划检索非官方译文）（昆明市人民政府《纲要》第十七章第一节第4段）https://example.org/zh/p/km14-c17-s1-p4',
    );
  });

  it('write the English form with the label in parentheses and lines joined by " / "', () => {
    expect(quoteText('Row\nof a table', 'unofficial translation by Plan Search', en)).toBe(
      "“Row / of a table” (unofficial translation by Plan Search). Kunming Municipal People's Government, 纲要 [Outline], ch. 17, sec. 1, para. 4. https://example.org/en/p/km14-c17-s1-p4",
    );
  });

  it('give HTML with the excerpt in its language, the source a link, and everything escaped', () => {
    const html = quoteHtml('a <b>&</b> "b"', null, { ...zh, url: 'https://example.org/?a=1&b="2"' }, 'zh-CN');
    expect(html).toBe(
      '<p><span lang="zh-CN">“a &lt;b&gt;&amp;&lt;/b&gt; &quot;b&quot;”</span>（<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">昆明市人民政府《纲要》第十七章第一节第4段</a>）</p>',
    );
    expect(citationText(en)).toBe(`${en.source}. ${en.url}`);
    expect(citationHtml(en)).toBe(`<a href="${en.url}">Kunming Municipal People&#39;s Government, 纲要 [Outline], ch. 17, sec. 1, para. 4</a>`);
  });
});
