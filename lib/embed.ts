/** The iframe snippet that frames one paragraph's card, and the oEmbed answer that carries it. */
import { escapeHtml } from './search/highlight';

export const EMBED_WIDTH = 560;
export const EMBED_HEIGHT = 240;

export const embedUrl = (origin: string, id: string, lang: string) => `${origin}/embed/p/${id}?lang=${lang}`;

export function embedSnippet(origin: string, id: string, lang: string, title: string): string {
  return `<iframe src="${escapeHtml(embedUrl(origin, id, lang))}" title="${escapeHtml(title)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
