import { defineConfig } from 'vitest/config';

export default defineConfig({
  // next-intl's navigation imports `next/navigation`, which Node's ESM resolver finds only with its extension.
  resolve: { alias: [{ find: /^next\/navigation$/, replacement: 'next/navigation.js' }] },
  test: {
    server: { deps: { inline: ['next-intl'] } },
    include: ['ingest/**/*.test.ts', 'i18n/**/*.test.ts', 'lib/**/*.test.ts', 'server/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report feeds the one-line summary .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
