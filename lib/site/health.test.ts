import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { serverEnv } from '../env';
import { dataVersion } from '../http/data-version';
import { createEngine } from '../search/engine';
import { health } from './health';

const corpus = loadCorpus('corpus');
const engineOn = (dir: string) => createEngine(serverEnv({ ...process.env, PLAN_DATA_DIR: dir, MEILI_URL: '' }), corpus);
let work: string;
let data: string;
let build: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'health-'));
  data = join(work, 'data');
  build = join(work, 'build');
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['ingest/cli.ts', '--out', data, '--quiet'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  cpSync(data, build, { recursive: true });
  writeFileSync(join(build, 'BUILD_ID'), 'build-42\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('health', () => {
  it('200 naming the engine, the documents, the data version the ETags use, and the build', async () => {
    const documents = (await engineOn(data).stats()).documents;
    // The ingest summary counted them too; the figure is the index's, not a constant.
    expect(documents).toBeGreaterThan(700);
    expect(await health(engineOn(data), data, build)).toEqual({
      status: 200,
      body: { status: 'ok', engine: 'embedded', documents, dataVersion: dataVersion(data, build), build: 'build-42' },
    });
  });

  it('no build: build is null', async () => {
    const a = await health(engineOn(data), data, join(work, 'no-build'));
    expect(a.status).toBe(200);
    expect((a.body as { build: unknown }).build).toBeNull();
  });

  /** A copy of the good data folder with `file` overwritten by `content`. */
  const damaged = (name: string, file: string, content: string) => {
    const dir = join(work, name);
    cpSync(data, dir, { recursive: true });
    writeFileSync(join(dir, file), content);
    return dir;
  };

  it('503 with the reason when the index cannot be read', async () => {
    const dir = damaged('broken-index', 'index.sqlite', 'not a database at all, just some text that is long enough to be read');
    const a = await health(engineOn(dir), dir, build);
    expect(a.status).toBe(503);
    expect(a.body).toMatchObject({ status: 'unavailable', engine: 'embedded', build: 'build-42', dataVersion: dataVersion(dir, build) });
    expect((a.body as { reason: string }).reason).toBe(`${join(dir, 'index.sqlite')}: not a readable search index (file is not a database); run npm run index to rebuild it`);
  });

  it('503 when the index opens but the documents the pages read do not', async () => {
    const dir = damaged('broken-documents', 'documents.jsonl', '{"id":\n');
    const a = await health(engineOn(dir), dir, build);
    expect(a.status).toBe(503);
    expect((a.body as { reason: string }).reason).toMatch(/documents\.jsonl: line 1 is not JSON/);
  });
});
