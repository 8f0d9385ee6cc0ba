import { getLocale, getTranslations } from 'next-intl/server';

import { getPathname } from '@/i18n/navigation';
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/validation/search';

export type SearchFormProps = { q: string };

/** A plain GET form: a new query starts a new search (without the previous filters). */
export const SearchForm = async ({ q }: SearchFormProps) => {
  const [t, locale] = await Promise.all([getTranslations('SearchPage'), getLocale()]);
  return (
    <form
      role="search"
      method="get"
      action={getPathname({ href: '/search', locale })}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="search-query" className="block text-sm font-semibold text-slate-800">
          {t('queryLabel')}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900"
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t('submit')}
      </button>
    </form>
  );
};
