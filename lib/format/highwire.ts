/**
 * The Highwire Press tags of a permalink (`<meta name="citation_…">`), read by Google Scholar and by
 * Zotero's "Embedded Metadata" translator (and so by Mendeley's and EndNote's web importers, which
 * read the same tags).
 *
 * Zotero decides the item type from the tags: `citation_technical_report_institution` makes it a
 * "report" (with the institution filled in), and that choice wins over the page's OpenGraph tags,
 * which alone would give a "webpage". Without it, `citation_title` alone would be guessed a journal
 * article. The notice of this plan prints no document number (文号), so no
 * `citation_technical_report_number` is given: none is made up.
 */
import type { Reference } from './reference';

export function highwireTags(r: Reference): Record<string, string> {
  const [y, m, d] = r.issued.split('-');
  return {
    citation_title: r.title,
    citation_author: r.author,
    citation_technical_report_institution: r.author,
    // The Highwire form of a date, as Google Scholar asks for it.
    citation_publication_date: `${y}/${m}/${d}`,
    citation_public_url: r.url,
    citation_language: r.language,
  };
}
