/**
 * The plan's data for the site: search through the configured engine, documents and outline from
 * data/. Pages reach it through lib/site/portal.ts; the production server's own search pages
 * (server/own-pages.tsx), outside Next's request scope, import it directly. Server code all the
 * same: it has no 'server-only' guard only because that package refuses to load outside Next's
 * server bundles, and the worker imports this from plain Node; portal.ts carries the guard for the app.
 */
import { serverEnv } from '../env';
import type { OutlineDocument, PlanDocument } from '../plan/model';
import { isDataUnavailableError } from '../plan/data-error';
import { sharedEngine } from '../search/engine';
import { search as runSearch } from '../search/search';
import type { SearchRequest, SearchResponse } from '../search/types';
import { compareMatrix, type CompareView } from '../search/compare';
import { chapterDocuments, chapterOutline, loadStore, planOf, withContext } from '../plan/store';
import { loadShareFonts } from '../share/fonts';

/** The one search path (lib/search/search.ts) on the process-wide engine. */
export const search = (req: SearchRequest): Promise<SearchResponse> => runSearch(sharedEngine(), req);

/** A comparison table (lib/search/compare.ts), counted by the same search path. */
export const compare = (view: CompareView, q: string | string[] | undefined) => compareMatrix(sharedEngine(), view, q);

export function store() {
  return loadStore(serverEnv().PLAN_DATA_DIR);
}

export function paragraph(id: string) {
  const s = store();
  const found = withContext(s, id);
  if (!found) return null;
  return { ...found, plan: planOf(s, found.doc.doc)! };
}

/** The plan a document (a search hit) belongs to. */
export const planFor = (doc: string) => planOf(store(), doc) ?? mainPlan();

/** The share image's fonts, made at ingest beside the data they draw. */
export const shareFonts = () => loadShareFonts(serverEnv().PLAN_DATA_DIR);

/** The first plan: the portal serves one plan today; ids and the outline already name the plan. */
export function mainPlan() {
  return store().outline.documents[0]!;
}

export function chapter(n: number) {
  const plan = mainPlan();
  const outline = chapterOutline(plan, n);
  if (!outline) return null;
  const part = plan.parts.find((p) => p.chapters.some((c) => c.no === n))!;
  // A part's introduction belongs to no chapter: its first chapter's page shows it.
  const partIntro = part.chapters[0]?.no === n ? store().documents.filter((d) => d.doc === plan.id && d.part?.no === part.no && d.chapter === null && d.kind !== 'heading') : [];
  return { plan, part, outline, partIntro, documents: chapterDocuments(store(), plan.id, n) };
}

/** The rows of the table a row belongs to (the main indicators, or a box's table), in order: what its merged cells come from. */
export function tableRows(row: PlanDocument): PlanDocument[] {
  if (!row.table) return [];
  return store().documents.filter((d) => d.doc === row.doc && d.kind === row.kind && d.table && (row.kind === 'indicator' || d.box?.no === row.box?.no));
}

export function indicators(): PlanDocument[] {
  return store().documents.filter((d) => d.kind === 'indicator');
}

/** The figures of each store (a new ingest is a new store), counted once: the footer of every page asks. */
const counted = new WeakMap<object, ReturnType<typeof count>>();

export function figures() {
  const s = store();
  let f = counted.get(s);
  if (!f) counted.set(s, (f = count(s.outline.documents[0]!, s.documents)));
  return f;
}

function count(plan: OutlineDocument, docs: PlanDocument[]) {
  const chapters = plan.parts.flatMap((p) => p.chapters);
  return {
    documents: docs.length,
    parts: plan.parts.length,
    chapters: chapters.length,
    present: chapters.filter((c) => c.present).length,
    boxes: chapters.reduce((n, c) => n + c.boxes.length, 0),
    indicators: docs.filter((d) => d.kind === 'indicator').length,
    lastChapter: Math.max(...chapters.filter((c) => c.present).map((c) => c.no)),
  };
}

/** What the footer says about the plan: null when data/ cannot be read (the page below says so). */
export type PlanAbout = { plan: Pick<OutlineDocument, 'title' | 'issuer' | 'issued' | 'truncated'>; lastChapter: number } | null;

export function planAbout(): PlanAbout {
  try {
    return { plan: mainPlan(), lastChapter: figures().lastChapter };
  } catch (e) {
    if (isDataUnavailableError(e)) return null;
    throw e;
  }
}
