/**
 * A live index swap: ingest renames a new index file over the served one, and the running engine
 * answers from the new file at its next look, without a restart and without failing a search.
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingested } from '../../test/helpers';
import type { PlanDocument } from '../plan/model';
import { EmbeddedEngine, type ReopenClock } from './embedded';
import { parseQuery as parsed } from './query';
import { search } from './search';
import type { SearchRequest } from './types';
import { districtAliases } from './vocabulary';

/** A phrase no plan holds; the second index has it appended to one paragraph. */
const NEW_WORDS = '琥珀蝴蝶';
const request = (q: string): SearchRequest => ({ q, chapter: [], district: [], topic: [], page: 1, per: 20, sort: 'relevance' });

let before: PlanDocument[];
let after: PlanDocument[];
let changed: PlanDocument;

beforeAll(() => {
  before = ingested().documents;
  // A listed paragraph of some length: the new words are added to it, and nothing else changes.
  changed = before.find((d) => d.kind === 'paragraph' && !d.repeats && d.text.length > 40)!;
  after = before.map((d) => (d.id === changed.id ? { ...d, text: d.text + NEW_WORDS } : d));
});

afterEach(() => vi.restoreAllMocks());

/** An index of `documents` written in a folder of its own, to be renamed over the served one. */
async function indexElsewhere(documents: PlanDocument[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'reopen-next-')), 'index.sqlite');
  await new EmbeddedEngine(file, new Map()).index(documents);
  return file;
}

/** A served index of `before`, and a clock the test moves. */
async function served() {
  const file = join(mkdtempSync(join(tmpdir(), 'reopen-')), 'index.sqlite');
  await new EmbeddedEngine(file, new Map()).index(before);
  const clock: ReopenClock & { t: number } = { t: 0, everyMs: 1000, now: () => clock.t };
  const engine = new EmbeddedEngine(file, districtAliases(), clock);
  return { file, clock, engine };
}

describe('the embedded engine, when the index file is replaced', () => {
  it('answers from the new file once it has looked again (at most once per interval)', async () => {
    const { file, clock, engine } = await served();
    expect((await search(engine, request(NEW_WORDS))).total).toBe(0);
    renameSync(await indexElsewhere(after), file);
    clock.t = 999;
    // Not looked yet: the open index still answers.
    expect((await search(engine, request(NEW_WORDS))).total).toBe(0);
    clock.t = 1000;
    const found = await search(engine, request(NEW_WORDS));
    expect(found.hits.map((h) => h.id)).toEqual([changed.id]);
    expect((await engine.get(changed.id))?.text.endsWith(NEW_WORDS)).toBe(true);
  });

  it('lets a search that began on the old file finish on it, and closes that file afterwards', async () => {
    const { file, clock, engine } = await served();
    const { engine: pinned, release } = engine.pin();
    const keys = (await pinned.match(parsed('滇池'), 'all')).map((m) => m.key);
    expect(keys.length).toBeGreaterThan(0);
    renameSync(await indexElsewhere(after), file);
    clock.t = 5000;
    expect((await search(engine, request(NEW_WORDS))).total).toBe(1);
    // The pinned search still reads the old file: its keys, its documents, its handle open.
    const docs = await pinned.documents(keys);
    expect(docs.every((d) => d.text.includes('滇池'))).toBe(true);
    expect((await pinned.get(changed.id))?.text).toBe(changed.text);
    await expect(pinned.match(parsed('滇池'), 'all')).resolves.toHaveLength(keys.length);
    release();
    // Released: the old handle is closed, the engine keeps answering from the new file.
    await expect(pinned.match(parsed('滇池'), 'all')).rejects.toThrow(/not open/);
    expect((await search(engine, request(NEW_WORDS))).total).toBe(1);
  });

  it('keeps serving the old file when the new one cannot be read, and says so once', async () => {
    const { file, clock, engine } = await served();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = (await search(engine, request('滇池'))).total;
    const junk = join(mkdtempSync(join(tmpdir(), 'reopen-junk-')), 'index.sqlite');
    writeFileSync(junk, 'not a database, just bytes '.repeat(200));
    renameSync(junk, file);
    clock.t = 1000;
    expect((await search(engine, request('滇池'))).total).toBe(before);
    clock.t = 2000;
    expect((await search(engine, request('滇池'))).total).toBe(before);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(file);
    // A good index renamed over the junk is taken up at the next look.
    renameSync(await indexElsewhere(after), file);
    clock.t = 3000;
    expect((await search(engine, request(NEW_WORDS))).total).toBe(1);
  });

  it('looks at once when told the data changed (refresh), without waiting for its interval', async () => {
    const { file, engine } = await served();
    expect((await search(engine, request(NEW_WORDS))).total).toBe(0);
    renameSync(await indexElsewhere(after), file);
    engine.refresh();
    expect((await search(engine, request(NEW_WORDS))).total).toBe(1);
  });
});
