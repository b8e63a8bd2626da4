/**
 * The translators' check: `npx tsx scripts/check-translation.ts [draft.jsonl …]`.
 * Without arguments it checks every document of corpus/…en.jsonl; with drafts (lines of {"id", "en"}) it
 * checks those documents as the drafts word them. Prints one line per problem; exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../lib/corpus/load';
import { ingest } from '../ingest/pipeline';
import { approvedTerms, translationProblems } from '../lib/corpus/translation-checks';

const corpus = loadCorpus('corpus');
const { documents } = ingest(corpus);
const byId = new Map(documents.map((d) => [d.id, d]));
const terms = approvedTerms(corpus.glossary);

const drafts = process.argv.slice(2);
const entries: { id: string; en: string; from: string }[] = [];
const read = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .forEach((l, i) => {
      try {
        const e = JSON.parse(l) as { id: string; en: string };
        entries.push({ id: e.id, en: e.en, from: `${file}:${i + 1}` });
      } catch {
        entries.push({ id: '', en: '', from: `${file}:${i + 1} is not JSON` });
      }
    });
if (drafts.length) drafts.forEach(read);
else read('corpus/kunming-14th-five-year-plan.en.jsonl');

const problems: string[] = [];
const seen = new Map<string, string>();
for (const e of entries) {
  const d = byId.get(e.id);
  if (!d) {
    problems.push(`${e.from}: no document has the id "${e.id}"`);
    continue;
  }
  if (typeof e.en !== 'string' || !e.en.trim()) problems.push(`${e.id}: no English`);
  else problems.push(...translationProblems(d, e.en, terms));
  if (seen.has(e.en)) problems.push(`${e.id}: the same English as ${seen.get(e.en)}`);
  seen.set(e.en, e.id);
}
for (const p of problems) console.log(p);
console.log(`${entries.length} documents checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
