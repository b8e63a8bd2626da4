/** The ingest pipeline: parse → structure → enrich → segment → validate, for every plan in the corpus. */
import type { Outline, PlanDocument } from '../lib/plan/model';
import type { Corpus } from '../lib/corpus/load';
import { segmenter } from '../lib/search/segment';
import { IngestError } from '../lib/corpus/errors';
import { createMatcher } from './enrich';
import { parsePlan, toLines } from './parse';
import { structure } from './structure';
import { attachTranslations } from './translate';

export interface IngestResult {
  documents: PlanDocument[];
  outline: Outline;
  jiebaMs: number;
  /** Translations whose Chinese has changed since (`locale id`), reported and not used. */
  stale: string[];
}

export function ingest(corpus: Corpus, onPlan: (done: number, total: number) => void = () => {}): IngestResult {
  const documents: PlanDocument[] = [];
  const outline: Outline = { documents: [] };
  let jiebaMs = 0;
  const stale: string[] = [];
  // Everything from the corpus folder: its own gazetteer, topics and jieba dictionary.
  const matcher = createMatcher(corpus.gazetteer, corpus.topics);
  const segment = segmenter(corpus.userdict);
  corpus.plans.forEach((plan, k) => {
    const parsed = parsePlan(plan.source, plan.entry.title.zh);
    const structured = structure(plan.entry, parsed, plan.titles, plan.titlesFile);
    const enriched = structured.documents.map((d) => {
      const t0 = performance.now();
      const tokens = segment.forIndex(d.text);
      jiebaMs += performance.now() - t0;
      return { ...d, districts: matcher.districts(d.text), topics: matcher.topics(d), tokens };
    });
    const translated = attachTranslations(enriched, plan.translations);
    documents.push(...translated.documents);
    stale.push(...translated.stale);
    assertNothingLost(plan.entry.file, plan.source, structured.documents);
    outline.documents.push(structured.outline);
    onPlan(k + 1, corpus.plans.length);
  });
  return { documents, outline, jiebaMs, stale };
}

/** Every non-blank source line lands in exactly one document, in order. */
function assertNothingLost(file: string, source: string, docs: { text: string }[]): void {
  const expected = toLines(source).map((l) => l.text);
  const got = docs.flatMap((d) => d.text.split('\n'));
  const at = expected.findIndex((line, k) => got[k] !== line);
  if (at >= 0 || got.length !== expected.length) {
    throw new IngestError(file, `documents do not reproduce the source (first difference at non-blank line ${at + 1})`);
  }
}
