import type { Db } from './entity-adapter';
import type { FieldValue } from './field-values';

export type SystemAuditOptions = {
  /** `data.update` for a change, `data.propose` for a queued proposal. */
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, FieldValue> | null;
  after: Record<string, FieldValue> | null;
};

/**
 * An audit row for a change made by the data update, not by a person: no actor. (The data update
 * also runs outside Next.js, in `npm start`, so it writes the row itself.)
 */
export const recordSystemAudit = (
  db: Db,
  { action, entityType, entityId, before, after }: SystemAuditOptions,
) =>
  db.auditLog.create({
    data: {
      actorId: null,
      actorEmail: null,
      action,
      entityType,
      entityId,
      ...(before && { before }),
      ...(after && { after }),
    },
  });
