/** Small helpers the islands share. */

/** Keys typed into a field are text, not commands. */
export const typing = (t: EventTarget | null): boolean => t instanceof HTMLElement && (t.isContentEditable || !!t.closest('input, textarea, select'));

/**
 * A message with its `{name}` placeholders filled. The server hands over next-intl's raw text
 * (`t.raw`) for the few messages the browser completes; none of them has plural forms.
 */
export const fill = (template: string, values: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** Dispatched on `document` after live results replaced part of the page (browser/live-results.ts). */
export const SWAPPED = 'plan-search:swapped';

/** The element an event happened on, when it is one (a text node's parent otherwise). */
export const elementOf = (t: EventTarget | null): Element | null => (t instanceof Element ? t : t instanceof Node ? t.parentElement : null);
