import { UNKNOWN_TABLES } from './table-reads';

/** The part of Prisma's runtime data model needed to follow relations. */
export type DataModel = {
  models: Record<
    string,
    { dbName: string | null; fields: ReadonlyArray<{ name: string; kind: string; type: string }> }
  >;
};

const tableOf = (dataModel: DataModel, model: string) => dataModel.models[model]?.dbName ?? model;

/**
 * The tables a model query touches: its own, plus those of every relation its arguments name
 * (include, select, _count, relation filters, nested writes), followed to any depth.
 */
export const tablesOfModelQuery = (
  dataModel: DataModel,
  model: string,
  args: unknown,
): Set<string> => {
  const tables = new Set([tableOf(dataModel, model)]);
  const walk = (value: unknown, current: string) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, current));
    if (value === null || typeof value !== 'object' || value instanceof Date) return;
    const fields = dataModel.models[current]?.fields ?? [];
    for (const [key, nested] of Object.entries(value)) {
      const relation = fields.find((field) => field.name === key && field.kind === 'object');
      if (relation) tables.add(tableOf(dataModel, relation.type));
      walk(nested, relation ? relation.type : current);
    }
  };
  walk(args, model);
  return tables;
};

/**
 * The tables a raw query names, as quoted identifiers ("Document"): the project's raw SQL quotes
 * them. A query naming none of them is unknown: pages that run it are not cached.
 */
export const tablesOfRawQuery = (dataModel: DataModel, args: unknown): Set<string> => {
  const text = JSON.stringify(args) ?? '';
  const tables = new Set<string>();
  for (const model of Object.keys(dataModel.models)) {
    const table = tableOf(dataModel, model);
    if (text.includes(`\\"${table}\\"`)) tables.add(table);
  }
  return tables.size > 0 ? tables : new Set([UNKNOWN_TABLES]);
};
