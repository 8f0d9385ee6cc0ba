import { z } from 'zod';

/** A page's query string as Next.js hands it over. */
export type TSearchParams = Record<string, string | string[] | undefined>;

// `?a=1&a=2` arrives as an array and an emptied select as '': keep the first value, drop blanks.
const firstValue = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const trimmed = first.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** An optional query-string filter: an invalid value is dropped, never an error page. */
export const zOptionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(firstValue, schema.optional()).catch(undefined);

export const ZSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
