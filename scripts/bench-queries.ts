/** The benchmark's query set: the judged samples plus terms drawn from titles and the glossary, in zh, en and pinyin. */
import { loadCorpus } from '../lib/corpus/load';
import { serverEnv } from '../lib/env';
import { toneless } from '../lib/search/lexicon';
import { segmenter } from '../lib/search/segment';
import { sampleQueries } from '../test/sample-queries';

interface BenchQuery {
  q: string;
  lang: 'zh' | 'en' | 'pinyin' | 'sample';
}

/** Every n-th item, so the set spreads over the whole list and is the same on every run. */
const spread = <T>(items: T[], n: number) => items.filter((_, k) => k % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n);

export function benchQueries(corpusDir = serverEnv().PLAN_CORPUS_DIR): BenchQuery[] {
  const corpus = loadCorpus(corpusDir);
  const segment = segmenter(corpus.userdict);
  const samples = sampleQueries();
  const glossary = corpus.glossary;
  const titles = corpus.plans[0]!.titles;
  const titleWords = [
    ...new Set(
      Object.values(titles.sections)
        .flatMap((t) => segment.forQuery(t.zh))
        .filter((w) => w.length >= 2),
    ),
  ];
  const twoWords = Object.values(titles.chapters).map((t) => segment.forQuery(t.zh).slice(-2).join(' '));
  return [
    ...samples.map((s) => ({ q: s.q, lang: 'sample' as const })),
    ...spread(
      glossary.map((g) => g.zh),
      80,
    ).map((q) => ({ q, lang: 'zh' as const })),
    ...spread(titleWords, 60).map((q) => ({ q, lang: 'zh' as const })),
    ...twoWords.map((q) => ({ q, lang: 'zh' as const })),
    ...spread(
      glossary.map((g) => g.en[0]!),
      60,
    ).map((q) => ({ q, lang: 'en' as const })),
    ...spread(
      Object.values(titles.boxes).map((t) => t.en),
      20,
    ).map((q) => ({ q, lang: 'en' as const })),
    ...spread(
      glossary.filter((g) => /^[\u4e00-\u9fff]{2,4}$/.test(g.zh)).map((g) => toneless(g.zh)),
      40,
    ).map((q) => ({ q, lang: 'pinyin' as const })),
  ];
}
