/** The facet values a corpus can be filtered by, with the names a user may type for a district. */
import { localized, type Localized, type PlanDocument, type Tag } from '../plan/model';
import type { Gazetteer } from '../corpus/schemas';
import type { Vocabulary } from './facets';
import { currentCorpus } from '../corpus/load';

/** Every name of each district in the gazetteer (呈贡区, 呈贡 …), keyed by id. */
export function districtAliases(gazetteer: Gazetteer = currentCorpus().gazetteer): Map<string, string[]> {
  return new Map(gazetteer.districts.map((d) => [d.id, d.names]));
}

export function vocabularyOf(docs: Iterable<Pick<PlanDocument, 'chapter' | 'districts' | 'topics'>>, aliases: Map<string, string[]>): Vocabulary {
  const chapters = new Map<number, Localized>();
  const districts = new Map<string, Tag>();
  const topics = new Map<string, Tag>();
  for (const d of docs) {
    if (d.chapter && !chapters.has(d.chapter.no)) chapters.set(d.chapter.no, localized(d.chapter));
    for (const t of d.districts) districts.set(t.id, t);
    for (const t of d.topics) topics.set(t.id, t);
  }
  const districtNames = new Map<string, string>();
  for (const [id, t] of districts) {
    for (const name of [id, t.zh, t.en.toLowerCase(), ...(aliases.get(id) ?? [])]) districtNames.set(name, id);
  }
  return { chapters, districts, topics, districtNames };
}
