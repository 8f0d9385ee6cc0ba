import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';

/** The language the user signed in with: the jobs that mail them write in it. */
export const rememberUserLocale = async (userId: string, locale: AppLocale) => {
  await prisma.user.updateMany({
    where: { id: userId, OR: [{ locale: null }, { locale: { not: locale } }] },
    data: { locale },
  });
};
