import { type Locale, SOURCE_LOCALE } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import { englishFor } from '@/lib/corpus/glossary';
import type { TableRow } from '@/lib/plan/model';

import { needlesForHl } from '@/lib/search/respond';
import { highlight } from '@/lib/search/highlight';

/** An indicator row in a search hit: its name, then 2020 → 2025 with unit and type, each value labelled. */
export async function IndicatorValues({ row, lang, hl }: { row: TableRow; lang: Locale; hl: string }) {
  const t = await getTranslations('Indicators');
  const needles = needlesForHl(hl);
  const cell = (c: string) => {
    const k = row.columns.indexOf(c);
    return k < 0 ? null : (row.cells[k] ?? null);
  };
  const name = cell('指标名称') ?? '';
  const unit = cell('单位');
  const attribute = cell('属性');
  const mark = (s: string | null) => ({ __html: highlight(s ?? t('empty'), needles, Infinity) });
  const english = lang === SOURCE_LOCALE ? undefined : englishFor(name);
  const unitText = unit && lang !== SOURCE_LOCALE ? (englishFor(unit) ?? unit) : unit;
  const type = attribute === '约束性' ? t('binding') : attribute === '预期性' ? t('expected') : attribute;
  return (
    <div>
      <p className="leading-relaxed">
        <span lang="zh-CN" className="font-medium" dangerouslySetInnerHTML={mark(name)} />
        {english && <span className="ml-2 text-sm text-stone-600">{english}</span>}
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
    </div>
  );
}
