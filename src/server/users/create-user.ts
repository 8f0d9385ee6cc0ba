import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TCreateUserSchema } from '@/lib/validation/users';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { sendPasswordLink } from '@/server/auth/send-password-link';
import { logger } from '@/server/log/logger';

import { insertUser } from './insert-user';

export type CreateUserOptions = TCreateUserSchema & {
  actor: Actor;
  /** Language of the welcome mail. */
  locale: AppLocale;
};

/**
 * An admin creates an account; the new user gets a mail with a link to choose their own password,
 * so no admin ever knows it. `mailed` is false when the mail server refused the message.
 */
export const createUser = async ({ actor, locale, ...values }: CreateUserOptions) => {
  assertPermission(actor, 'users.manage');
  const user = await insertUser({ auditActor: actor, ...values });
  try {
    await sendPasswordLink({ user, locale, purpose: 'welcome' });
    return { user, mailed: true };
  } catch (error) {
    // The account exists either way; the admin can send the link again from the list.
    logger.error({ err: error }, 'users: welcome mail failed');
    return { user, mailed: false };
  }
};
