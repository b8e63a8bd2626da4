/** One zod schema per curated corpus file; the types come from them (z.infer). */
import { z } from 'zod';

const Slug = z.string().regex(/^[a-z0-9-]+$/);
const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** manifest.json: the plans of the corpus. */
export const ManifestSchema = z.object({
  documents: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ASCII words joined by -'),
        file: z.string().min(1),
        titles: z.string().min(1),
        title: Bilingual,
        issuer: Bilingual,
        issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        language: z.string().min(2),
      }),
    )
    .min(1),
});
type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestEntry = Manifest['documents'][number];

const ByNumber = z.record(z.string().regex(/^\d+(\.\d+)?$/), Bilingual);

/** *.titles.json: the curated zh/en titles of one plan's outline. */
export const TitlesSchema = z.object({
  front: z.object({ notice: Bilingual, toc: Bilingual, preface: Bilingual, indicators: Bilingual }),
  parts: ByNumber,
  chapters: ByNumber,
  sections: ByNumber,
  boxes: ByNumber,
  appendices: ByNumber,
});
export type Titles = z.infer<typeof TitlesSchema>;
export type TitleKey = 'parts' | 'chapters' | 'sections' | 'boxes' | 'appendices';

/** districts.json: Kunming's county-level units and zones with every name the text uses, and blockers. */
export const GazetteerSchema = z.object({
  districts: z.array(
    z.object({ id: Slug, zh: z.string().min(1), en: z.string().min(1), kind: z.string(), names: z.array(z.string().min(1)).min(1) }),
  ),
  blockers: z.array(z.object({ zh: z.string().min(1), reason: z.string() })),
});
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/** topics.json: the topic taxonomy, by chapter and by keyword. */
export const TopicsSchema = z.array(
  z.object({
    id: Slug,
    zh: z.string().min(1),
    en: z.string().min(1),
    chapters: z.array(z.number().int().positive()),
    keywords: z.array(z.string().min(1)),
  }),
);
export type Topics = z.infer<typeof TopicsSchema>;

/** glossary.json: zh → en, the first English canonical. Kind `unit` labels table cells and is no search word. */
export const GlossarySchema = z.array(z.object({ zh: z.string().min(1), en: z.array(z.string().min(1)).min(1), kind: z.string() }));
export type Glossary = z.infer<typeof GlossarySchema>;

/** cedict-en.json: CC-CEDICT's English for the corpus's words (npm run cedict). */
export const CedictSchema = z.object({ english: z.record(z.string(), z.array(z.string())) });
export type Cedict = z.infer<typeof CedictSchema>;
