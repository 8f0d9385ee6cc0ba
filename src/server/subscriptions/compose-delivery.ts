import 'server-only';

import { env } from '@/env';
import type { MailDelivery, Subscriber, User } from '@/generated/prisma/client';
import {
  ZDigestPayloadSchema,
  ZItemPayloadSchema,
  ZPreparedMailPayloadSchema,
} from '@/lib/validation/subscriptions';

import { type ComposedMail, composeMail } from './compose-mail';
import { loadMailItems } from './load-mail-items';
import { type SubscriptionLinks, subscriptionLinks } from './subscription-links';

export type DeliveryToCompose = Pick<MailDelivery, 'kind' | 'payload'> & {
  subscriber: Subscriber | null;
  user: Pick<User, 'email' | 'active'> | null;
};

/** A mail ready to send: its recipient and, for subscription mails, the one-click unsubscribe. */
export type DeliveryMail = ComposedMail & { to: string; oneClick?: string };

const composeSubscriptionMail = async (
  { kind, payload }: Pick<MailDelivery, 'kind' | 'payload'>,
  { locale }: Subscriber,
  links: SubscriptionLinks,
): Promise<ComposedMail | null> => {
  if (kind === 'ITEM') {
    const item = ZItemPayloadSchema.parse(payload);
    return composeMail({ kind, locale, links, items: await loadMailItems([item], locale) });
  }
  if (kind === 'DIGEST') {
    const { since, until, items } = ZDigestPayloadSchema.parse(payload);
    return composeMail({
      kind,
      locale,
      links,
      items: await loadMailItems(items, locale),
      period: { since, until },
      timeZone: env.DIGEST_TIMEZONE,
    });
  }
  return composeMail({ kind, locale, links });
};

/** What a queued delivery is to say now, or null when there is nothing to send any more. */
export const composeDelivery = async (
  delivery: DeliveryToCompose,
): Promise<DeliveryMail | null> => {
  const { kind, payload, subscriber, user } = delivery;
  if (kind === 'FOLLOW_UP_REMINDER') {
    // Written when queued (src/server/follow-up-reminders/); a deactivated account gets nothing.
    if (!user?.active) return null;
    return { ...ZPreparedMailPayloadSchema.parse(payload), to: user.email };
  }
  if (!subscriber) return null;
  // Only the confirmation goes to an unconfirmed address; a confirmed one needs no other.
  if ((kind === 'CONFIRM') === Boolean(subscriber.confirmedAt)) return null;
  const links = subscriptionLinks({ subscriber });
  const mail = await composeSubscriptionMail(delivery, subscriber, links);
  return mail && { ...mail, to: subscriber.email, oneClick: links.oneClick };
};
