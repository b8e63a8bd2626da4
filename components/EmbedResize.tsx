'use client';

import { useEffect } from 'react';
import { EMBED_MESSAGE } from '@/lib/format/embed';

/**
 * Tells the framing page how tall the card is with its whole text, so the snippet's listener can
 * size the iframe (lib/embed.ts). Without the listener the card still fits the declared height.
 */
export function EmbedResize({ id }: { id: string }) {
  useEffect(() => {
    const card = document.getElementById('card');
    const text = document.getElementById('card-text');
    const content = text?.firstElementChild as HTMLElement | null | undefined;
    if (!card || !text || !content) return;
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
    return () => observer.disconnect();
  }, [id]);
  return null;
}
