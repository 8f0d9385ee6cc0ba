import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { TSourceSchema } from '@/lib/validation/sources';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { inTransaction } from '@/server/db';
import { AppError } from '@/server/errors';

export type SaveSourceOptions = {
  actor: Actor;
  /** The source to change; a new one without it. */
  id?: string;
  data: TSourceSchema;
  /** The caller's transaction (a source saved with the fact it backs); its own without it. */
  db?: Prisma.TransactionClient;
};

/**
 * Creates or changes a source record, audited in the same transaction. A source from prisma/data
 * keeps its key: the data update then sees the editor's change and leaves it alone.
 */
export const saveSource = async ({ actor, id, data, db }: SaveSourceOptions) => {
  assertPermission(actor, 'content.edit');
  return inTransaction(db, async (tx) => {
    const before = id ? await tx.source.findUnique({ where: { id } }) : null;
    if (id && !before) throw new AppError('NOT_FOUND', 'source');
    const saved = id
      ? await tx.source.update({ where: { id }, data })
      : await tx.source.create({ data });
    await recordAudit({
      actor,
      action: id ? 'source.update' : 'source.create',
      entityType: 'source',
      entityId: saved.id,
      before,
      after: saved,
      db: tx,
    });
    return saved;
  });
};
