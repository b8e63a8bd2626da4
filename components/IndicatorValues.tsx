import { type Locale, SOURCE_LOCALE } from '@/i18n/routing';
import { translator } from '@/i18n/translator';
import { englishFor } from '@/lib/corpus/glossary';
import { cellTranslations } from '@/lib/format/table-translation';
import { ErratumNote } from './ErratumNote';
import type { PlanDocument } from '@/lib/plan/model';

import { englishMarksForHl, needlesForHl } from '@/lib/search/respond';
import { highlight, highlightEnglish } from '@/lib/search/highlight';

/**
 * An indicator row in a search hit: its name, then 2020 → 2025 with unit and type, each value
 * labelled. On other pages than the plan's language the name leads in translation, the printed name after it.
 */
export function IndicatorValues({
  doc,
  lang,
  hl,
  original = false,
}: {
  doc: Pick<PlanDocument, 'id' | 'table' | 'text' | 'translations'>;
  lang: Locale;
  hl: string;
  /** The reader asked for the original text only: no translated name or values. */
  original?: boolean;
}) {
  const t = translator(lang, 'Indicators');
  const needles = needlesForHl(hl);
  const row = doc.table!;
  const translated = lang === SOURCE_LOCALE || original ? null : cellTranslations(doc, lang);
  const cell = (c: string) => {
    const k = row.columns.indexOf(c);
    return k < 0 ? null : (row.cells[k] ?? null);
  };
  const translation = (c: string) => translated?.[row.columns.indexOf(c)] ?? null;
  const name = cell('指标名称') ?? '';
  const unit = cell('单位');
  const attribute = cell('属性');
  const mark = (s: string | null) => ({ __html: highlight(s ?? t('empty'), needles, Infinity) });
  const english = lang === SOURCE_LOCALE || original ? undefined : (translation('指标名称') ?? englishFor(name));
  const unitText = unit && lang !== SOURCE_LOCALE && !original ? (translation('单位') ?? englishFor(unit) ?? unit) : unit;
  const type = attribute === '约束性' ? t('binding') : attribute === '预期性' ? t('expected') : attribute;
  return (
    <div>
      <p className="leading-relaxed">
        {english && (
          <span lang="en" className="mr-2 font-medium" data-translation="en" dangerouslySetInnerHTML={{ __html: highlightEnglish(english, englishMarksForHl(hl), Infinity) }} />
        )}
        <span lang="zh-CN" className={english ? 'text-sm text-stone-600' : 'font-medium'} dangerouslySetInnerHTML={mark(name)} />
      </p>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {(
          [
            ['y2020', cell('2020年')],
            ['y2025', cell('2025年')],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="flex gap-1">
            <dt className="text-stone-600">{t(key)}:</dt>
            <dd className="tabular-nums">
              <span lang="zh-CN" dangerouslySetInnerHTML={mark(value)} />
              {/* A value printed with words (累计下降23%) gets its translation too. */}
              {value && /\p{Script=Han}/u.test(value) && translation(key === 'y2020' ? '2020年' : '2025年') && (
                <span lang="en" className="ml-1 text-stone-700">
                  ({translation(key === 'y2020' ? '2020年' : '2025年')})
                </span>
              )}
              {unit && value && <span className="ml-0.5 text-stone-600">{unitText}</span>}
            </dd>
          </div>
        ))}
        {type && (
          <div className="flex gap-1">
            <dt className="text-stone-600">{t('attribute')}:</dt>
            <dd>{type}</dd>
          </div>
        )}
      </dl>
      <ErratumNote rows={[doc]} lang={lang} className="mt-2" />
    </div>
  );
}
