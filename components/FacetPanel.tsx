import { type Locale } from '@/i18n/routing';
import { levelLabel } from '@/lib/format/place';
import { searchHref, toggleFacet, type FacetName, type SearchState } from '@/lib/links/search-url';
import type { FacetValue } from '@/lib/search/types';

const SHOWN = 8;

interface FacetLabels {
  heading: string;
  names: Record<FacetName, string>;
  count: (n: number) => string;
  more: (n: number) => string;
}

/** One facet's values as links that add or remove the value: plain GETs, no JavaScript needed. */
function FacetList({
  facet,
  values,
  state,
  lang,
  labels,
  idPrefix,
}: {
  facet: FacetName;
  values: FacetValue[];
  state: SearchState;
  lang: Locale;
  labels: FacetLabels;
  idPrefix: string;
}) {
  const item = (v: FacetValue) => {
    const active = state[facet].includes(v.value);
    const name = facet === 'chapter' ? `${levelLabel('chapter', Number(v.value), lang)} ${v[lang]}` : v[lang];
    return (
      <li key={v.value}>
        <a
          href={searchHref(lang, toggleFacet(state, facet, v.value))}
          aria-current={active ? 'true' : undefined}
          className={`flex items-start justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-stone-100 ${active ? 'bg-amber-100 font-semibold' : ''}`}
        >
          <span className="flex gap-1">
            <span aria-hidden="true" className="w-3 shrink-0">
              {active ? '✓' : ''}
            </span>
            <span>{name}</span>
          </span>
          <span className="shrink-0 tabular-nums text-stone-600" aria-label={labels.count(v.count)}>
            {v.count}
          </span>
        </a>
      </li>
    );
  };
  // Active values stay visible even when they are not among the largest.
  const first = values.filter((v, k) => k < SHOWN || state[facet].includes(v.value));
  const rest = values.filter((v) => !first.includes(v));
  return (
    <section aria-labelledby={`${idPrefix}facet-${facet}`} className="mb-4">
      <h3 id={`${idPrefix}facet-${facet}`} className="mb-1 text-sm font-semibold text-stone-800">
        {labels.names[facet]}
      </h3>
      <ul>{first.map(item)}</ul>
      {rest.length > 0 && (
        <details>
          <summary className="cursor-pointer px-2 py-1 text-sm text-sky-800">{labels.more(values.length)}</summary>
          <ul>{rest.map(item)}</ul>
        </details>
      )}
    </section>
  );
}

/** The facets; `idPrefix` keeps ids unique when the panel is shown twice (phone disclosure and wide sidebar). */
export function FacetPanel({
  facets,
  state,
  lang,
  labels,
  idPrefix = '',
  heading = true,
}: {
  facets: Record<FacetName, FacetValue[]>;
  state: SearchState;
  lang: Locale;
  labels: FacetLabels;
  idPrefix?: string;
  heading?: boolean;
}) {
  return (
    <div>
      {heading && <h2 className="mb-2 text-base font-semibold">{labels.heading}</h2>}
      {(['chapter', 'district', 'topic'] as const).map((f) =>
        facets[f].length > 0 ? <FacetList key={f} facet={f} values={facets[f]} state={state} lang={lang} labels={labels} idPrefix={idPrefix} /> : null,
      )}
    </div>
  );
}
