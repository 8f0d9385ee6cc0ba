import { z } from 'zod';

import { DatePrecision, EventKind } from '@/generated/prisma/enums';
import { routing } from '@/i18n/routing';

import {
  zCheckbox,
  zEnum,
  zIdList,
  zLocale,
  zOptionalDate,
  zOptionalId,
  zOptionalSlug,
  zOptionalText,
  zRequiredDate,
  zSourceLines,
  zVersion,
} from './form-fields';
import { zOptionalParam, ZSlugSchema } from './search-params';
import { checkTranslations, zTranslations } from './translations';

/** Query string of the events page. Invalid values are dropped, so the page never fails. */
export const ZEventListQuerySchema = z.object({
  country: zOptionalParam(ZSlugSchema),
  kind: zOptionalParam(z.enum(EventKind)),
  year: zOptionalParam(z.coerce.number().int().min(1900).max(2200)),
  /** Page of the past events, which grow without bound; upcoming ones are always all shown. */
  page: zOptionalParam(z.coerce.number().int().min(1).max(100_000)),
});

export type TEventListQuerySchema = z.infer<typeof ZEventListQuerySchema>;

/** Query string of an event's .ics download: the language of its title and summary. */
export const ZEventIcsQuerySchema = z.object({
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

export type TEventIcsQuerySchema = z.infer<typeof ZEventIcsQuerySchema>;

export const EVENT_TRANSLATED_FIELDS = ['title', 'summary', 'organisers'] as const;

const ZEventFields = z.object({
  slug: zOptionalSlug(),
  kind: zEnum(EventKind),
  originalLocale: zLocale(),
  startsOn: zRequiredDate(),
  endsOn: zOptionalDate(),
  datePrecision: zEnum(DatePrecision),
  city: zOptionalText(200),
  countryId: zOptionalId(),
  online: zCheckbox(),
  sources: zSourceLines(),
  translations: zTranslations({
    title: zOptionalText(300),
    summary: zOptionalText(5000),
    organisers: zOptionalText(1000),
  }),
  mechanismIds: zIdList(),
  documentIds: zIdList(),
});

type EventFields = Partial<z.infer<typeof ZEventFields>>;

const checkEvent = (data: EventFields, ctx: z.RefinementCtx) => {
  checkTranslations(data.translations, data.originalLocale, 'title', ctx);
  if (data.startsOn && data.endsOn && data.endsOn < data.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endBeforeStart' });
  }
};

export const ZCreateEventSchema = ZEventFields.superRefine(checkEvent);
export type TCreateEventSchema = z.infer<typeof ZCreateEventSchema>;

export const ZUpdateEventSchema = ZEventFields.extend({ version: zVersion() }).superRefine(
  checkEvent,
);
export type TUpdateEventSchema = z.infer<typeof ZUpdateEventSchema>;
