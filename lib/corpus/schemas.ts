/** One zod schema per curated corpus file; the types come from them (z.infer). */
import { z } from 'zod';
import { LOCALES } from '../../i18n/routing';

const Slug = z.string().regex(/^[a-z0-9-]+$/);

/** A text in each of `locales`, every one required: a new UI language needs its titles in the curated files. */
export const localizedSchema = <L extends string>(locales: readonly L[]) => z.object(Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<L, z.ZodString>);
const Localized = localizedSchema(Object.keys(LOCALES) as (keyof typeof LOCALES)[]);

/** manifest.json: the plans of the corpus. */
export const ManifestSchema = z.object({
  documents: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ASCII words joined by -'),
        file: z.string().min(1),
        titles: z.string().min(1),
        title: Localized,
        issuer: Localized,
        issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        /** The place the plan governs, as a query may name it: in that plan's search it goes without saying. */
        place: z.object({ names: z.array(z.string().min(1)).min(1) }).optional(),
        language: z.string().min(2),
        /** The project's translations of the plan: UI locale → JSON Lines file (translationLineSchema). */
        translations: z.record(z.string(), z.string().min(1)).optional(),
      }),
    )
    .min(1),
});
type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestEntry = Manifest['documents'][number];

/** *.titles.json: the curated titles of one plan's outline, in every UI language (`locales`). */
export const titlesSchema = <L extends string>(locales: readonly L[]) => {
  const text = localizedSchema(locales);
  const byNumber = z.record(z.string().regex(/^\d+(\.\d+)?$/), text);
  return z.object({
    front: z.object({ notice: text, toc: text, preface: text, indicators: text }),
    parts: byNumber,
    chapters: byNumber,
    sections: byNumber,
    boxes: byNumber,
    appendices: byNumber,
  });
};
export const TitlesSchema = titlesSchema(Object.keys(LOCALES) as (keyof typeof LOCALES)[]);
export type Titles = z.infer<typeof TitlesSchema>;
export type TitleKey = 'parts' | 'chapters' | 'sections' | 'boxes' | 'appendices';

/** districts.json: Kunming's county-level units and zones with every name the text uses, and blockers. */
export const GazetteerSchema = z.object({
  districts: z.array(Localized.extend({ id: Slug, kind: z.string(), names: z.array(z.string().min(1)).min(1) })),
  blockers: z.array(z.object({ zh: z.string().min(1), reason: z.string() })),
});
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/** topics.json: the topic taxonomy, by chapter and by keyword. */
export const TopicsSchema = z.array(Localized.extend({ id: Slug, chapters: z.array(z.number().int().positive()), keywords: z.array(z.string().min(1)) }));
export type Topics = z.infer<typeof TopicsSchema>;

/** glossary.json: zh → en, the first English canonical. Kind `unit` labels table cells and is no search word. */
export const GlossarySchema = z.array(z.object({ zh: z.string().min(1), en: z.array(z.string().min(1)).min(1), kind: z.string() }));
export type Glossary = z.infer<typeof GlossarySchema>;

/**
 * abbreviations.json: everyday and short Chinese words people type that the plan's text does not use,
 * each with the forms the text does use (双创 → 大众创业, 万众创新). A query word that is a key is
 * searched as any of its forms, or itself.
 */
export const AbbreviationsSchema = z.array(z.object({ zh: z.string().min(1), forms: z.array(z.string().min(1)).min(1), note: z.string().optional() }));
export type Abbreviations = z.infer<typeof AbbreviationsSchema>;

/**
 * One line of a translation file (`*.en.jsonl`): the document id, a fingerprint of the Chinese it
 * translates (lib/corpus/fingerprint.ts) and the text under the locale's own key.
 */
export const translationLineSchema = (locale: string) =>
  z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), zh: z.string().regex(/^[0-9a-f]{16}$/, 'a 16-hex-digit fingerprint'), [locale]: z.string().min(1) });

/** cedict-en.json: CC-CEDICT's English for the corpus's words (npm run cedict). */
export const CedictSchema = z.object({ english: z.record(z.string(), z.array(z.string())) });
export type Cedict = z.infer<typeof CedictSchema>;
