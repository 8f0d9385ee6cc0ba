import { z } from 'zod';

import { FOLLOWED_TYPE_KEYS } from '@/lib/subscriptions/followed-types';

import { ZEmailSchema } from './auth';
import { zOptionalParam } from './search-params';

/**
 * Message keys of `Subscribe.errors`: schemas carry keys, and the server action turns them into
 * sentences in the visitor's language.
 */
export const SUBSCRIBE_ERROR_KEYS = [
  'required',
  'invalidEmail',
  'invalid',
  'chooseType',
  'tooMany',
] as const;
export type TSubscribeErrorKey = (typeof SUBSCRIBE_ERROR_KEYS)[number];

export const SUBSCRIPTION_LOCALES = ['es', 'pt', 'en'] as const;
export const SUBSCRIPTION_FREQUENCIES = ['IMMEDIATE', 'WEEKLY'] as const;

/** More choices than any list offers: a longer list is not a person using the form. */
const MAX_CHOICES = 300;

// An unticked group is absent from the form; one ticked box arrives as a string, not a list.
const asList = (value: unknown): unknown[] => {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
};

/** Ids of countries, mechanisms or themes; ids that name nothing are dropped by the server. */
const zIdList = () =>
  z.preprocess(
    asList,
    z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { error: 'invalid' }), { error: 'invalid' })
      .max(MAX_CHOICES, { error: 'tooMany' })
      .transform((ids) => [...new Set(ids)]),
  );

/** What someone follows and how; the same fields on the subscribe and the preferences forms. */
export const ZFollowSchema = z.object({
  locale: z.enum(SUBSCRIPTION_LOCALES, { error: 'invalid' }),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES, { error: 'invalid' }),
  contentTypes: z.preprocess(
    asList,
    z
      .array(z.enum(FOLLOWED_TYPE_KEYS, { error: 'invalid' }), { error: 'invalid' })
      .min(1, { error: 'chooseType' })
      .max(FOLLOWED_TYPE_KEYS.length * 2, { error: 'tooMany' })
      .transform((types) => [...new Set(types)]),
  ),
  countryIds: zIdList(),
  mechanismIds: zIdList(),
  themeIds: zIdList(),
});
export type TFollowSchema = z.infer<typeof ZFollowSchema>;

export const ZSubscribeSchema = ZFollowSchema.extend({ email: ZEmailSchema });
export type TSubscribeSchema = z.infer<typeof ZSubscribeSchema>;

/** A signed link's token (see src/server/subscriptions/subscription-token.ts). */
export const ZSubscriptionTokenSchema = z
  .string({ error: 'invalid' })
  .regex(/^[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{43}$/, { error: 'invalid' });

export const ZUpdatePreferencesSchema = ZFollowSchema.extend({ token: ZSubscriptionTokenSchema });
export type TUpdatePreferencesSchema = z.infer<typeof ZUpdatePreferencesSchema>;

/** Buttons that only carry the link's token (confirm, unsubscribe, delete). */
export const ZTokenFormSchema = z.object({ token: ZSubscriptionTokenSchema });
export type TTokenFormSchema = z.infer<typeof ZTokenFormSchema>;

/**
 * "Send me a link to my preferences": an address, answered the same whether it is known. Named
 * `address`, not `email`: it shares a page (and element ids) with the subscribe form.
 */
export const ZRequestLinkSchema = z.object({ address: ZEmailSchema });
export type TRequestLinkSchema = z.infer<typeof ZRequestLinkSchema>;

/** Notices a page shows after a redirect. */
export const SUBSCRIPTION_NOTICES = ['confirmed', 'saved', 'deleted'] as const;

/** The query of the confirm, manage and unsubscribe pages: a bad value is simply absent. */
export const ZSubscriptionPageQuerySchema = z.object({
  token: zOptionalParam(ZSubscriptionTokenSchema),
  done: zOptionalParam(z.enum(SUBSCRIPTION_NOTICES)),
});
export type TSubscriptionPageQuerySchema = z.infer<typeof ZSubscriptionPageQuerySchema>;

/** The List-Unsubscribe address's query: the token, and the language of the page to show. */
export const ZUnsubscribeQuerySchema = z.object({
  token: ZSubscriptionTokenSchema,
  lang: z.enum(SUBSCRIPTION_LOCALES).catch('es'),
});
export type TUnsubscribeQuerySchema = z.infer<typeof ZUnsubscribeQuerySchema>;

export const ZExportQuerySchema = z.object({ token: ZSubscriptionTokenSchema });
export type TExportQuerySchema = z.infer<typeof ZExportQuerySchema>;

/** A queued mail's payload, read back from the database before use. */
const ZItemRefSchema = z.object({
  type: z.enum(FOLLOWED_TYPE_KEYS),
  id: z.string().min(1).max(100),
});

export const ZItemPayloadSchema = ZItemRefSchema;
export type TItemPayloadSchema = z.infer<typeof ZItemPayloadSchema>;

export const ZDigestPayloadSchema = z.object({
  since: z.iso.datetime().transform((value) => new Date(value)),
  until: z.iso.datetime().transform((value) => new Date(value)),
  items: z.array(ZItemRefSchema).min(1).max(1000),
});
export type TDigestPayloadSchema = z.input<typeof ZDigestPayloadSchema>;

/** A mail written when it was queued (FOLLOW_UP_REMINDER): sent as it is. */
export const ZPreparedMailPayloadSchema = z.object({
  subject: z.string().min(1).max(250),
  text: z.string().min(1),
  html: z.string().min(1),
});
export type TPreparedMailPayloadSchema = z.infer<typeof ZPreparedMailPayloadSchema>;
