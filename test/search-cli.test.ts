import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let data: string;
const search = (...args: string[]) => spawnSync(tsx, ['scripts/search.ts', ...args], { encoding: 'utf8', env: { ...process.env, PLAN_DATA_DIR: data, MEILI_URL: '' } });

describe('search CLI', () => {
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'search-cli-'));
    const r = spawnSync(tsx, ['ingest/cli.ts', '--out', data, '--quiet'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('--json prints the API JSON on stdout and nothing else', () => {
    const r = search('--json', '--per', '3', '--district', '呈贡区', '--chapter', '23', '滇池');
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.engine).toBe('embedded');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(3);
    for (const h of body.hits) {
      expect(h.chapter.no).toBe(23);
      expect(h.districts.map((d: { id: string }) => d.id)).toContain('chenggong');
    }
  });

  it('prints a readable list without --json', () => {
    const r = search('--per', '2', '海绵城市');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1 results for 海绵城市/);
    expect(r.stdout).toContain('【海绵城市】');
  });

  it('reports bad input as one JSON error on stderr with exit code 2', () => {
    const r = search('--json', '--page', '0', '滇池');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).error.code).toBe('invalid_page');
  });
});
