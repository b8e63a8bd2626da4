import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { titledLabel } from '@/lib/format/place';
import { joinWrapped } from '@/lib/format/wrapped';
import type { Hit } from '@/lib/search/types';

/**
 * The headings that hold the query, as one compact line above the hits: ways into the outline that do
 * not compete with the clauses for the top. Each opens its place in the chapter (or, for a contents
 * entry of a chapter the source does not reach, its permalink).
 */
export function SectionLine({ sections, lang, hl, label }: { sections: Hit[]; lang: Locale; hl: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-3 text-sm leading-relaxed" data-sections>
      <span className="font-medium text-stone-700">{label}:</span>{' '}
      {sections.map((s, k) => {
        const href = localePath(lang, s.chapter ? routes.chapter(s.chapter.no, { anchor: s.id, hl: hl || undefined }) : routes.permalink(s.id, hl || undefined));
        const title = lang === SOURCE_LOCALE ? joinWrapped(s.text).replace(/\s+/g, ' ') : (s.translations?.[lang] ?? joinWrapped(s.text));
        const within = s.chapter && s.section ? titledLabel('chapter', s.chapter, lang) : undefined;
        return (
          <span key={s.id}>
            {k > 0 && <span className="text-stone-400"> · </span>}
            <a
              href={href}
              title={within}
              className="text-sky-800 underline-offset-2 hover:underline"
              lang={lang === SOURCE_LOCALE || s.translations?.[lang] ? LOCALES[lang].html : LOCALES[SOURCE_LOCALE].html}
            >
              {title}
            </a>
          </span>
        );
      })}
    </nav>
  );
}
