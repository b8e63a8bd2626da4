import type { Excerpt, QuoteSource } from '@/lib/format/quote';
import { CopyButton, type CopyLabels } from './CopyButton';

/**
 * "Copy quote": the paragraph, or the part of it the reader selected, with its short citation and
 * link, as plain text and as HTML. The browser's script (browser/copy.ts) reads the selection when
 * the button is pressed, within the paragraph's own texts only (`data-quote-scope`), and builds the
 * quote with the same functions as the server (lib/format/quote.ts).
 */
export function CopyQuote({
  scope,
  whole,
  source,
  labelFor,
  labels,
}: {
  /** The `data-quote-scope` of the element holding the paragraph's texts. */
  scope: string;
  /** The whole paragraph to quote: the browser writes the quotation with its source (lib/format/quote.ts), so the page carries the text once. */
  whole: Excerpt;
  source: QuoteSource;
  /** What a quote in each language (HTML lang) is labelled: the unofficial translation, the original; null for none. */
  labelFor: Record<string, string | null>;
  labels: CopyLabels;
}) {
  return (
    <span className="inline-flex">
      <CopyButton labels={labels} quote={{ scope, whole: JSON.stringify(whole), source: JSON.stringify(source), labels: JSON.stringify(labelFor) }} />
    </span>
  );
}
