import { outlineId } from '@/lib/plan/ids';
import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale } from '@/i18n/routing';
import type { PlanDocument } from '@/lib/plan/model';

import { crumbs } from '@/lib/format/place';

/** 篇 › 章 › 节 / 专栏, each level linking into its chapter page. */
/** `landmark` false: a plain labelled list, for places (result cards) where a nav landmark each would be too many. */
export function Breadcrumb({
  doc,
  lang,
  label,
  landmark = true,
}: {
  doc: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box' | 'doc'>;
  lang: Locale;
  label: string;
  landmark?: boolean;
}) {
  const all = crumbs(doc, lang);
  if (all.length === 0) return null;
  const chapter = doc.chapter?.no;
  const href = (level: string, no: number) => {
    if (!chapter) return null;
    if (level === 'chapter') return localePath(lang, routes.chapter(chapter));
    if (level === 'section') return localePath(lang, routes.chapter(chapter, { anchor: outlineId(doc.doc, { chapter, section: no }) }));
    if (level === 'box') return localePath(lang, routes.chapter(chapter, { anchor: outlineId(doc.doc, { box: no }) }));
    return null;
  };
  const list = (
    <ol aria-label={landmark ? undefined : label} className="flex flex-wrap items-center gap-x-1 text-xs text-stone-600">
      {all.map((c, k) => {
        const h = href(c.level, c.no);
        const text = c.text;
        return (
          <li key={c.level} className="flex items-center gap-x-1">
            {k > 0 && <span aria-hidden="true">›</span>}
            {h ? (
              <a href={h} className="hover:text-accent hover:underline">
                {text}
              </a>
            ) : (
              <span>{text}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
  return landmark ? (
    <nav aria-label={label} className="text-xs text-stone-600">
      {list}
    </nav>
  ) : (
    list
  );
}
