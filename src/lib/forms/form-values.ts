import { FORM_LOCALES } from '@/lib/validation/form-fields';

import type { FormValues } from './form-state';

/** `<input type="date">` value of a stored calendar date. */
export const dateValue = (date: Date | null | undefined) =>
  date ? date.toISOString().slice(0, 10) : '';

export const textValue = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** `translations.<locale>.<field>` inputs from translation rows. */
export const translationValues = (
  rows: readonly ({ locale: string } & Record<string, unknown>)[],
  fields: readonly string[],
): FormValues =>
  Object.fromEntries(
    FORM_LOCALES.flatMap((locale) => {
      const row = rows.find((r) => r.locale === locale);
      return fields.map((field) => [
        `translations.${locale}.${field}`,
        textValue(row?.[field] as string | null | undefined),
      ]);
    }),
  );

export const idValues = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

/** The inverse of nestValues: a stored proposal payload back into input names. */
export const flattenValues = (nested: unknown, prefix = ''): FormValues => {
  if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) {
    if (Array.isArray(nested)) return { [prefix]: nested.map(String) };
    return { [prefix]: textValue(nested as string | number | null) };
  }
  return Object.entries(nested).reduce<FormValues>(
    (all, [key, value]) => ({ ...all, ...flattenValues(value, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
};
