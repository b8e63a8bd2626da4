import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, matchRanges } from './highlight';

describe('highlight', () => {
  it('wraps exactly the matched characters', () => {
    expect(highlight('推进海绵城市建设', ['海绵城市'])).toBe('推进<mark>海绵城市</mark>建设');
  });

  it('escapes the text around and inside marks', () => {
    expect(highlight('<b>滇池</b> & "x"', ['滇池'])).toBe('&lt;b&gt;<mark>滇池</mark>&lt;/b&gt; &amp; &quot;x&quot;');
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '𠀀𠀁滇池𠀂水质';
    expect(matchRanges(text, ['滇池', '水质'])).toEqual([
      [4, 6],
      [8, 10],
    ]);
    expect(highlight(text, ['水质'])).toBe('𠀀𠀁滇池𠀂<mark>水质</mark>');
  });

  it('matches full-width and upper-case Latin text to the normalised term', () => {
    expect(highlight('占ＧＤＰ比重', ['gdp'])).toBe('占<mark>ＧＤＰ</mark>比重');
    expect(highlight('5G and 45G', ['5g'])).toBe('<mark>5G</mark> and 45G');
  });

  it('merges overlapping matches', () => {
    expect(highlight('滇池水质', ['滇池', '池水', '水质'])).toBe('<mark>滇池水质</mark>');
  });

  it('crops a long paragraph around the densest matches, on code point boundaries', () => {
    const text = '𠀀'.repeat(300) + '滇池' + '。'.repeat(300);
    const h = highlight(text, ['滇池'], 40);
    expect(h).toMatch(/^…(?:𠀀)+<mark>滇池<\/mark>。+…$/u);
    expect(Array.from(h.replace(/<\/?mark>/g, '')).length).toBe(42);
  });

  it('escapes every HTML-special character', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
