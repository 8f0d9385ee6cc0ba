import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { diffAuditValues } from '@/server/audit/diff-audit-values';
import { findRelationLabels } from '@/server/audit/find-relation-labels';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';

export const AUDIT_PAGE_SIZE = 50;

export type FindAuditEntriesOptions = {
  actor: Actor;
  page: number;
  action?: string;
  /** The editor's language, for the names of related rows. */
  locale: AppLocale;
};

/**
 * One page of the audit log, newest first; `action` filters by prefix (`auth.`, `document.`).
 * Each entry comes with its changes field by field, and `labels` names the rows its relation
 * fields point to.
 */
export const findAuditEntries = async ({
  actor,
  page,
  action,
  locale,
}: FindAuditEntriesOptions) => {
  assertPermission(actor, 'audit.read');
  const where = action ? { action: { startsWith: action } } : {};
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const entries = rows.map((row) => ({ ...row, changes: diffAuditValues(row.before, row.after) }));
  const labels = await findRelationLabels({
    changes: entries.flatMap((entry) => entry.changes),
    locale,
  });
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries,
    labels,
  };
};

export type AuditEntry = Awaited<ReturnType<typeof findAuditEntries>>['entries'][number];
