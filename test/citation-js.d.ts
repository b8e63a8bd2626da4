/** The part of Citation.js the tests use to read RIS back (the packages ship no types). */
declare module '@citation-js/core' {
  export const plugins: { input: { chain(data: string, options?: { generateGraph?: boolean }): Record<string, unknown>[] } };
}
declare module '@citation-js/plugin-ris';
