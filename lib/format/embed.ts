/** The iframe snippet that frames one paragraph's card, and the oEmbed answer that carries it. */
import { escapeHtml } from '../search/highlight';
import { EMBED_MESSAGE } from './embed-message';

export const EMBED_WIDTH = 560;
/** Tall enough for a typical paragraph at 560 px; the card fits any height (its text gives way). */
export const EMBED_HEIGHT = 300;

const embedUrl = (origin: string, id: string, lang: string) => `${origin}/embed/p/${id}?lang=${lang}`;

/**
 * The iframe, and a small listener that grows it to the card's full height. A page that strips
 * scripts keeps the iframe alone, which shows the card at the declared size, text faded if it is long.
 */
export function embedSnippet(origin: string, id: string, lang: string, title: string, size: { width?: number; height?: number } = {}): string {
  const width = size.width ?? EMBED_WIDTH;
  const height = size.height ?? EMBED_HEIGHT;
  const iframe = `<iframe src="${escapeHtml(embedUrl(origin, id, lang))}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" data-plan-search="${escapeHtml(id)}"></iframe>`;
  // The origin is checked so that no other frame can resize the iframe.
  const script = `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin).replace(/</g, '\\u003c')}||!d||d.type!=="${EMBED_MESSAGE}")return;document.querySelectorAll("iframe[data-plan-search]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
  return `${iframe}\n${script}`;
}
