import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load';
import { buildLexicon } from '../lib/search/lexicon';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let work: string;

function run(corpus: string, out: string) {
  const r = spawnSync(tsx, ['ingest/cli.ts', '--corpus', corpus, '--out', out], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the real corpus whose plan file is replaced by `bytes` (or removed when null). */
function brokenCorpus(name: string, bytes: Buffer | string | null): string {
  const dir = join(work, name);
  cpSync('corpus', dir, { recursive: true });
  const file = join(dir, 'kunming-14th-five-year-plan.txt');
  if (bytes === null) rmSync(file);
  else writeFileSync(file, bytes);
  return dir;
}

describe('ingest CLI', () => {
  let out: string;
  let good: { code: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    out = join(work, 'data');
    good = run('corpus', out);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes documents.jsonl and outline.json and prints a summary', () => {
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    const lines = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(700);
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['id', 'doc', 'kind', 'text', 'order', 'part', 'chapter', 'section', 'box', 'districts', 'topics', 'tokens']));
    expect(JSON.parse(readFileSync(join(out, 'outline.json'), 'utf8')).documents[0].parts).toHaveLength(13);
    expect(good.stdout).toMatch(/indicator rows\s+25/);
    expect(good.stdout).toMatch(/chapters\s+45 \(41 with text\)/);
    expect(good.stdout).toMatch(/time\s+[\d.]+ s \(jieba [\d.]+ s\)/);
  });

  const cases: [string, Buffer | string | null, RegExp][] = [
    ['missing', null, /kunming-14th-five-year-plan\.txt, which does not exist/],
    ['empty', '', /kunming-14th-five-year-plan\.txt: file is empty/],
    ['blank', ' \n\u3000\n', /kunming-14th-five-year-plan\.txt: file has no text/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /kunming-14th-five-year-plan\.txt: file is binary/],
    ['gbk', Buffer.from([0xc0, 0xa5, 0xc3, 0xf7, 0xca, 0xd0]), /kunming-14th-five-year-plan\.txt: file is not valid UTF-8 \(first bad byte at offset 0\)/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`rejects a ${name} corpus file with one clear line and leaves the last output untouched`, () => {
      const before = readFileSync(join(out, 'documents.jsonl'));
      const index = readFileSync(join(out, 'index.sqlite'));
      const r = run(brokenCorpus(name, bytes), out);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(readFileSync(join(out, 'documents.jsonl')).equals(before)).toBe(true);
      expect(readFileSync(join(out, 'index.sqlite')).equals(index)).toBe(true);
    });
  }

  it('rejects a manifest entry pointing nowhere', () => {
    const dir = brokenCorpus('manifest', readFileSync('corpus/kunming-14th-five-year-plan.txt'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.documents[0].file = 'no-such-plan.txt';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const r = run(dir, join(work, 'fresh'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manifest\.json: entry km14 points to no-such-plan\.txt, which does not exist/);
    expect(existsSync(join(work, 'fresh', 'documents.jsonl'))).toBe(false);
  });

  it('rejects a malformed manifest', () => {
    const dir = brokenCorpus('badjson', readFileSync('corpus/kunming-14th-five-year-plan.txt'));
    writeFileSync(join(dir, 'manifest.json'), '{"documents": [');
    const r = run(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manifest\.json: not valid JSON/);
  });

  it('takes everything from --corpus DIR: the plan, the gazetteer, the jieba dictionary and the glossary', () => {
    const dir = join(work, 'own-corpus');
    cpSync('corpus', dir, { recursive: true });
    // A dictionary word, a district and a glossary phrase that exist only in this folder.
    writeFileSync(join(dir, 'userdict.txt'), readFileSync(join(dir, 'userdict.txt'), 'utf8') + '海绵城市建设 100 n\n');
    const gazetteer = JSON.parse(readFileSync(join(dir, 'districts.json'), 'utf8'));
    gazetteer.districts.push({ id: 'test-sponge', zh: '海绵试验区', en: 'Sponge Test Zone', kind: 'zone', names: ['海绵城市'] });
    writeFileSync(join(dir, 'districts.json'), JSON.stringify(gazetteer));
    const glossary = JSON.parse(readFileSync(join(dir, 'glossary.json'), 'utf8'));
    glossary.push({ zh: '海绵城市建设', en: ['zzz sponge works'], kind: 'programme' });
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary));

    const own = join(work, 'own-data');
    const r = run(dir, own);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const docs = readFileSync(join(own, 'documents.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; tokens: string[]; districts: { id: string }[] });
    const sponge = docs.find((d) => d.id === 'km14-c17-s1-p4')!;
    expect(sponge.tokens).toContain('海绵城市建设');
    expect(sponge.districts.map((t) => t.id)).toContain('test-sponge');
    // The default corpus has neither.
    const usual = readFileSync(join(out, 'documents.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; tokens: string[]; districts: { id: string }[] });
    expect(usual.find((d) => d.id === 'km14-c17-s1-p4')!.tokens).not.toContain('海绵城市建设');
    // The glossary of that folder is what its lexicon reads.
    const lexicon = buildLexicon(loadCorpus(dir));
    expect(lexicon.english.get('zzz sponge work')).toEqual(['海绵城市建设']);
    expect(buildLexicon(loadCorpus('corpus')).english.has('zzz sponge work')).toBe(false);
  });

  it('refuses an unknown --engine, and --engine meili without MEILI_URL, with one line and exit code 2', () => {
    const env = { ...process.env, MEILI_URL: '' };
    for (const [engine, says] of [
      ['solr', /--engine must be one of embedded, meili, not "solr"/],
      ['meili', /--engine meili needs MEILI_URL/],
    ] as const) {
      const r = spawnSync(tsx, ['ingest/cli.ts', '--index-only', '--out', out, '--engine', engine], { encoding: 'utf8', env });
      expect(r.status, engine).toBe(2);
      expect(r.stderr.trim().split('\n'), engine).toHaveLength(1);
      expect(r.stderr).toMatch(says);
    }
  });

  it("writes the query dictionary beside the index: the part of jieba's dictionary the plan uses", () => {
    const words = readFileSync(join(out, 'query-dictionary.txt'), 'utf8').trim().split('\n');
    // 滇池 is in the plan, 阿司匹林 (aspirin) is not; both are in jieba's dictionary.
    expect(words).toContain('滇池 117 ns');
    expect(words.some((w) => w.startsWith('阿司匹林 '))).toBe(false);
  });
});
