import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/navigation';

export type FilterFormProps = {
  /** The page the filters apply to, without the locale prefix, e.g. `/events`. */
  pathname: string;
  /** Accessible name of the form. */
  label: string;
  children: ReactNode;
};

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export const FilterForm = async ({ pathname, label, children }: FilterFormProps) => {
  const [t, locale] = await Promise.all([getTranslations('Filters'), getLocale()]);
  return (
    <form
      method="get"
      action={getPathname({ href: pathname, locale })}
      aria-label={label}
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t('apply')}
        </button>
        <Link href={pathname} className="text-brand-700 underline">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
};

export type FilterOption = { value: string; label: string };

export type FilterSelectProps = {
  name: string;
  label: string;
  value: string | number | undefined;
  options: FilterOption[];
};

/** A labelled select whose first option means "no filter". */
export const FilterSelect = async ({ name, label, value, options }: FilterSelectProps) => {
  const t = await getTranslations('Filters');
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value === undefined ? '' : String(value)}
        className="rounded border border-slate-500 bg-white px-2 py-1.5"
      >
        <option value="">{t('all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};
