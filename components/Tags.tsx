import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale } from '@/i18n/routing';
import type { Tag } from '@/lib/plan/model';

const STYLE = {
  district: 'border-sky-700 text-sky-800 hover:bg-sky-50',
  topic: 'border-emerald-700 text-emerald-800 hover:bg-emerald-50',
};

/** District and topic tags; each links to the search filtered by it. */
export function Tags({
  districts,
  topics,
  lang,
  label,
  hrefFor,
}: {
  districts: Tag[];
  topics: Tag[];
  lang: Locale;
  label: string;
  hrefFor?: (facet: 'district' | 'topic', id: string) => string;
}) {
  const tags = [...districts.map((t) => ['district', t] as const), ...topics.map((t) => ['topic', t] as const)];
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1 text-xs">
      {tags.map(([facet, t]) => (
        <li key={`${facet}-${t.id}`}>
          <a href={hrefFor ? hrefFor(facet, t.id) : localePath(lang, routes.search([[facet, t.id]]))} className={`inline-block rounded-full border px-2 py-0.5 ${STYLE[facet]}`}>
            {t[lang]}
          </a>
        </li>
      ))}
    </ul>
  );
}
