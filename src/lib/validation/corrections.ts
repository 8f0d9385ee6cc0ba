import { z } from 'zod';

import { CorrectionStatus, CorrectionTarget } from '@/generated/prisma/enums';
import type { CountryFact, Fact, MechanismFact } from '@/lib/facts';

import {
  zCheckbox,
  zOptionalEmail,
  zOptionalHttpUrl,
  zOptionalText,
  zOptionalYear,
  zRequiredDate,
  zRequiredText,
} from './form-fields';
import { zOptionalParam } from './search-params';
import { ZSourceSchema } from './sources';

export type TCorrectionEntityType = CorrectionTarget;

/** How a correctable field's value is checked when an editor applies it. */
export type TCorrectionFieldKind = 'date' | 'year' | 'url' | 'email' | 'text' | 'other';

type FieldSpec = { kind: TCorrectionFieldKind; max?: number };

/**
 * The facts a visitor may correct, per entity type, in the order the form lists them. All but
 * `other` are simple columns of the country or mechanism row, which accepting applies through the
 * content lifecycle; `other` (a name, a status, a text…) is described in words and applied by an
 * editor by hand. `max` repeats the editors' form limit for that column.
 */
export const CORRECTION_FIELDS = {
  country: {
    catRatifiedOn: { kind: 'date' },
    opcatSignedOn: { kind: 'date' },
    opcatRatifiedOn: { kind: 'date' },
    npmPostponedTo: { kind: 'date' },
    other: { kind: 'other' },
  },
  mechanism: {
    website: { kind: 'url' },
    email: { kind: 'email' },
    phone: { kind: 'text', max: 100 },
    address: { kind: 'text', max: 500 },
    acronym: { kind: 'text', max: 100 },
    legalBasisDate: { kind: 'date' },
    designatedOn: { kind: 'date' },
    designatedYear: { kind: 'year' },
    other: { kind: 'other' },
  },
} as const satisfies Record<TCorrectionEntityType, Record<string, FieldSpec>>;

export type TCorrectionField<T extends TCorrectionEntityType = TCorrectionEntityType> =
  T extends TCorrectionEntityType ? keyof (typeof CORRECTION_FIELDS)[T] & string : never;

/**
 * The displayed fact (src/lib/facts.ts) each simple field is: accepting a correction of the field
 * cites the correction's source for that fact. `other` has none (an editor applies it by hand).
 */
export const CORRECTION_FACTS = {
  country: {
    catRatifiedOn: 'cat',
    opcatSignedOn: 'opcatSigned',
    opcatRatifiedOn: 'opcatRatified',
    npmPostponedTo: 'art24',
  },
  mechanism: {
    website: 'website',
    email: 'email',
    phone: 'phone',
    address: 'address',
    acronym: 'name',
    legalBasisDate: 'legalBasis',
    designatedOn: 'designation',
    designatedYear: 'designation',
  },
} as const satisfies {
  country: Record<Exclude<TCorrectionField<'country'>, 'other'>, CountryFact>;
  mechanism: Record<Exclude<TCorrectionField<'mechanism'>, 'other'>, MechanismFact>;
};

/** The fact a stored correction's field is; null for `other` and for a field no longer listed. */
export const correctionFact = (entityType: TCorrectionEntityType, field: string): Fact | null =>
  (Object.entries(CORRECTION_FACTS[entityType]) as [string, Fact][]).find(
    ([name]) => name === field,
  )?.[1] ?? null;

export const correctionFieldNames = <T extends TCorrectionEntityType>(entityType: T) =>
  Object.keys(CORRECTION_FIELDS[entityType]) as [TCorrectionField<T>, ...TCorrectionField<T>[]];

/** A stored correction's field as the allow-list defines it; null if it is not (or no longer) there. */
export const correctionFieldSpec = (entityType: TCorrectionEntityType, field: string) =>
  (Object.entries(CORRECTION_FIELDS[entityType]) as [string, FieldSpec][]).find(
    ([name]) => name === field,
  )?.[1] ?? null;

/** An http(s) address that must be given. */
const zRequiredHttpUrl = () => zOptionalHttpUrl().pipe(z.string({ error: 'required' }));

const zProposeCorrection = <T extends TCorrectionEntityType>(entityType: T) =>
  z.object({
    field: z.enum(correctionFieldNames(entityType), { error: 'invalidChoice' }),
    proposedValue: zRequiredText(1000),
    sourceUrl: zRequiredHttpUrl(),
    /** Never published: only to tell the sender the outcome, then deleted. */
    contactEmail: zOptionalEmail(),
  });

/** A visitor's correction, per entity type: the field must be one of that type's. */
export const PROPOSE_CORRECTION_SCHEMAS = {
  country: zProposeCorrection('country'),
  mechanism: zProposeCorrection('mechanism'),
} as const;

export type TProposeCorrectionSchema = z.infer<
  (typeof PROPOSE_CORRECTION_SCHEMAS)[TCorrectionEntityType]
>;

/** What the action is bound to: the page's entity type and slug (still input, so checked). */
export const ZCorrectionTargetSchema = z.object({
  entityType: z.enum(CorrectionTarget),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(120),
});

/** Query string of the public form: a fact to preselect, and `sent=1` after sending. */
export const ZCorrectionPageQuerySchema = z.object({
  field: zOptionalParam(z.string().max(50)),
  sent: zOptionalParam(z.literal('1')),
});

/** The value an editor applies, checked as the editors' own form checks that column. */
export const zCorrectionValue = ({ kind, max }: FieldSpec): z.ZodType => {
  switch (kind) {
    case 'date':
      return zRequiredDate();
    case 'year':
      return zOptionalYear().pipe(z.number({ error: 'required' }));
    case 'url':
      return zRequiredHttpUrl();
    case 'email':
      return zOptionalEmail().pipe(z.string({ error: 'required' }));
    case 'text':
      return zRequiredText(max ?? 500);
    case 'other':
      return z.unknown();
  }
};

/**
 * The review form's inputs when accepting a simple field: the value, checked for the field, and,
 * when the correction's address is not yet a source record, the new record's title (public pages
 * show a source by its title, never by its address) and optional publisher.
 */
export const zAcceptCorrectionForm = (spec: FieldSpec, { newSource }: { newSource: boolean }) => {
  const value = z.object({ value: zCorrectionValue(spec) });
  if (!newSource) return value;
  return value.extend({
    sourceTitle: z.preprocess(
      (title) => title ?? '',
      z.string().trim().min(1, { error: 'sourceTitleRequired' }).max(500, { error: 'tooLong' }),
    ),
    sourcePublisher: ZSourceSchema.shape.publisher,
  });
};

export const CORRECTION_DECISIONS = ['accept', 'reject'] as const;

/** The editor's review form; the value to apply is checked per field (zCorrectionValue). */
export const ZReviewCorrectionSchema = z.object({
  decision: z.enum(CORRECTION_DECISIONS, { error: 'invalidChoice' }),
  note: zOptionalText(2000),
  notify: zCheckbox(),
  entityVersion: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).optional().catch(undefined),
  ),
  value: z.string().max(5000, { error: 'tooLong' }).optional(),
  /** Checked with the value (zAcceptCorrectionForm) when they are needed. */
  sourceTitle: zOptionalText(500),
  sourcePublisher: zOptionalText(300),
});
export type TReviewCorrectionSchema = z.infer<typeof ZReviewCorrectionSchema>;

/** Notices after a review: the decision, and whether the sender was told by e-mail. */
export const CORRECTION_DONE_KEYS = [
  'accepted',
  'acceptedNotified',
  'rejected',
  'rejectedNotified',
  'notified',
  'addressDeleted',
  'mailFailed',
] as const;
export type TCorrectionDoneKey = (typeof CORRECTION_DONE_KEYS)[number];

/** Query string of the back-office queue: which status to list, and the notice after a review. */
export const ZCorrectionQueueQuerySchema = z.object({
  status: zOptionalParam(z.enum(CorrectionStatus)).transform((v) => v ?? 'PENDING'),
  done: zOptionalParam(z.enum(CORRECTION_DONE_KEYS)),
});
