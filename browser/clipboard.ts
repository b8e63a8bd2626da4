/** What a copy puts on the clipboard: text, and the same as HTML where there is formatting worth keeping (a link). */
export interface Clip {
  text: string;
  html?: string;
}

/**
 * Writes to the clipboard: plain text, and HTML beside it for editors that paste formatted text,
 * where the browser allows both (ClipboardItem); text alone where it allows only that. Rejects when
 * the browser refuses the clipboard altogether (an insecure page, a denied permission).
 */
export async function writeClipboard({ text, html }: Clip): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return;
    } catch {
      // Some browsers take text/plain only: the text is still worth having.
    }
  }
  await navigator.clipboard.writeText(text);
}
