/** Next.js start-up hook: warm the search engine so that the first visitor does not wait for it. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmUp } = await import('./lib/search/engine');
  const t0 = performance.now();
  await warmUp().then(
    () => console.log(`search engine ready in ${Math.round(performance.now() - t0)} ms`),
    (e: Error) => console.error(`search engine warm-up failed: ${e.message}`),
  );
}
