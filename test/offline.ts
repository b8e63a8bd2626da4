/**
 * Runs `fn` with the network refused: the share image's renderer asks a font service for glyphs its
 * fonts lack, and a test that draws without the fonts must get no answer, even where the network
 * is there. data: URLs (the renderer's layout engine loads itself from one) still load.
 */
export async function offline<T>(fn: () => Promise<T>): Promise<{ value: T; asked: string[] }> {
  const asked: string[] = [];
  const local = globalThis.fetch;
  const error = console.error;
  // The renderer logs each glyph it could not fetch, with a stack: expected here, and only noise.
  console.error = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Failed to load dynamic font')) error(...args);
  };
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('data:')) return local(input, init);
    asked.push(url);
    return Promise.reject(new Error('no network in tests'));
  }) as typeof fetch;
  try {
    return { value: await fn(), asked };
  } finally {
    globalThis.fetch = local;
    console.error = error;
  }
}
