/** How a table's columns are named for readers: as printed in the plan's language, in words of the page's in others. */
import { type Locale, LOCALES, SOURCE_LOCALE } from '../../i18n/routing';
import { englishFor } from '../corpus/glossary';
import { INDICATOR_COLUMNS } from '../plan/model';

const INDICATOR_KEYS: Record<(typeof INDICATOR_COLUMNS)[number], keyof (typeof LOCALES)['en']['messages']['Indicators']> = {
  序号: 'no',
  类别: 'category',
  指标名称: 'name',
  单位: 'unit',
  '2020年': 'y2020',
  '2025年': 'y2025',
  属性: 'attribute',
  数据来源: 'source',
};

/** "单位" on Chinese pages, "Unit" on English ones; a box table's column by its glossary English, else as printed. */
export function columnLabel(column: string, lang: Locale): string {
  if (lang === SOURCE_LOCALE) return column;
  if (column in INDICATOR_KEYS) return LOCALES[lang].messages.Indicators[INDICATOR_KEYS[column as keyof typeof INDICATOR_KEYS]];
  return englishFor(column) ?? column;
}
