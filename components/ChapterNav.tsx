import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale } from '@/i18n/routing';
import type { OutlineChapter, OutlineDocument } from '@/lib/plan/model';

import { titledLabel } from '@/lib/format/place';

export interface ChapterNavLabels {
  nav: string;
  chapters: string;
  previous: string;
  next: string;
  absentMark: string;
}

const chapterName = (c: OutlineChapter, lang: Locale) => titledLabel('chapter', c, lang);

/** Every chapter of the plan by part, the current one marked, those without text in the source flagged. */
export function ChapterList({ plan, current, lang, labels, headingId }: { plan: OutlineDocument; current: number; lang: Locale; labels: ChapterNavLabels; headingId?: string }) {
  return (
    <nav aria-label={headingId ? undefined : labels.chapters} aria-labelledby={headingId} className="text-sm">
      <ol className="space-y-3">
        {plan.parts.map((part) => (
          <li key={part.no}>
            <p className="mb-1 text-xs font-semibold text-stone-600">{titledLabel('part', part, lang)}</p>
            <ol className="space-y-0.5 border-l border-stone-200">
              {part.chapters.map((c) => (
                <li key={c.no}>
                  <a
                    href={localePath(lang, routes.chapter(c.no))}
                    aria-current={c.no === current ? 'page' : undefined}
                    className={`-ml-px block border-l-2 py-0.5 pl-2 hover:text-accent hover:underline ${
                      c.no === current ? 'border-accent font-semibold text-stone-900' : c.present ? 'border-transparent text-sky-800' : 'border-transparent text-stone-600'
                    }`}
                  >
                    {chapterName(c, lang)}
                    {!c.present && <span className="ml-1 text-xs text-stone-600">({labels.absentMark})</span>}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Links to the chapters before and after, by number, whether or not their text is present. */
export function ChapterPager({ plan, current, lang, labels }: { plan: OutlineDocument; current: number; lang: Locale; labels: ChapterNavLabels }) {
  const all = plan.parts.flatMap((p) => p.chapters);
  const k = all.findIndex((c) => c.no === current);
  const prev = all[k - 1];
  const next = all[k + 1];
  const link = 'block rounded-lg border border-stone-300 bg-white p-3 hover:border-accent hover:bg-stone-50';
  return (
    <nav aria-label={labels.nav} className="mt-10 grid gap-3 border-t border-stone-200 pt-6 sm:grid-cols-2">
      {prev ? (
        <a href={localePath(lang, routes.chapter(prev.no))} rel="prev" className={link}>
          <span className="block text-xs text-stone-600">← {labels.previous}</span>
          <span className="text-sky-800 underline underline-offset-2">{chapterName(prev, lang)}</span>
          {!prev.present && <span className="ml-1 text-xs text-stone-600">({labels.absentMark})</span>}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={localePath(lang, routes.chapter(next.no))} rel="next" className={`${link} sm:text-right`}>
          <span className="block text-xs text-stone-600">{labels.next} →</span>
          <span className="text-sky-800 underline underline-offset-2">{chapterName(next, lang)}</span>
          {!next.present && <span className="ml-1 text-xs text-stone-600">({labels.absentMark})</span>}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
