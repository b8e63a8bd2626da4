/** The curated zh/en titles of one plan's outline (corpus/*.titles.json), validated on load. */
import { z } from 'zod';

const Title = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const ByNumber = z.record(z.string().regex(/^\d+(\.\d+)?$/), Title);

export const TitlesSchema = z.object({
  front: z.object({ notice: Title, toc: Title, preface: Title, indicators: Title }),
  parts: ByNumber,
  chapters: ByNumber,
  sections: ByNumber,
  boxes: ByNumber,
  appendices: ByNumber,
});

export type Titles = z.infer<typeof TitlesSchema>;
export type TitleKey = 'parts' | 'chapters' | 'sections' | 'boxes' | 'appendices';
