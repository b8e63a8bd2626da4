/** The benchmarks' corpus at scale: the plan listed many times in one manifest. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A corpus folder whose manifest lists the plan `copies` times under different ids. */
export function syntheticCorpus(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  for (const f of [
    'kunming-14th-five-year-plan.txt',
    'kunming-14th-five-year-plan.titles.json',
    'kunming-14th-five-year-plan.en.jsonl',
    'cedict-en.json',
    'districts.json',
    'topics.json',
    'glossary.json',
    'abbreviations.json',
    'userdict.txt',
  ]) {
    writeFileSync(join(dir, f), readFileSync(join('corpus', f)));
  }
  const entry = JSON.parse(readFileSync('corpus/manifest.json', 'utf8')).documents[0];
  const documents = Array.from({ length: copies }, (_, k) => ({ ...entry, id: `copy${String(k + 1).padStart(3, '0')}` }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return dir;
}
