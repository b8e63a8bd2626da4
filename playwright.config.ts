import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);

/** End-to-end tests in Debian's Chromium against the production build (npm test runs them after the unit tests). */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // What npm start runs: the data and the build when stale (server/build.ts, the stamp npm start
    // reads too), then the server: Next behind the response cache, one worker per core.
    command: `npm run --silent ingest -- --quiet --if-stale && npx tsx server/build.ts && PORT=${PORT} npx tsx server/cluster.ts`,
    url: `http://localhost:${PORT}/zh`,
    timeout: 300_000,
    // E2E_REUSE=1 runs against a server already listening on the port (for quick iteration).
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
