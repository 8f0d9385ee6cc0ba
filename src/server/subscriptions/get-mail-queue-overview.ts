import 'server-only';

import type { MailDeliveryStatus, MailKind } from '@/generated/prisma/client';
import type { Actor } from '@/server/auth/actor';
import { assertPermission, hasPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';

import { MAIL_QUEUES } from './mail-jobs';

export type QueueJobCount = { queue: string; state: string; count: number };

export type MailProblem = {
  id: string;
  kind: MailKind;
  status: MailDeliveryStatus;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
  /** Only for users who may see subscribers' addresses (admins); otherwise absent. */
  recipient?: string | null;
};

const PROBLEMS = 20;

// pg-boss's own tables; absent until a worker has started once.
const findJobCounts = async (): Promise<QueueJobCount[] | null> => {
  try {
    const rows = await prisma.$queryRaw<{ queue: string; state: string; count: bigint }[]>`
      SELECT name AS queue, state::text AS state, count(*) AS count
      FROM pgboss.job WHERE name = ANY(${Object.values(MAIL_QUEUES)})
      GROUP BY name, state ORDER BY name, state`;
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  } catch {
    return null;
  }
};

/**
 * The mail queue for the back office: deliveries by state, pg-boss's jobs by queue and state,
 * subscriber counts and the latest problems. Addresses only for `subscribers.read` (admins).
 */
export const getMailQueueOverview = async ({ actor }: { actor: Actor }) => {
  assertPermission(actor, 'mail.queue');
  const showAddresses = hasPermission(actor.role, 'subscribers.read');
  const [byStatus, jobs, confirmed, unconfirmed, problems] = await Promise.all([
    prisma.mailDelivery.groupBy({ by: ['status'], _count: { _all: true } }),
    findJobCounts(),
    prisma.subscriber.count({ where: { confirmedAt: { not: null } } }),
    prisma.subscriber.count({ where: { confirmedAt: null } }),
    prisma.mailDelivery.findMany({
      where: {
        OR: [
          { status: { in: ['FAILED', 'INTERRUPTED'] } },
          { status: 'PENDING', lastError: { not: null } },
        ],
      },
      orderBy: { updatedAt: 'desc' },
      take: PROBLEMS,
      select: {
        id: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        updatedAt: true,
        subscriber: showAddresses ? { select: { email: true } } : false,
        user: showAddresses ? { select: { email: true } } : false,
      },
    }),
  ]);
  const counts = Object.fromEntries(
    byStatus.map((row) => [row.status, row._count._all]),
  ) as Partial<Record<MailDeliveryStatus, number>>;
  return {
    counts,
    jobs,
    subscribers: { confirmed, unconfirmed },
    showAddresses,
    problems: problems.map(({ subscriber, user, ...problem }): MailProblem => ({
      ...problem,
      ...(showAddresses && { recipient: subscriber?.email ?? user?.email ?? null }),
    })),
  };
};
