interface LocaleLink {
  /** The locale's home path (`/en`): the same page in that locale is this, plus the path below it. */
  home: string;
  name: string;
  /** Its HTML language tag. */
  lang: string;
}

/**
 * Links to the same page, query and filters in each locale: plain anchors, written from the
 * request's path and query (`here`). The browser's script (browser/locale-links.ts) also keeps the
 * `#anchor` (a paragraph on a chapter page), which the server never sees.
 */
export function LocaleSwitcher({ current, here, label, locales }: { current: string; here: { path: string; query: string }; label: string; locales: LocaleLink[] }) {
  // The path below the current locale's home: /zh/search → /search.
  const rest = here.path.startsWith(current) ? here.path.slice(current.length) : '';
  return (
    <nav aria-label={label} className="flex gap-1 text-sm" data-current-home={current}>
      {locales.map((l) => (
        <a
          key={l.home}
          href={`${l.home}${rest}${here.query}`}
          hrefLang={l.lang}
          lang={l.lang}
          data-locale-home={l.home}
          aria-current={l.home === current ? 'true' : undefined}
          className={l.home === current ? 'rounded bg-stone-800 px-2 py-1 text-white' : 'rounded px-2 py-1 text-stone-700 hover:bg-stone-100'}
        >
          {l.name}
        </a>
      ))}
    </nav>
  );
}
