/** The card's postMessage type: `{ type, id, height }`, the card's full height in CSS pixels. Its own module: the browser's script imports it, and nothing else of the server's. */
export const EMBED_MESSAGE = 'plan-search:embed-height';
