import { z } from 'zod';

import { Locale } from '@/generated/prisma/enums';

/** The languages every translated field is edited in, in the order the forms show them. */
export const FORM_LOCALES = ['es', 'pt', 'en'] as const;
export type TFormLocale = (typeof FORM_LOCALES)[number];

/**
 * Message keys of `AdminForm.errors`: schemas carry keys, and the server action turns them into
 * sentences in the editor's language.
 */
export const FORM_ERROR_KEYS = [
  'invalid',
  'required',
  'tooLong',
  'invalidUrl',
  'invalidEmail',
  'invalidDate',
  'invalidSlug',
  'invalidYear',
  'invalidChoice',
  'invalidCode',
  'endBeforeStart',
  'titleRequiredForLanguage',
  'slugTaken',
  'requiresParty',
  'sourceTitleRequired',
  'pageRequired',
  'fileTooLarge',
] as const;
export type TFormErrorKey = (typeof FORM_ERROR_KEYS)[number];

/** Whether a validation message is one of the form error keys (messages AdminForm.errors). */
export const isFormErrorKey = (message: string): message is TFormErrorKey =>
  (FORM_ERROR_KEYS as readonly string[]).includes(message);

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A single-line text that may be left empty (→ null). */
export const zOptionalText = (max = 500) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: 'tooLong' })
      .nullish()
      .transform((v) => v ?? null),
  );

/** A text that must be filled. */
export const zRequiredText = (max = 500) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? '' : value),
    z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .max(max, { error: 'tooLong' }),
  );

/** Only http(s) addresses: `javascript:` and other schemes never reach a link on a public page. */
export const zOptionalHttpUrl = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(2000, { error: 'tooLong' })
      .refine(
        (value) => {
          try {
            const url = new URL(value);
            return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
          } catch {
            return false;
          }
        },
        { error: 'invalidUrl' },
      )
      .nullish()
      .transform((v) => v ?? null),
  );

export const zOptionalEmail = () =>
  z.preprocess(
    blankToUndefined,
    z
      .email({ error: 'invalidEmail' })
      .max(320, { error: 'tooLong' })
      .nullish()
      .transform((v) => v ?? null),
  );

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A calendar date from `<input type="date">` (YYYY-MM-DD), stored at UTC midnight. */
const zIsoDate = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate', abort: true })
  // Round-trip check: `new Date` would quietly turn 30 February into 1 March.
  .refine(isRealDate, { error: 'invalidDate', abort: true })
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

export const zRequiredDate = () =>
  z
    .preprocess((value) => (value === undefined || value === null ? '' : value), zIsoDate)
    .pipe(z.date());

export const zOptionalDate = () =>
  z.preprocess(
    blankToUndefined,
    zIsoDate.nullish().transform((v) => v ?? null),
  );

export const zOptionalYear = () =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'invalidYear' })
      .int({ error: 'invalidYear' })
      .min(1900, { error: 'invalidYear' })
      .max(2100, { error: 'invalidYear' })
      .nullish()
      .transform((v) => v ?? null),
  );

/** Lowercase words joined by hyphens; empty means "make one from the title". */
export const zOptionalSlug = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalidSlug' })
      .max(100, { error: 'tooLong' })
      .optional(),
  );

export const zEnum = <const T extends Record<string, string>>(values: T) =>
  z.enum(values, { error: 'invalidChoice' });

/** A `<select>` of enum values whose empty option means "not recorded" (→ null). */
export const zOptionalEnum = <const T extends Record<string, string>>(values: T) =>
  z.preprocess(
    blankToUndefined,
    zEnum(values)
      .nullish()
      .transform((v) => v ?? null),
  );

export const zLocale = () => zEnum(Locale);

/** A `<select>` whose empty option means "none". */
export const zOptionalId = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
  );

/** Checked boxes of a group: absent (none), one value or several. */
export const zIdList = () =>
  z.preprocess(
    (value): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().min(1).max(100)).max(500),
  );

/** A checkbox: present ("on") or absent. */
export const zCheckbox = () =>
  z.preprocess((value) => value === 'on' || value === true, z.boolean());

/** One source per line (a citation or an address), blank lines dropped. */
export const zSourceLines = () =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
    z.array(z.string().max(2000, { error: 'tooLong' })).max(100),
  );

/** The `version` the form loaded, for optimistic concurrency. */
export const zVersion = () => z.coerce.number().int().min(1);
