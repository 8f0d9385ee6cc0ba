import { getLocale } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { Href } from '@/i18n/navigation';

export type ActiveFilter<K extends string = string> = {
  /** The query parameter. */
  key: K;
  /** The filter's name, e.g. "Country". */
  label: string;
  /** The applied value as shown, e.g. "Brazil". */
  value: string;
  /** The language `value` is written in, when it may differ from the page's (a fallback name). */
  valueLocale?: string;
};

export type ActiveFiltersProps<K extends string> = {
  /** The heading's id, which names the section. */
  id: string;
  heading: string;
  filters: ActiveFilter<K>[];
  /** The same page without the filters `keys`. */
  hrefWithout: (keys: K[]) => Href;
  /** What each remove link shows ("×" unless given); screen readers read `removeLabel` instead. */
  removeMark?: string;
  /** The remove link's accessible name, e.g. "Remove the filter Country: Brazil". */
  removeLabel: (filter: ActiveFilter<K>) => string;
  /** The link that removes them all, shown with two filters or more. */
  clearAllLabel: string;
};

export type RemoveFilterLinkProps = {
  href: Href;
  /** What the link shows ("×" unless given); hidden from screen readers, which read `label`. */
  mark?: string;
  label: string;
  /** Spacing around the link. */
  className: string;
};

/** A link that removes a filter: it shows `mark` and is named `label`; 24 × 24 px at least. */
export const RemoveFilterLink = ({ href, mark = '×', label, className }: RemoveFilterLinkProps) => (
  <Link
    href={href}
    className={`${className} inline-flex min-h-6 min-w-6 items-center justify-center text-brand-700 underline`}
  >
    <span aria-hidden="true">{mark}</span>
    <span className="sr-only">{label}</span>
  </Link>
);

/** Each applied filter with a link that removes it, and one that removes them all. */
export const ActiveFilters = async <K extends string>({
  id,
  heading,
  filters,
  hrefWithout,
  removeMark,
  removeLabel,
  clearAllLabel,
}: ActiveFiltersProps<K>) => {
  if (filters.length === 0) return null;
  const locale = await getLocale();

  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-sm font-semibold text-slate-700">
        {heading}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li
            key={filter.key}
            className="rounded-full border border-brand-700 bg-brand-50 px-3 py-0.5 text-sm"
          >
            {filter.label}:{' '}
            <strong lang={filter.valueLocale !== locale ? filter.valueLocale : undefined}>
              {filter.value}
            </strong>{' '}
            <RemoveFilterLink
              href={hrefWithout([filter.key])}
              mark={removeMark}
              label={removeLabel(filter)}
              className="ml-1"
            />
          </li>
        ))}
        {filters.length > 1 && (
          <li className="px-1 text-sm">
            <Link
              href={hrefWithout(filters.map((filter) => filter.key))}
              className="inline-flex min-h-6 items-center text-brand-700 underline"
            >
              {clearAllLabel}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
};
