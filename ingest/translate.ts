/**
 * Attach the project's translations to documents: a translation is used only while the fingerprint
 * it carries matches the Chinese it translates; otherwise it is reported as stale. Headings, and the
 * contents entries that repeat them, take the curated outline titles.
 */
import { fingerprint } from '../lib/corpus/fingerprint';
import type { Translation } from '../lib/corpus/load';
import { headingTitle } from '../lib/format/place';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/routing';
import type { PlanDocument } from '../lib/plan/model';

export interface Translated {
  documents: PlanDocument[];
  /** `locale id` of every translation whose Chinese has changed since it was made. */
  stale: string[];
}

export function attachTranslations(documents: PlanDocument[], translations: Record<string, Map<string, Translation>>): Translated {
  const stale: string[] = [];
  const locales = (Object.keys(LOCALES) as Locale[]).filter((l) => l !== SOURCE_LOCALE);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out = documents.map((d) => {
    // A contents entry says what its heading says.
    const heading = d.repeats ? byId.get(d.repeats) : undefined;
    // Structure already gave front-matter headings and unrepeated contents entries their curated titles.
    const t: NonNullable<PlanDocument['translations']> = { ...d.translations };
    for (const l of locales) {
      const title = headingTitle(heading ?? d, l) ?? heading?.translations?.[l];
      const given = translations[l]?.get(d.id);
      if (title) t[l] = title;
      else if (given && given.fingerprint === fingerprint(d.text)) t[l] = given.text;
      else if (given) stale.push(`${l} ${d.id}`);
    }
    return Object.keys(t).length > 0 ? { ...d, translations: t } : d;
  });
  return { documents: out, stale };
}
