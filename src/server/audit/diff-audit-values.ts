import 'server-only';

/** One value of an audit snapshot as a table cell shows it. */
export type AuditScalar = string | number | boolean | null;

/** A scalar, a list (relations, sources), or undefined when the snapshot does not have it. */
export type AuditCell = AuditScalar | AuditScalar[] | undefined;

export type AuditChangeKind = 'added' | 'removed' | 'changed';

export type AuditFieldChange = {
  /** Dotted path into the snapshot: `slug`, `translations.es.title`, `file.filename`. */
  path: string;
  /** The field's own name (`title`), for its label. */
  key: string;
  /** Set for a translated field: the language of its translation row. */
  locale?: string;
  kind: AuditChangeKind;
  before: AuditCell;
  after: AuditCell;
  /** For lists: the items only before, and only after. */
  removedItems?: AuditScalar[];
  addedItems?: AuditScalar[];
};

/**
 * Columns every save touches, which say nothing about what the editor changed; the raw JSON,
 * one click away, still has them.
 */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** The order translation rows are shown in, as in the forms. */
const LOCALE_ORDER = ['es', 'pt', 'en'];

type Json = unknown;

const isPlainObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: Json): value is AuditScalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Rows of a translated relation (`[{locale: 'es', title: …}]`), by their `locale`. */
const isTranslationRows = (value: Json): value is ({ locale: string } & Record<string, Json>)[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((row) => isPlainObject(row) && typeof row.locale === 'string');

/** `[{id: 'a'}, {id: 'b'}]`, how a relation comes out of Prisma's `select: {id: true}`. */
const isIdRows = (value: Json[]): value is { id: string }[] =>
  value.length > 0 &&
  value.every(
    (item) => isPlainObject(item) && typeof item.id === 'string' && Object.keys(item).length === 1,
  );

const toScalar = (value: Json): AuditScalar => (isScalar(value) ? value : JSON.stringify(value));

/** A list as its items: ids of a relation (in a stable order: they have none), else as given. */
const toList = (value: Json[]): AuditScalar[] =>
  isIdRows(value) ? value.map((row) => row.id).sort() : value.map(toScalar);

type Flat = Map<string, { key: string; locale?: string; cell: AuditCell }>;

const flattenInto = (flat: Flat, value: Record<string, Json>, prefix: string, top: boolean) => {
  for (const [key, child] of Object.entries(value)) {
    if (top && BOOKKEEPING.has(key)) continue;
    const path = prefix + key;
    if (isTranslationRows(child)) {
      const rows = [...child].sort(
        (a, b) => LOCALE_ORDER.indexOf(a.locale) - LOCALE_ORDER.indexOf(b.locale),
      );
      for (const { locale, ...fields } of rows) {
        for (const [field, text] of Object.entries(fields)) {
          flat.set(`${path}.${locale}.${field}`, { key: field, locale, cell: toScalar(text) });
        }
      }
    } else if (Array.isArray(child)) {
      flat.set(path, { key, cell: toList(child) });
    } else if (isPlainObject(child)) {
      flattenInto(flat, child, `${path}.`, false);
    } else {
      flat.set(path, { key, cell: toScalar(child) });
    }
  }
};

/** A snapshot as dotted paths to cells; anything but an object (null: no snapshot) is empty. */
const flatten = (snapshot: Json): Flat => {
  const flat: Flat = new Map();
  if (isPlainObject(snapshot)) flattenInto(flat, snapshot, '', true);
  else if (snapshot !== null && snapshot !== undefined) {
    flat.set('value', {
      key: 'value',
      cell: Array.isArray(snapshot) ? toList(snapshot) : toScalar(snapshot),
    });
  }
  return flat;
};

/** Null, missing, '' and [] all say "nothing here": a change between them is no change. */
const isEmpty = (cell: AuditCell) =>
  cell === undefined || cell === null || cell === '' || (Array.isArray(cell) && cell.length === 0);

const same = (a: AuditCell, b: AuditCell) => JSON.stringify(a) === JSON.stringify(b);

const kindOf = (before: AuditCell, after: AuditCell): AuditChangeKind | null => {
  if (isEmpty(before) && isEmpty(after)) return null;
  if (isEmpty(before)) return 'added';
  if (isEmpty(after)) return 'removed';
  return same(before, after) ? null : 'changed';
};

const listDelta = (before: AuditCell, after: AuditCell) => {
  if (!Array.isArray(before) && !Array.isArray(after)) return {};
  const old = Array.isArray(before) ? before : [];
  const now = Array.isArray(after) ? after : [];
  return {
    removedItems: old.filter((item) => !now.includes(item)),
    addedItems: now.filter((item) => !old.includes(item)),
  };
};

/**
 * Top-level fields in the order the snapshots list them (jsonb keeps its own key order: the view
 * puts them in form order); a field's translations by language.
 */
const comparePaths = (order: string[]) => (a: string, b: string) => {
  const [topA, localeA] = a.split('.');
  const [topB, localeB] = b.split('.');
  if (topA !== topB) return order.indexOf(topA!) - order.indexOf(topB!);
  if (localeA === localeB) return 0;
  return LOCALE_ORDER.indexOf(localeA ?? '') - LOCALE_ORDER.indexOf(localeB ?? '');
};

/**
 * What an audit entry changed, field by field, from its `before` and `after` snapshots (any
 * JSON: content rows, `{status}`, null for a creation or a deletion). Translation rows become one
 * field per language (`translations.es.title`), relations their sorted ids, nested objects dotted
 * paths. Only fields that differ are returned; bookkeeping columns (id, version, timestamps) are
 * left out.
 */
export const diffAuditValues = (before: Json, after: Json): AuditFieldChange[] => {
  const old = flatten(before);
  const now = flatten(after);
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  const order = [...new Set(paths.map((path) => path.split('.')[0]!))];
  return paths.sort(comparePaths(order)).flatMap((path) => {
    const a = old.get(path);
    const b = now.get(path);
    const kind = kindOf(a?.cell, b?.cell);
    if (!kind) return [];
    const { key, locale } = (a ?? b)!;
    return [
      {
        path,
        key,
        ...(locale && { locale }),
        kind,
        before: a?.cell,
        after: b?.cell,
        ...listDelta(a?.cell, b?.cell),
      },
    ];
  });
};
