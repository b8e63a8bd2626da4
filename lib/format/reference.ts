/**
 * One paragraph as a bibliographic reference: the fields that reference managers read, built once
 * for the embedded tags (highwire.ts), RIS (ris.ts) and CSL-JSON (csl.ts). The item is a report of
 * the issuing government (Zotero's "report", RIS RPRT, CSL `report`): a published government plan,
 * not a web page. BibTeX keeps its own entry in citation.ts.
 */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';

import { placeLine } from './place';

export interface ReferenceInput {
  doc: Pick<PlanDocument, 'id' | 'text' | 'part' | 'chapter' | 'section' | 'box' | 'translations'>;
  plan: Pick<OutlineDocument, 'title' | 'issuer' | 'issued'>;
  /** Absolute permalink. */
  url: string;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  /** The language the reference is written in (titles, the issuer's name, labels). */
  lang: Locale;
}

export interface Reference {
  id: string;
  /** The paragraph's place and the plan's title. */
  title: string;
  /** The issuer, a body and not a person: every format writes it as one name. */
  author: string;
  /** Issue date, YYYY-MM-DD. */
  issued: string;
  accessed: string;
  url: string;
  /** The language of the text cited: the plan's (zh-CN). The English is a translation of it. */
  language: string;
  /** The cited text, unaltered. */
  text: string;
  /** The project's translation in the reference's language, with the label it must carry. */
  translation?: { text: string; label: string };
}

/** 第三十章 实施碧水行动 第一节 … in the plan's language; Chapter 30: …, Section 1: … in others (as citation.ts writes places). */
function place(doc: ReferenceInput['doc'], lang: Locale): string {
  return placeLine(doc, lang, 'chapter', lang === SOURCE_LOCALE ? ' ' : ', ') || LOCALES[lang].messages.Result.front;
}

export function referenceOf(r: ReferenceInput): Reference {
  const where = place(r.doc, r.lang);
  // In another language than the plan's, the printed title comes first and its translation after it in brackets (as APA and Chicago cite it).
  const title = r.lang === SOURCE_LOCALE ? `《${r.plan.title[r.lang]}》${where}` : `${where} — ${r.plan.title[SOURCE_LOCALE]} [${r.plan.title[r.lang]}]`;
  const translated = r.lang === SOURCE_LOCALE ? undefined : r.doc.translations?.[r.lang];
  return {
    id: r.doc.id,
    title,
    author: r.plan.issuer[r.lang],
    issued: r.plan.issued,
    accessed: r.accessed,
    url: r.url,
    language: LOCALES[SOURCE_LOCALE].html,
    text: r.doc.text,
    translation: translated ? { text: translated, label: LOCALES[r.lang].messages.Result.unofficial } : undefined,
  };
}

/** [2021, 3, 29] from 2021-03-29. */
export const dateParts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
