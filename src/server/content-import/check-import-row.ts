import 'server-only';

import type { Entry } from 'yauzl';

import type { FormValues } from '@/lib/forms/form-state';
import { nestValues } from '@/lib/forms/form-state';
import { ZImportStatusSchema } from '@/lib/validation/content-import';
import { FORM_LOCALES, isFormErrorKey, type TFormErrorKey } from '@/lib/validation/form-fields';
import { splitList } from '@/lib/validation/recommendation-import';
import type { AnyContentType } from '@/server/content/content-type';
import { checkDocumentFile, fileKeyOf } from '@/server/documents/store-document-file';
import { isAppError } from '@/server/errors';

import type { ImportFormat, SlugModel } from './import-formats';
import { type ImportZip, ZipFileError } from './read-import-zip';

/** Row-level reasons; `detail` is the unknown value, the first line, or the form's error key. */
export type RowErrorReason =
  | 'invalid'
  | TFormErrorKey
  | 'duplicate'
  | 'unknownSlug'
  | 'cannotPublish'
  | 'conflict'
  | 'fileMissing'
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileType'
  | ZipFileError['reason'];

export type RowError = { line: number; field: string; reason: RowErrorReason; detail: string };

export type Stored = Record<string, unknown> & {
  id: string;
  slug: string;
  status: string;
  fileId?: string | null;
};

/** What a valid row will do: its validated form data and, for documents, its file. */
export type RowPlan = {
  line: number;
  slug: string;
  existing?: Stored;
  data: Record<string, unknown>;
  outcome: 'create' | 'update' | 'unchanged';
  /** Whether the fields differ (an update may only change the status or the file). */
  changed: boolean;
  file?: Entry;
  status: 'DRAFT' | 'PUBLISHED' | null;
};

export type RowContext = {
  format: ImportFormat;
  header: Map<string, number>;
  ids: Record<SlugModel, Map<string, string>>;
  zip: ImportZip | null;
  /** New items' status when the row has none: the form's "publish at once". */
  publishNew: boolean;
  canPublish: boolean;
  /** Stored file ids by SHA-256, for files already kept (unchanged when re-imported). */
  storedFileId: (key: string) => Promise<string | undefined>;
};

// The exporter writes a ' before a leading =, +, -, @ (a spreadsheet would run it as a formula):
// the text is what follows.
const unescapeCell = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const FLAGS: Record<string, boolean> = {
  '': false,
  true: true,
  false: false,
  yes: true,
  no: false,
};
FLAGS['1'] = true;
FLAGS['0'] = false;

const isLocale = (value: string): value is (typeof FORM_LOCALES)[number] =>
  (FORM_LOCALES as readonly string[]).includes(value);

/** `https://site/pt/mechanisms/x` → `pt`: the language an export was made in. */
const languageOfUrl = (url: string) => /^https?:\/\/[^/]+\/([a-z]{2})\//.exec(url.trim())?.[1];

/** Relations in a stable order: the same ids in another order are no change. */
const fingerprint = (type: AnyContentType, data: unknown) => {
  const { scalars, translations, relations = {} } = type.toWriteData(data);
  const sorted = Object.fromEntries(
    Object.entries(relations).map(([name, ids]) => [name, [...(ids ?? [])].sort()]),
  );
  return JSON.stringify([scalars, translations, sorted]);
};

const FILE_REASONS = {
  EMPTY_FILE: 'fileEmpty',
  PAYLOAD_TOO_LARGE: 'fileTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'fileType',
} as const;

/** The file a row names, read from the ZIP and put through the upload checks. */
const checkFile = async (
  name: string,
  ctx: RowContext,
  existing: Stored | undefined,
): Promise<{ reason: RowErrorReason } | { entry: Entry; changed: boolean }> => {
  const entry = ctx.zip?.find(name);
  if (!entry) return { reason: 'fileMissing' };
  try {
    const bytes = await ctx.zip!.read(entry);
    await checkDocumentFile(bytes);
    const storedId = await ctx.storedFileId(fileKeyOf(bytes));
    return { entry, changed: !storedId || storedId !== existing?.fileId };
  } catch (error) {
    if (error instanceof ZipFileError) return { reason: error.reason };
    const code = isAppError(error) ? (error.code as keyof typeof FILE_REASONS) : undefined;
    if (code && code in FILE_REASONS) return { reason: FILE_REASONS[code] };
    throw error;
  }
};

/**
 * One CSV row applied over the stored item (or an empty form) and checked with the type's own
 * form schema. Columns the file lacks leave the item's fields as they are: an export, which
 * carries some fields in one language, can be imported over richer items without losing the rest.
 */
export const checkImportRow = async (
  line: number,
  slug: string,
  fields: string[],
  existing: Stored | undefined,
  ctx: RowContext,
): Promise<{ plan: RowPlan } | { errors: RowError[] } | { waiting: true }> => {
  const errors: RowError[] = [];
  const fail = (field: string, reason: RowErrorReason, detail = '') =>
    errors.push({ line, field, reason, detail });
  const cellOf = (column: string) => {
    const index = ctx.header.get(column);
    return index === undefined ? undefined : unescapeCell(fields[index] ?? '');
  };
  const values: FormValues = existing ? ctx.format.toFormValues(existing) : {};
  values.slug = slug;
  // Which column set each input, to name it in errors.
  const columnOf = new Map<string, string>();
  const set = (input: string, value: string | string[], column: string) => {
    values[input] = value;
    columnOf.set(input, column);
  };
  let fileName = '';
  let statusCell = '';

  for (const [column, spec] of Object.entries(ctx.format.columns)) {
    const cell = cellOf(column);
    if (cell === undefined) continue;
    switch (spec.kind) {
      case 'value':
        set(
          spec.field,
          spec.letterCase === 'upper'
            ? cell.trim().toUpperCase()
            : spec.letterCase === 'lower'
              ? cell.trim().toLowerCase()
              : cell,
          column,
        );
        break;
      case 'translated':
        set(`translations.${spec.locale}.${spec.field}`, cell, column);
        break;
      case 'inLanguage':
      case 'inUrlLanguage': {
        const language =
          spec.kind === 'inLanguage'
            ? (cellOf(spec.languageColumn) ?? '').trim().toLowerCase()
            : (languageOfUrl(cellOf('url') ?? '') ?? '');
        if (!cell.trim() && (spec.kind === 'inUrlLanguage' || !language)) break;
        if (isLocale(language)) set(`translations.${language}.${spec.field}`, cell, column);
        else fail(spec.kind === 'inLanguage' ? spec.languageColumn : 'url', 'invalidChoice');
        break;
      }
      case 'slug':
      case 'slugs': {
        const slugs = spec.kind === 'slug' ? [cell.trim()].filter(Boolean) : splitList(cell);
        const unknown = slugs.find((s) => !ctx.ids[spec.model].has(s.toLowerCase()));
        if (unknown) fail(column, 'unknownSlug', unknown);
        const ids = slugs.flatMap((s) => ctx.ids[spec.model].get(s.toLowerCase()) ?? []);
        set(spec.field, spec.kind === 'slug' ? (ids[0] ?? '') : ids, column);
        break;
      }
      case 'flag': {
        const flag = FLAGS[cell.trim().toLowerCase()];
        if (flag === undefined) fail(column, 'invalidChoice');
        if (flag) set(spec.field, 'on', column);
        else delete values[spec.field];
        break;
      }
      case 'file':
        fileName = cell.trim();
        break;
      case 'status':
        statusCell = cell;
        break;
      default:
        break;
    }
  }

  const { type } = ctx.format;
  const parsed = (existing ? type.schemas.update : type.schemas.create).safeParse(
    nestValues(values),
  );
  // An export in one language shows an item's text in that language when it has one: a new
  // item's original-language title is then in the export of that language, not in this file.
  const original = `translations.${String(values.originalLocale)}.${type.labelField}`;
  if (
    !existing &&
    errors.length === 0 &&
    !parsed.success &&
    parsed.error.issues.every((issue) => issue.path.join('.') === original) &&
    !columnOf.has(original) &&
    [...columnOf.keys()].some((input) => input.endsWith(`.${type.labelField}`))
  ) {
    return { waiting: true };
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const input = issue.path.map(String).join('.');
      const [, locale, field] = issue.path.map(String);
      const column =
        columnOf.get(input) ??
        columnOf.get(String(issue.path[0])) ??
        Object.entries(ctx.format.columns).find(
          ([, spec]) => 'field' in spec && spec.kind === 'value' && spec.field === input,
        )?.[0] ??
        (issue.path[0] === 'translations' ? `${field}_${locale}` : input || 'slug');
      const key = isFormErrorKey(issue.message) ? issue.message : 'invalid';
      if (!errors.some((e) => e.field === column)) fail(column, key);
    }
  }

  const status = ZImportStatusSchema.safeParse(statusCell);
  if (!status.success) fail('status', 'invalidChoice');
  const wanted = status.data || (!existing && ctx.publishNew ? 'PUBLISHED' : null);
  if (wanted === 'PUBLISHED' && !ctx.canPublish && existing?.status !== 'PUBLISHED') {
    fail('status', 'cannotPublish');
  }

  let file: Awaited<ReturnType<typeof checkFile>> | undefined;
  if (fileName) {
    file = await checkFile(fileName, ctx, existing);
    if ('reason' in file) fail('file', file.reason, fileName);
  }
  if (errors.length > 0 || !parsed.success) return { errors };

  const statusChanges = !!wanted && wanted !== (existing?.status ?? 'DRAFT');
  let changed = true;
  if (existing) {
    const before = type.schemas.update.safeParse(nestValues(ctx.format.toFormValues(existing)));
    changed = !before.success || fingerprint(type, before.data) !== fingerprint(type, parsed.data);
  }
  const fileChanges = !!file && 'entry' in file && file.changed;
  return {
    plan: {
      line,
      slug,
      existing,
      data: parsed.data as Record<string, unknown>,
      outcome: !existing
        ? 'create'
        : changed || fileChanges || statusChanges
          ? 'update'
          : 'unchanged',
      changed,
      file: fileChanges && 'entry' in file! ? file.entry : undefined,
      status: statusChanges ? wanted : null,
    },
  };
};
