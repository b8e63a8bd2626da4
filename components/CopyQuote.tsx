'use client';

import { useRef } from 'react';
import { quoteHtml, quoteText, type QuoteSource } from '@/lib/format/quote';
import { CopyButton, type Clip } from './CopyButton';

/** The reader's selection, when it lies within one text (one `lang`) of the paragraph inside `scope`; table labels are not the paragraph. */
function selectionIn(scope: Element | null): { text: string; lang: string } | null {
  const sel = window.getSelection();
  if (!scope || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const node = sel.getRangeAt(0).commonAncestorContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const text = el?.closest('[lang]');
  if (!text || !scope.contains(text) || el?.closest('th')) return null;
  // A result's snippet may be cropped: its … marks are not the plan's.
  const excerpt = sel.toString().trim().replace(/^…|…$/g, '').trim();
  return excerpt ? { text: excerpt, lang: text.getAttribute('lang')! } : null;
}

/**
 * "Copy quote": the paragraph, or the part of it the reader selected, with its short citation and
 * link, as plain text and as HTML. The selection is read when the button is pressed (before the
 * press can move it), and only within the paragraph's own texts (`data-quote-scope`).
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
  /** The whole paragraph quoted, as the server wrote it. */
  whole: Clip;
  source: QuoteSource;
  /** What a quote in each language (HTML lang) is labelled: the unofficial translation, the original; null for none. */
  labelFor: Record<string, string | null>;
  labels: { label: string; done: string; manual: string };
}) {
  const pressed = useRef<ReturnType<typeof selectionIn>>(null);
  const find = () => document.querySelector(`[data-quote-scope="${CSS.escape(scope)}"]`);
  const read = (): Clip => {
    const picked = pressed.current ?? selectionIn(find());
    pressed.current = null;
    if (!picked) return whole;
    const label = labelFor[picked.lang] ?? null;
    return { text: quoteText(picked.text, label, source), html: quoteHtml(picked.text, label, source, picked.lang) };
  };
  return (
    <span onPointerDownCapture={() => (pressed.current = selectionIn(find()))} className="inline-flex">
      <CopyButton text={whole.text} read={read} labels={labels} />
    </span>
  );
}
