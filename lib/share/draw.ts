/**
 * How the share card is drawn (the layout satori renders): 1200×630, the place line above, the quote
 * in the middle, the site's name and the paragraph's number below. No data and no messages here: a
 * test draws a card of its own text with it, with and without the fonts.
 */
import { createElement as h, type ReactElement } from 'react';

export const WIDTH = 1200;
export const HEIGHT = 630;

const PAD = 72;
/** The quote's box: the width inside the padding, the height left by the place line, the footer and the label. */
export const BOX = { width: WIDTH - 2 * PAD, height: 330 };

/** The place line's type size, px. */
export const PLACE_SIZE = 26;

/** Chinese needs more air between lines. */
export const lineHeight = (lang: string) => (lang.startsWith('zh') ? 1.55 : 1.4);

export interface ShareCard {
  /** The quote's language (an HTML lang code). */
  lang: string;
  /** The quote, shortened to fit, in quotation marks. */
  quote: string;
  /** Its type size, px. */
  size: number;
  /** Where the paragraph is: "第三十章 实施碧水行动 › 第一节 …". */
  place: string;
  /** The paragraph's number: "第三十章第一节第1段" / "ch. 30, sec. 1, para. 1". */
  locator: string;
  siteName: string;
  /** Whose text the quote is, when it is not the plan's own: "Unofficial translation by Plan Search". */
  label: string | null;
}

const COLOR = { ink: '#1c1917', muted: '#57534e', faint: '#a8a29e', accent: '#9f1d20', paper: '#fafaf9', rule: '#e7e5e4' };

/** The card as satori draws it: flex boxes only, every style inline. */
export function cardElement(card: ShareCard, fontFamily: string): ReactElement {
  const line = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  return h(
    'div',
    { style: { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: COLOR.paper, fontFamily, color: COLOR.ink } },
    h('div', { style: { display: 'flex', height: 12, background: COLOR.accent } }),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${PAD}px 40px` } },
      h('div', { style: { ...line, fontSize: PLACE_SIZE, color: COLOR.muted, maxWidth: BOX.width } }, card.place),
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, marginTop: 12 } },
        h('div', { lang: card.lang, style: { display: 'block', fontSize: card.size, lineHeight: lineHeight(card.lang), maxWidth: BOX.width } }, card.quote),
        card.label ? h('div', { style: { display: 'flex', marginTop: 16, fontSize: 24, color: COLOR.muted } }, card.label) : null,
      ),
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderTop: `2px solid ${COLOR.rule}`, paddingTop: 22 } },
        h('div', { style: { display: 'flex', fontSize: 32, fontWeight: 700, color: COLOR.accent } }, card.siteName),
        h('div', { style: { display: 'flex', fontSize: 26, color: COLOR.muted } }, card.locator),
      ),
    ),
  );
}
