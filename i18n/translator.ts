/**
 * The UI's messages outside a request's scope: a translator for one locale and namespace, made once
 * per process and kept (its parsed messages and formatters with it). Components that render the same
 * way in Next's pages and in the production server's own search pages (server/own-pages.tsx) take
 * their strings from here rather than from next-intl's request config, which exists only inside Next.
 */
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { LOCALES, type Locale, type Messages } from './routing';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const made = new Map<string, unknown>();

export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}\n${namespace}`;
  let t = made.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!t) {
    t = createTranslator<Messages, N>({ locale, messages: LOCALES[locale].messages as Messages, namespace });
    made.set(key, t);
  }
  return t;
}
