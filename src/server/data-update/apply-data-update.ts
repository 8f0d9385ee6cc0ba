import { Prisma } from '@/generated/prisma/client';

import type { Db, IdResolver } from './entity-adapter';
import { adapterFor } from './entity-adapters';
import type { EntityState, EntityType } from './entity-state';
import { type FieldValue, type FieldValues, hashValue, sameValue } from './field-values';
import { moveNotesToStaff } from './move-notes-to-staff';
import { recordSystemAudit } from './record-system-audit';

export type ApplyDataUpdateOptions = {
  /** Every row the data describes (buildDesiredState()). */
  desired: EntityState[];
  /** What the first seed wrote, for databases seeded before the update existed. */
  legacy: EntityState[];
  /** `seed`: a fresh database, filled without audit rows. */
  mode: 'seed' | 'update';
  log?: (line: string) => void;
};

export type DataUpdateResult = {
  created: number;
  /** Rows with at least one field corrected. */
  updated: number;
  fieldsWritten: number;
  /** Fields an editor changed that the data would correct: queued for review. */
  proposed: number;
  notesMoved: number;
  /** Rows the data describes that an editor deleted: left deleted. */
  skipped: string[];
};

type Seeded = Map<string, { value: FieldValue; entityId: string }>;

const rowKey = (type: string, key: string) => `${type}\u0000${key}`;

/** JSON null, not SQL NULL: "the data says empty" is a value like any other. */
const toJson = (value: FieldValue | undefined) =>
  value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);

/**
 * Brings the database in step with prisma/data, field by field, and remembers what it wrote
 * (SeededValue). A field still holding what the seed or the last update wrote is corrected; a field
 * an editor changed is left as it is, and the correction waits in the review queue (DataProposal).
 * Idempotent: a second run with the same data changes nothing.
 */
export const applyDataUpdate = async (
  db: Db,
  { desired, legacy, mode, log = () => {} }: ApplyDataUpdateOptions,
): Promise<DataUpdateResult> => {
  const audit = mode === 'update';
  const result: DataUpdateResult = {
    created: 0,
    updated: 0,
    fieldsWritten: 0,
    proposed: 0,
    notesMoved: await moveNotesToStaff(db, { audit }),
    skipped: [],
  };

  const seededRows = await db.seededValue.findMany();
  const seeded = new Map<string, Seeded>();
  for (const row of seededRows) {
    const k = rowKey(row.entityType, row.entityKey);
    if (!seeded.has(k)) seeded.set(k, new Map());
    seeded.get(k)!.set(row.field, { value: row.value as FieldValue, entityId: row.entityId });
  }
  const legacyFields = new Map(
    legacy.map((state) => [rowKey(state.type, state.key), state.fields]),
  );
  const ids = new Map<string, string>();
  const resolver: IdResolver = { idOf: (type, key) => ids.get(rowKey(type, key)) };

  const remember = (state: EntityState, entityId: string, field: string, value: FieldValue) =>
    db.seededValue.upsert({
      where: {
        entityType_entityKey_field: { entityType: state.type, entityKey: state.key, field },
      },
      create: {
        entityType: state.type,
        entityKey: state.key,
        field,
        entityId,
        value: toJson(value),
      },
      update: { entityId, value: toJson(value) },
    });

  const locate = async (state: EntityState, tracked: Seeded | undefined) => {
    const adapter = adapterFor(state.type);
    const trackedId = tracked?.values().next().value?.entityId;
    if (trackedId) {
      const current = await adapter.read(db, trackedId);
      if (current) return { id: trackedId, current };
    }
    const id = await adapter.findIdByKey(db, state.key, resolver);
    const current = id ? await adapter.read(db, id) : null;
    return id && current ? { id, current } : null;
  };

  for (const state of desired) {
    const adapter = adapterFor(state.type);
    const k = rowKey(state.type, state.key);
    const tracked = seeded.get(k);
    const before = legacyFields.get(k);
    const found = await locate(state, tracked);

    if (!found) {
      if (tracked || before) {
        // Seeded once and gone now: an editor deleted it, and it stays deleted.
        result.skipped.push(`${state.type} ${state.key}`);
        continue;
      }
      const id = await adapter.create(db, state, resolver);
      if (!id) {
        result.skipped.push(`${state.type} ${state.key} (its parent is missing)`);
        continue;
      }
      ids.set(k, id);
      for (const [field, value] of Object.entries(state.fields)) {
        await remember(state, id, field, value);
      }
      if (audit) {
        await recordSystemAudit(db, {
          action: 'data.update',
          entityType: adapter.auditType,
          entityId: id,
          before: null,
          after: state.fields,
        });
      }
      result.created += 1;
      continue;
    }

    const { id, current } = found;
    ids.set(k, id);
    // What was written last: the update's own record, else the first seed's value (which left
    // every field it did not write empty). A row the update created but a field it never wrote
    // (one the data gained later, such as subdivisionCode) was left empty too. Unknown for a row
    // neither of them wrote.
    const baseline = (field: string): FieldValue | undefined =>
      tracked?.has(field)
        ? tracked.get(field)!.value
        : before
          ? (before[field] ?? null)
          : tracked
            ? null
            : undefined;
    const fields = new Set([
      ...Object.keys(state.fields),
      // A field the data used to set and no longer does is cleared (e.g. a wrong English name).
      ...[...(tracked?.entries() ?? [])].filter(([, v]) => v.value !== null).map(([f]) => f),
      ...Object.entries(before ?? {})
        .filter(([, v]) => v !== null)
        .map(([f]) => f),
    ]);
    const writes: FieldValues = {};
    const was: FieldValues = {};
    for (const field of fields) {
      const wanted = state.fields[field] ?? null;
      const now = current[field] ?? null;
      const last = baseline(field);
      if (sameValue(now, wanted)) {
        if (!tracked?.has(field) || !sameValue(last, wanted))
          await remember(state, id, field, wanted);
      } else if (last !== undefined && sameValue(last, wanted)) {
        // An editor's change to a field the data did not change: theirs to keep.
      } else if (last !== undefined && sameValue(now, last)) {
        writes[field] = wanted;
        was[field] = now;
      } else {
        const proposal = {
          entityType: state.type,
          entityKey: state.key,
          field,
          proposedHash: hashValue(wanted),
        };
        const exists = await db.dataProposal.findUnique({
          where: { entityType_entityKey_field_proposedHash: proposal },
          select: { id: true },
        });
        if (exists) continue;
        const created = await db.dataProposal.create({
          data: {
            ...proposal,
            entityId: id,
            currentValue: toJson(now),
            proposedValue: toJson(wanted),
            seededValue: toJson(last),
          },
        });
        await recordSystemAudit(db, {
          action: 'data.propose',
          entityType: 'dataProposal',
          entityId: created.id,
          before: null,
          after: {
            entityType: state.type,
            entityKey: state.key,
            field,
            current: now,
            proposed: wanted,
          },
        });
        result.proposed += 1;
      }
    }
    if (Object.keys(writes).length === 0) continue;
    await adapter.write(db, id, writes);
    for (const [field, value] of Object.entries(writes)) await remember(state, id, field, value);
    if (audit) {
      await recordSystemAudit(db, {
        action: 'data.update',
        entityType: adapter.auditType,
        entityId: id,
        before: was,
        after: writes,
      });
    }
    result.updated += 1;
    result.fieldsWritten += Object.keys(writes).length;
  }
  log(
    `Data update: ${result.created} created, ${result.updated} corrected (${result.fieldsWritten} fields), ` +
      `${result.proposed} queued for review, ${result.notesMoved} research notes moved to staff notes` +
      (result.skipped.length ? `; left deleted: ${result.skipped.join(', ')}` : '') +
      '.',
  );
  return result;
};

export type { EntityType };
