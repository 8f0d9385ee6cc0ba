import { z } from 'zod';

import { EventKind } from '@/generated/prisma/enums';
import { routing } from '@/i18n/routing';

import { zOptionalParam, ZSlugSchema } from './search-params';

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
