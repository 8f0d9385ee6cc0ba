import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { loadIntl } from '@/server/i18n/load-intl';

export type ToFeedTitleOptions = {
  locale: AppLocale;
  /** The list's name, e.g. "Good-practice library". */
  list: string;
  /** The filters applied, each as shown on the page. */
  filters: { label: string; value: string }[];
};

/** "Good-practice library (Country: Peru, Document type: Report) – Prevenir". */
export const toFeedTitle = ({ locale, list, filters }: ToFeedTitleOptions) => {
  const { t } = loadIntl({ locale });
  if (filters.length === 0) return t('Feeds.title', { list });
  // Commas in all three languages; a list format would put "and" between filters.
  const parts = filters.map((filter) => t('Feeds.filter', filter)).join(', ');
  return t('Feeds.filteredTitle', { list, filters: parts });
};
