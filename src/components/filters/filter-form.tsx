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
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t('apply')}
        </button>
        <Link href={pathname} className="inline-flex min-h-6 items-center text-brand-700 underline">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
};

export type FilterOption = {
  value: string;
  label: string;
  /** The language `label` is written in, when it may differ from the page's (a fallback name). */
  labelLocale?: string;
};

/** Options shown under a heading (`<optgroup>`), e.g. mechanisms by country. */
export type FilterOptionGroup = { group: string; options: FilterOption[] };

export type FilterSelectProps = {
  name: string;
  label: string;
  value: string | number | undefined;
  options: (FilterOption | FilterOptionGroup)[];
  /**
   * The first option, meaning "no filter" ("All" unless given); null for a select that always has
   * a value, such as a sort order.
   */
  allOption?: string | null;
  /** A line under the select that says more about it. */
  hint?: string;
};

/** A labelled select whose first option means "no filter". */
export const FilterSelect = async ({
  name,
  label,
  value,
  options,
  allOption,
  hint,
}: FilterSelectProps) => {
  const [t, locale] = await Promise.all([getTranslations('Filters'), getLocale()]);
  const id = `filter-${name}`;
  const toOption = (option: FilterOption) => (
    <option
      key={option.value}
      value={option.value}
      lang={option.labelLocale !== locale ? option.labelLocale : undefined}
    >
      {option.label}
    </option>
  );
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value === undefined ? '' : String(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        // Full width, not its longest option's: a long theme name would push a narrow grid wider.
        className="w-full rounded border border-slate-500 bg-white px-2 py-1.5"
      >
        {allOption !== null && <option value="">{allOption ?? t('all')}</option>}
        {options.map((item) =>
          'group' in item ? (
            <optgroup key={item.group} label={item.group}>
              {item.options.map(toOption)}
            </optgroup>
          ) : (
            toOption(item)
          ),
        )}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
};
