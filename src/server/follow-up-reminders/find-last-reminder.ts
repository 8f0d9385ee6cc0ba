import 'server-only';

import { prisma } from '@/server/db';

/** When the user's latest follow-up reminder was sent, or null: for their action list. */
export const findLastReminder = async (userId: string) => {
  const last = await prisma.mailDelivery.findFirst({
    where: { userId, kind: 'FOLLOW_UP_REMINDER', status: 'SENT' },
    orderBy: { sentAt: 'desc' },
    select: { sentAt: true },
  });
  return last?.sentAt ?? null;
};
