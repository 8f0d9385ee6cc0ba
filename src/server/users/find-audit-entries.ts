import 'server-only';

import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';

export const AUDIT_PAGE_SIZE = 50;

export type FindAuditEntriesOptions = { actor: Actor; page: number; action?: string };

/** One page of the audit log, newest first; `action` filters by prefix (`auth.`, `document.`). */
export const findAuditEntries = async ({ actor, page, action }: FindAuditEntriesOptions) => {
  assertPermission(actor, 'audit.read');
  const where = action ? { action: { startsWith: action } } : {};
  const [total, entries] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
};

export type AuditEntry = Awaited<ReturnType<typeof findAuditEntries>>['entries'][number];
