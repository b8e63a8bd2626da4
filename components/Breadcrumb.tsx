import { outlineId } from '@/lib/plan/ids';
import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale } from '@/i18n/routing';
import type { PlanDocument } from '@/lib/plan/model';

import { crumbs } from '@/lib/format/place';

/** 篇 › 章 › 节 / 专栏, each level linking into its chapter page. */
/**
 * `landmark` false: a plain labelled list, for places where a nav landmark each would be too many;
 * `inline`: phrasing content only, for inside a heading (a result card's).
 */
export function Breadcrumb({
  doc,
  lang,
  label,
  landmark = true,
  inline = false,
}: {
  doc: Pick<PlanDocument, 'part' | 'chapter' | 'section' | 'box' | 'doc'>;
  lang: Locale;
  label: string;
  landmark?: boolean;
  inline?: boolean;
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
  const [List, Item] = inline ? (['span', 'span'] as const) : (['ol', 'li'] as const);
  const list = (
    <List aria-label={landmark || inline ? undefined : label} className="flex flex-wrap items-center gap-x-1 text-xs text-stone-600">
      {all.map((c, k) => {
        const h = href(c.level, c.no);
        const text = c.text;
        return (
          <Item key={c.level} className="flex items-center gap-x-1">
            {k > 0 && <span aria-hidden="true">›</span>}
            {h ? (
              // 24 px tall, so that a tap lands on the level meant when the trail wraps (WCAG 2.5.8 target size).
              <a href={h} className="inline-block py-1 hover:text-accent hover:underline">
                {text}
              </a>
            ) : (
              <span>{text}</span>
            )}
          </Item>
        );
      })}
    </List>
  );
  return landmark && !inline ? (
    <nav aria-label={label} className="text-xs text-stone-600">
      {list}
    </nav>
  ) : (
    list
  );
}
