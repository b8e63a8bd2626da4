/** Enrich: the districts and topics a document concerns, from the curated gazetteer and taxonomy. */
import { localized, type Tag } from '../lib/plan/model';
import type { Gazetteer, Topics } from '../lib/corpus/schemas';
import type { Unenriched } from './structure';

interface Matcher {
  districts(text: string): Tag[];
  topics(doc: Pick<Unenriched, 'text' | 'chapter'>): Tag[];
}

/** Topic for text outside any chapter (notice, contents, preface) and chapters listed nowhere else. */
const OVERALL_TOPIC = 'overall';

export function createMatcher(gazetteer: Gazetteer, topics: Topics): Matcher {
  // Longest match wins at each position; a blocker (盘龙江, 五华山 …) consumes its characters and names no district.
  const names = new Map<string, Tag | null>();
  for (const b of gazetteer.blockers) names.set(b.zh, null);
  for (const d of gazetteer.districts) for (const n of d.names) names.set(n, { id: d.id, ...localized(d) });
  const lengths = [...new Set([...names.keys()].map((n) => n.length))].sort((a, b) => b - a);
  const districtOrder = new Map(gazetteer.districts.map((d, k) => [d.id, k]));

  const districts = (text: string): Tag[] => {
    const found = new Map<string, Tag>();
    for (let i = 0; i < text.length;) {
      let step = 1;
      for (const len of lengths) {
        if (i + len > text.length || !names.has(text.slice(i, i + len))) continue;
        const tag = names.get(text.slice(i, i + len))!;
        if (tag) found.set(tag.id, tag);
        step = len;
        break;
      }
      i += step;
    }
    return [...found.values()].sort((a, b) => districtOrder.get(a.id)! - districtOrder.get(b.id)!);
  };

  const overall = topics.find((t) => t.id === OVERALL_TOPIC);
  const topicsOf = (doc: Pick<Unenriched, 'text' | 'chapter'>): Tag[] => {
    const chapter = doc.chapter?.no ?? null;
    const hit = topics.filter((t) => (chapter !== null && t.chapters.includes(chapter)) || t.keywords.some((k) => doc.text.includes(k)));
    if (hit.length === 0 && overall) hit.push(overall);
    return hit.map((t) => ({ id: t.id, ...localized(t) }));
  };

  return { districts, topics: topicsOf };
}
