import type { Lang, Tag } from '@/lib/model';

/** District and topic tags; each links to the search filtered by it. */
export function Tags({ districts, topics, lang, label }: { districts: Tag[]; topics: Tag[]; lang: Lang; label: string }) {
  if (districts.length + topics.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1 text-xs">
      {districts.map((t) => (
        <li key={`d-${t.id}`}>
          <a href={`/${lang}/search?district=${t.id}`} className="inline-block rounded-full border border-sky-700 px-2 py-0.5 text-sky-800 hover:bg-sky-50">
            {t[lang]}
          </a>
        </li>
      ))}
      {topics.map((t) => (
        <li key={`t-${t.id}`}>
          <a href={`/${lang}/search?topic=${t.id}`} className="inline-block rounded-full border border-emerald-700 px-2 py-0.5 text-emerald-800 hover:bg-emerald-50">
            {t[lang]}
          </a>
        </li>
      ))}
    </ul>
  );
}
