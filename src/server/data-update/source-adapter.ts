import type { EntityAdapter } from './entity-adapter';
import { asText, fromIsoDay, toIsoDay } from './field-values';

export const sourceAdapter: EntityAdapter = {
  auditType: 'source',
  findIdByKey: async (db, key) =>
    (await db.source.findUnique({ where: { key }, select: { id: true } }))?.id ?? null,
  read: async (db, id) => {
    const row = await db.source.findUnique({ where: { id } });
    if (!row) return null;
    return {
      title: row.title,
      publisher: row.publisher,
      url: row.url,
      lang: row.lang,
      accessedOn: toIsoDay(row.accessedOn),
    };
  },
  create: async (db, state) => {
    const { fields } = state;
    const row = await db.source.create({
      data: {
        key: state.key,
        title: asText(fields.title) ?? state.key,
        publisher: asText(fields.publisher),
        url: asText(fields.url),
        lang: asText(fields.lang),
        accessedOn: fromIsoDay(fields.accessedOn),
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    const data: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) {
      data[field] = field === 'accessedOn' ? fromIsoDay(value) : asText(value);
    }
    // A title cannot be empty; the data never removes one.
    if (data.title === null) delete data.title;
    await db.source.update({ where: { id }, data });
  },
};
