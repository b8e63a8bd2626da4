/** The data version the server keys its answers by, and the lexicon built from the data, follow a new ingest. */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexicon } from '../search/lexicon';
import { servedDataVersion } from './data-version';

/** Far past any time another test in this process used: the first call here always looks. */
const T = 4e12;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'served-'));
  writeFileSync(join(dir, 'index.sqlite'), 'first');
  return dir;
}

/** What ingest does: a new file written beside, renamed over. */
function replace(dir: string, name: string, text: string) {
  writeFileSync(join(dir, `${name}.tmp`), text);
  renameSync(join(dir, `${name}.tmp`), join(dir, name));
}

describe('servedDataVersion', () => {
  it('looks at the data at most once per interval, and then sees a replaced file', () => {
    const dir = dataDir();
    vi.stubEnv('PLAN_DATA_DIR', dir);
    const v1 = servedDataVersion(T);
    replace(dir, 'index.sqlite', 'second');
    expect(servedDataVersion(T + 999)).toBe(v1);
    const v2 = servedDataVersion(T + 1000);
    expect(v2).not.toBe(v1);
    expect(v2).toMatch(/^[0-9a-f]{16}$/);
    // A clock set back looks again, rather than keeping the last look until it catches up.
    replace(dir, 'index.sqlite', 'third');
    expect(servedDataVersion(T - 60_000)).not.toBe(v2);
  });
});

describe('lexicon', () => {
  it('is built again when the data version changes, and kept while it does not', () => {
    const dir = dataDir();
    vi.stubEnv('PLAN_DATA_DIR', dir);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T + 10_000);
    const first = lexicon();
    expect(lexicon()).toBe(first);
    replace(dir, 'index.sqlite', 'a newer index');
    vi.setSystemTime(T + 11_000);
    const second = lexicon();
    expect(second).not.toBe(first);
    // Built from the same corpus: the same vocabulary, anew.
    expect(second.english.size).toBeGreaterThan(0);
    expect([...second.english.keys()]).toEqual([...first.english.keys()]);
  });
});
