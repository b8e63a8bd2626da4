/** Prints one line totalling the vitest and Playwright JSON reports: "tests: N passed, N failed, N skipped". */
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function vitest(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const parts = [
  ['reports/vitest.json', vitest],
  ['reports/playwright.json', playwright],
] as const;
const total: Totals = { passed: 0, failed: 0, skipped: 0 };
for (const [file, read] of parts) {
  if (!existsSync(file)) {
    console.log(`tests: ${file} is missing`);
    process.exit(1);
  }
  const t = read(file);
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
