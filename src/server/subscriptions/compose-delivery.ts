import 'server-only';

import { env } from '@/env';
import type { MailDelivery, Subscriber } from '@/generated/prisma/client';
import { ZDigestPayloadSchema, ZItemPayloadSchema } from '@/lib/validation/subscriptions';

import { type ComposedMail, composeMail } from './compose-mail';
import { loadMailItems } from './load-mail-items';
import { subscriptionLinks } from './subscription-links';

/** What a queued delivery is to say now, or null when there is nothing to send any more. */
export const composeDelivery = async (
  delivery: Pick<MailDelivery, 'kind' | 'payload'>,
  subscriber: Subscriber,
): Promise<(ComposedMail & { oneClick: string }) | null> => {
  const { kind, payload } = delivery;
  // Only the confirmation goes to an unconfirmed address; a confirmed one needs no other.
  if ((kind === 'CONFIRM') === Boolean(subscriber.confirmedAt)) return null;
  const links = subscriptionLinks({ subscriber });
  const { locale } = subscriber;
  let mail: ComposedMail | null;
  if (kind === 'ITEM') {
    const item = ZItemPayloadSchema.parse(payload);
    mail = composeMail({ kind, locale, links, items: await loadMailItems([item], locale) });
  } else if (kind === 'DIGEST') {
    const { since, until, items } = ZDigestPayloadSchema.parse(payload);
    mail = composeMail({
      kind,
      locale,
      links,
      items: await loadMailItems(items, locale),
      period: { since, until },
      timeZone: env.DIGEST_TIMEZONE,
    });
  } else {
    mail = composeMail({ kind, locale, links });
  }
  return mail && { ...mail, oneClick: links.oneClick };
};
