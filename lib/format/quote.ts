/**
 * How a quotation and its source are written, as plain text and as HTML for pasting into an editor.
 * No imports: the browser builds the quote of a reader's selection with these same functions.
 */

export interface QuoteSource {
  /** The page is in the plan's own language: Chinese punctuation and order. */
  inSource: boolean;
  /** "昆明市人民政府《…纲要》第三十章第一节第1段" / "Kunming Municipal People's Government, 昆明市…纲要 [Outline …], ch. 30, sec. 1, para. 1" */
  source: string;
  /** Absolute permalink. */
  url: string;
}

/** A quotation before it is written: the excerpt, whose text it is (label), its language, and whether it is a table row's labelled lines. */
export interface Excerpt {
  text: string;
  label: string | null;
  lang: string;
  lines: boolean;
}

/** Quoted text on one line: its lines joined by " / ", as a quotation of verse or a table row is. */
export const quoteLines = (s: string) => s.trim().replace(/\s*\n\s*/g, ' / ');

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * “…”（label）（source）url, or “…” (label). Source. url: the label says whose text it is (an unofficial
 * translation). `lines`: the excerpt is a table row's labelled cells, quoted a line each as its page shows it.
 */
export function quoteText(excerpt: string, label: string | null, s: QuoteSource, lines = false): string {
  const q = lines ? excerpt.trim() : quoteLines(excerpt);
  return s.inSource ? `“${q}”${label ? `（${label}）` : ''}（${s.source}）${s.url}` : `“${q}”${label ? ` (${label})` : ''}. ${s.source}. ${s.url}`;
}

/** The same quotation as HTML: the excerpt marked with its language, the source a link to the permalink. */
export function quoteHtml(excerpt: string, label: string | null, s: QuoteSource, lang: string, lines = false): string {
  const body = lines ? excerpt.trim().split('\n').map(escape).join('<br>') : escape(quoteLines(excerpt));
  const q = `<span lang="${escape(lang)}">“${body}”</span>`;
  const link = `<a href="${escape(s.url)}">${escape(s.source)}</a>`;
  return s.inSource ? `<p>${q}${label ? `（${escape(label)}）` : ''}（${link}）</p>` : `<p>${q}${label ? ` (${escape(label)})` : ''}. ${link}.</p>`;
}

/** The source alone, with its link: what the results page's `c` copies. */
export const citationText = (s: QuoteSource) => (s.inSource ? `${s.source} ${s.url}` : `${s.source}. ${s.url}`);

export const citationHtml = (s: QuoteSource) => `<a href="${escape(s.url)}">${escape(s.source)}</a>`;
