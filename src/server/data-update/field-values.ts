// The data update compares values of any managed field (a date, an enum, a text, a list of source
// keys) in one JSON form, so "the same value" means the same thing for every field.
import { createHash } from 'node:crypto';

export type FieldValue =
  null | string | number | boolean | FieldValue[] | { [key: string]: FieldValue };

export type FieldValues = Record<string, FieldValue>;

/** JSON with object keys sorted, so equal values always serialise the same way. */
export const stableJson = (value: FieldValue | undefined): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

export const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  stableJson(a) === stableJson(b);

export const hashValue = (value: FieldValue | undefined) =>
  createHash('sha256').update(stableJson(value)).digest('hex');

/** `@db.Date` columns as the data files write them: YYYY-MM-DD, or null. */
export const toIsoDay = (date: Date | null | undefined): string | null =>
  date ? date.toISOString().slice(0, 10) : null;

export const fromIsoDay = (value: FieldValue | undefined): Date | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new Error(`Not a YYYY-MM-DD date: ${stableJson(value)}`);
  }
  return new Date(`${value}T00:00:00.000Z`);
};

export const asText = (value: FieldValue | undefined): string | null =>
  typeof value === 'string' ? value : null;

export const asNumber = (value: FieldValue | undefined): number | null =>
  typeof value === 'number' ? value : null;

export const asTextList = (value: FieldValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
