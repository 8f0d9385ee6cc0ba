import type { DatePrecision } from '@/generated/prisma/client';
import type { CitedEntityType } from '@/lib/facts';

import type { Db, EntityAdapter, IdResolver } from './entity-adapter';
import { asText, asTextList, type FieldValues, fromIsoDay, toIsoDay } from './field-values';

const isCitedEntityType = (value: string | undefined): value is CitedEntityType =>
  value === 'country' || value === 'mechanism';

/** `mechanism:argentina-npm:website` → its parts. */
const parseKey = (key: string) => {
  const [entityType, ...rest] = key.split(':');
  const fact = rest.pop();
  if (!isCitedEntityType(entityType) || !fact || rest.length === 0) {
    throw new Error(`Not a citation key: ${key}`);
  }
  return { entityType, entityKey: rest.join(':'), fact };
};

const parentId = (key: string, ids: IdResolver) => {
  const { entityType, entityKey, fact } = parseKey(key);
  return { entityType, fact, entityId: ids.idOf(entityType, entityKey) };
};

/** Source keys from the data, or `id:<id>` for sources editors added. */
export const sourceRef = (source: { id: string; key: string | null }) =>
  source.key ?? `id:${source.id}`;

const sourceIds = async (db: Db, refs: string[]) => {
  const keys = refs.filter((ref) => !ref.startsWith('id:'));
  const byKey = await db.source.findMany({ where: { key: { in: keys } }, select: { id: true } });
  const missing = keys.length - byKey.length;
  if (missing > 0)
    throw new Error(`Citation names ${missing} unknown source key(s): ${keys.join(', ')}`);
  return [
    ...byKey.map(({ id }) => ({ id })),
    ...refs.filter((ref) => ref.startsWith('id:')).map((ref) => ({ id: ref.slice(3) })),
  ];
};

const toData = async (db: Db, values: FieldValues) => ({
  ...('sources' in values && { sources: { set: await sourceIds(db, asTextList(values.sources)) } }),
  ...('verifiedOn' in values && { verifiedOn: fromIsoDay(values.verifiedOn) }),
  ...('verifiedPrecision' in values && {
    verifiedPrecision: (asText(values.verifiedPrecision) ?? 'DAY') as DatePrecision,
  }),
});

export const citationAdapter: EntityAdapter = {
  auditType: 'factCitation',
  findIdByKey: async (db, key, ids) => {
    const { entityType, entityId, fact } = parentId(key, ids);
    if (!entityId) return null;
    const row = await db.factCitation.findUnique({
      where: { entityType_entityId_fact: { entityType, entityId, fact } },
      select: { id: true },
    });
    return row?.id ?? null;
  },
  read: async (db, id) => {
    const row = await db.factCitation.findUnique({
      where: { id },
      include: { sources: { select: { id: true, key: true } } },
    });
    if (!row) return null;
    return {
      // Citations are sets: compared and stored sorted.
      sources: row.sources.map(sourceRef).sort(),
      verifiedOn: toIsoDay(row.verifiedOn),
      verifiedPrecision: row.verifiedPrecision,
    };
  },
  create: async (db, state, ids) => {
    const { entityType, entityId, fact } = parentId(state.key, ids);
    if (!entityId) return null;
    const { sources, ...rest } = await toData(db, state.fields);
    const row = await db.factCitation.create({
      data: {
        entityType,
        entityId,
        fact,
        ...rest,
        ...(sources && { sources: { connect: sources.set } }),
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    await db.factCitation.update({ where: { id }, data: await toData(db, values) });
  },
};
