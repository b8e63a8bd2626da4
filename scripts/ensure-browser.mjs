// Before the end-to-end tests: find Chromium (CHROMIUM_PATH, then Debian's /usr/bin/chromium), install
// Debian's package when running as root with apt, or stop with one line saying what to install.
// Playwright cannot download its own browser here, so it drives the system one (playwright.config.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`e2e: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; point it at a Chromium binary`);
  process.exit(1);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.error('e2e: installing Debian chromium (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (existsSync(wanted)) process.exit(0);
}
console.error('e2e: no Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary');
process.exit(1);
