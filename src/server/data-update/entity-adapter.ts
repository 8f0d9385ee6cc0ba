import type { Prisma } from '@/generated/prisma/client';

import type { EntityState, EntityType } from './entity-state';
import type { FieldValue, FieldValues } from './field-values';

/** The data update runs in one transaction; the seed passes its own. */
export type Db = Prisma.TransactionClient;

/** Ids of rows already resolved in this run, by type and key (for parents and relations). */
export type IdResolver = {
  idOf: (type: EntityType, key: string) => string | undefined;
};

/** How the data update reads, creates and writes one kind of row. */
export type EntityAdapter = {
  /** The model name audit entries use (`country`, `factCitation`…). */
  auditType: string;
  findIdByKey: (db: Db, key: string, ids: IdResolver) => Promise<string | null>;
  /** The managed fields as they are now, or null when the row is gone. */
  read: (db: Db, id: string) => Promise<FieldValues | null>;
  /** Null when a row it depends on (a parent) is missing. */
  create: (db: Db, state: EntityState, ids: IdResolver) => Promise<string | null>;
  write: (db: Db, id: string, values: FieldValues) => Promise<void>;
};

/** `name.es` → { name: { es: … } }; other fields stay columns. */
export const splitTranslated = (values: FieldValues) => {
  const columns: FieldValues = {};
  const translations: Record<string, Record<string, FieldValue>> = {};
  for (const [field, value] of Object.entries(values)) {
    const [name, locale] = field.split('.');
    if (locale && name) (translations[locale] ??= {})[name] = value;
    else columns[field] = value;
  }
  return { columns, translations };
};

/** Translation rows as `name.es`-style fields (only the texts given). */
export const joinTranslated = (
  rows: { locale: string }[],
  names: readonly string[],
): FieldValues => {
  const fields: FieldValues = {};
  for (const row of rows) {
    for (const name of names) {
      const value = (row as Record<string, unknown>)[name];
      if (typeof value === 'string') fields[`${name}.${row.locale}`] = value;
    }
  }
  return fields;
};
