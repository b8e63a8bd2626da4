import { defineRouting } from 'next-intl/routing';
import en from '../messages/en.json';
import zh from '../messages/zh.json';

/**
 * The UI languages, declared once: each with its messages and its names for HTML (`lang`) and
 * OpenGraph (`og:locale`). The first is the default. Adding a language: README § Adding a UI language.
 */
export const LOCALES = {
  zh: { messages: zh, html: 'zh-CN', og: 'zh_CN' },
  en: { messages: en, html: 'en', og: 'en_US' },
} as const;

export type Locale = keyof typeof LOCALES;
export type Messages = (typeof LOCALES)['zh']['messages'];

const codes = Object.keys(LOCALES) as Locale[];

// No locale cookie: every page is the same for every visitor (the URL names the language), so shared caches may keep it.
// No alternate links in a Link header: the pages that are indexed name theirs in their HTML, absolute and with
// x-default in the plan's language (lib/links/alternates.ts), and search pages, which are not, need none.
export const routing = defineRouting({ locales: codes, defaultLocale: codes[0]!, localeCookie: false, alternateLinks: false });

/** The language the plans are written in: other UI languages show translations and glosses beside it. */
export const SOURCE_LOCALE: Locale = 'zh';

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && v in LOCALES;
