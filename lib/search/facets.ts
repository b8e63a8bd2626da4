/**
 * Facets over a match set, shared by the engines that count in process. Counts are disjunctive:
 * a facet's counts apply the other facets' filters but not its own, so that every value shown
 * can be added to the OR within that facet, and each count is the number of results it gives.
 */
import { localized, type Localized, type Tag } from '../plan/model';
import type { FacetValue, Facets, SearchRequest } from './types';
import { SearchInputError, type BadFilter } from './types';

export interface FacetDoc {
  chapter: number | null;
  districts: string[];
  topics: string[];
}

export interface Vocabulary {
  chapters: Map<number, Localized>;
  districts: Map<string, Tag>;
  topics: Map<string, Tag>;
  /** Any name of a district (id, zh, short names) → id. */
  districtNames: Map<string, string>;
}

export type Filter = { chapter: Set<number> | null; district: Set<string> | null; topic: Set<string> | null };

/** Counts per facet value, before labels: chapter number, district id, topic id → documents. */
export interface FacetCounts {
  chapter: Map<number, number>;
  district: Map<string, number>;
  topic: Map<string, number>;
}

/** Resolves requested facet values to ids; unknown values are a SearchInputError naming every one. */
export function resolveFilter(req: SearchRequest, vocab: Vocabulary): Filter {
  const bad: BadFilter[] = [];
  const district = req.district.flatMap((d) => {
    const id = vocab.districtNames.get(d) ?? vocab.districtNames.get(d.toLowerCase());
    if (!id) bad.push({ facet: 'district', value: d });
    return id ? [id] : [];
  });
  for (const t of req.topic) if (!vocab.topics.has(t)) bad.push({ facet: 'topic', value: t });
  if (bad.length > 0) throw new SearchInputError('unknown_facet_value', `unknown ${bad[0]!.facet}: ${JSON.stringify(bad[0]!.value.slice(0, 40))}`, bad);
  return {
    chapter: req.chapter.length ? new Set(req.chapter) : null,
    district: district.length ? new Set(district) : null,
    topic: req.topic.length ? new Set(req.topic) : null,
  };
}

const passes = (d: FacetDoc, f: Filter, skip?: keyof Filter) =>
  (skip === 'chapter' || !f.chapter || (d.chapter !== null && f.chapter.has(d.chapter))) &&
  (skip === 'district' || !f.district || d.districts.some((x) => f.district!.has(x))) &&
  (skip === 'topic' || !f.topic || d.topics.some((x) => f.topic!.has(x)));

export const passesFilter = (d: FacetDoc, f: Filter) => passes(d, f);

export function countFacets(docs: FacetDoc[], f: Filter, vocab: Vocabulary): Facets {
  const chapter = new Map<number, number>();
  const district = new Map<string, number>();
  const topic = new Map<string, number>();
  for (const d of docs) {
    if (d.chapter !== null && passes(d, f, 'chapter')) chapter.set(d.chapter, (chapter.get(d.chapter) ?? 0) + 1);
    if (passes(d, f, 'district')) for (const x of d.districts) district.set(x, (district.get(x) ?? 0) + 1);
    if (passes(d, f, 'topic')) for (const x of d.topics) topic.set(x, (topic.get(x) ?? 0) + 1);
  }
  return listFacets({ chapter, district, topic }, vocab);
}

/** Counts → the response's facets: labelled in both languages, most documents first; values the vocabulary does not know are dropped. */
export function listFacets({ chapter, district, topic }: FacetCounts, vocab: Vocabulary): Facets {
  const list = <K>(m: Map<K, number>, label: (k: K) => Localized | undefined, order: (a: K, b: K) => number): FacetValue[] =>
    [...m.entries()]
      .filter(([k, count]) => count > 0 && label(k) !== undefined)
      .sort((a, b) => b[1] - a[1] || order(a[0], b[0]))
      .map(([k, count]) => ({ value: String(k), ...pick(label(k)!), count }));
  return {
    chapter: list(
      chapter,
      (k) => vocab.chapters.get(k),
      (a, b) => a - b,
    ),
    district: list(
      district,
      (k) => vocab.districts.get(k),
      (a, b) => a.localeCompare(b),
    ),
    topic: list(
      topic,
      (k) => vocab.topics.get(k),
      (a, b) => a.localeCompare(b),
    ),
  };
}

const pick = localized;
