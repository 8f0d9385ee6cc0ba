import { z } from 'zod';

import { zOptionalEmail, zOptionalText, zRequiredText } from './form-fields';
import { zOptionalParam } from './search-params';

/** What a message is about, in the order the form lists them; `correction` points elsewhere. */
export const CONTACT_TOPICS = ['general', 'correction', 'technical', 'partnership'] as const;
export type TContactTopic = (typeof CONTACT_TOPICS)[number];

/** Longer than a letter needs; a longer text is not a person writing to the operators. */
export const CONTACT_MESSAGE_MAX = 5000;

/** The public contact form: an address to answer is required, a name is not. */
export const ZContactSchema = z.object({
  name: zOptionalText(200),
  email: zOptionalEmail().pipe(z.string({ error: 'required' })),
  topic: z.enum(CONTACT_TOPICS, { error: 'invalidChoice' }),
  message: zRequiredText(CONTACT_MESSAGE_MAX),
});
export type TContactSchema = z.infer<typeof ZContactSchema>;

/** Query string of the contact page: a topic to preselect, and `sent=1` after sending. */
export const ZContactPageQuerySchema = z.object({
  topic: zOptionalParam(z.enum(CONTACT_TOPICS)),
  sent: zOptionalParam(z.literal('1')),
});
