import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { sendPasswordLink } from '@/server/auth/send-password-link';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { logger } from '@/server/log/logger';

export type SendUserPasswordLinkOptions = { actor: Actor; id: string; locale: AppLocale };

/** An admin mails a user a new link to set their password (lost welcome mail, forgotten password). */
export const sendUserPasswordLink = async ({ actor, id, locale }: SendUserPasswordLinkOptions) => {
  assertPermission(actor, 'users.manage');
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, active: true },
  });
  if (!user) throw new AppError('NOT_FOUND', 'user');
  if (!user.active) throw new AppError('CONFLICT', 'inactive');
  try {
    await sendPasswordLink({ user, locale, purpose: 'reset' });
  } catch (error) {
    logger.error({ err: error }, 'users: password link mail failed');
    throw new AppError('CONFLICT', 'mailFailed');
  }
  await recordAudit({ actor, action: 'user.password-link', entityType: 'user', entityId: id });
  return user;
};
