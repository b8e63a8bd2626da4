import { describe, expect, it } from 'vitest';
import { localePath } from '../../i18n/navigation';
import { routing, SOURCE_LOCALE } from '../../i18n/routing';
import { alternates } from './alternates';
import { routes } from './routes';

describe('alternates', () => {
  const a = alternates('https://plans.example/', 'en', (l) => localePath(l, routes.permalink('km14-c2-s4-p3')));

  it('are absolute on the given origin, one per UI language', () => {
    expect(a.canonical).toBe('https://plans.example/en/p/km14-c2-s4-p3');
    expect(a.languages['zh-CN']).toBe('https://plans.example/zh/p/km14-c2-s4-p3');
    expect(a.languages.en).toBe('https://plans.example/en/p/km14-c2-s4-p3');
    for (const href of Object.values(a.languages)) expect(new URL(href).origin).toBe('https://plans.example');
  });

  it('send other languages to the default locale, the plan’s own', () => {
    expect(routing.defaultLocale).toBe(SOURCE_LOCALE);
    expect(a.languages['x-default']).toBe('https://plans.example/zh/p/km14-c2-s4-p3');
    expect(Object.keys(a.languages)).toHaveLength(routing.locales.length + 1);
  });

  it('keep a query the page is addressed by', () => {
    const c = alternates('http://127.0.0.1:3000', 'zh', (l) => localePath(l, routes.compare([['view', 'chapters']])));
    expect(c.canonical).toBe('http://127.0.0.1:3000/zh/compare?view=chapters');
    expect(c.languages.en).toBe('http://127.0.0.1:3000/en/compare?view=chapters');
  });
});
