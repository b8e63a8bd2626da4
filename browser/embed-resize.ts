/**
 * An embedded card (app/embed/[lang]/p/[id]) tells the framing page how tall it is with its whole
 * text, so the snippet's listener can size the iframe (lib/format/embed.ts). Without the listener the
 * card still fits the declared height, its text faded where it runs on.
 */
import { EMBED_MESSAGE } from '../lib/format/embed-message';

export function attachEmbedResize(): void {
  const card = document.getElementById('card');
  const text = document.getElementById('card-text');
  const content = text?.firstElementChild as HTMLElement | null | undefined;
  const id = card?.dataset.embedId;
  if (!card || !text || !content || !id) return;
  let last = 0;
  const fade = document.getElementById('card-fade');
  const post = () => {
    // The fade marks text that runs on below the frame; with the whole text shown it would only dim the last line.
    if (fade) fade.hidden = text.scrollHeight <= text.clientHeight + 1;
    // The card's height with the text at its natural height: the frame's, less the text box, plus the text.
    const height = Math.ceil(card.offsetHeight - text.clientHeight + content.offsetHeight);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE, id, height }, '*');
  };
  post();
  const observer = new ResizeObserver(post);
  observer.observe(card);
  observer.observe(content);
}
