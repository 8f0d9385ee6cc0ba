import 'server-only';

import { env } from '@/env';
import { type TContentImportType, ZImportSlugSchema } from '@/lib/validation/content-import';
import { splitList } from '@/lib/validation/recommendation-import';
import type { Actor } from '@/server/auth/actor';
import { assertPermission, hasPermission } from '@/server/auth/permissions';
import { mapHeader } from '@/server/csv-import/map-header';
import { CsvFileError, readCsvRecords } from '@/server/csv-import/read-csv-records';
import { prisma } from '@/server/db';

import {
  checkImportRow,
  type RowContext,
  type RowError,
  type RowPlan,
  type Stored,
} from './check-import-row';
import { IMPORT_FORMATS, type ImportFormat, type SlugModel } from './import-formats';
import { type ImportZip, openImportZip, ZipFileError, type ZipLimits } from './read-import-zip';
import { writeImportPlan } from './write-import-plan';

/** A file that cannot be read on (line 0: before any row), or a refused header or ZIP. */
export type FileError = {
  line: number;
  field: string;
  reason: CsvFileError['reason'] | 'missingColumns' | ZipFileError['reason'];
  detail: string;
};

export type ContentImportError = RowError | FileError;

export type ContentImportCounts = {
  created: number;
  updated: number;
  unchanged: number;
  /** New items whose original-language title is in another language's export (not an error). */
  waiting: number;
};

export type ContentImportReport = ContentImportCounts & {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Every invalid row, in file order; any error means nothing was written. */
  errors: ContentImportError[];
  committed: boolean;
};

export type ImportContentOptions = {
  actor: Actor;
  type: TContentImportType;
  /** Opens the CSV from its start; called once for the check and once more for the commit. */
  open: () => ReadableStream<Uint8Array>;
  /** The ZIP of files that rows name (documents' `file` column). */
  zip?: Uint8Array | null;
  commit: boolean;
  /** New items without a `status` cell are published at once (otherwise drafts). */
  publish?: boolean;
  maxBytes?: number;
  zipLimits?: Partial<ZipLimits>;
  batchSize?: number;
};

const SLUG_MODELS: SlugModel[] = ['country', 'theme', 'mechanism', 'document'];

type Pending = { line: number; slug: string; fields: string[] };

// Every content model has these calls; Prisma types each delegate separately.
type Finder = {
  findMany(args: { where: object; select: object }): Promise<Record<string, unknown>[]>;
};
const finderOf = (model: string) => prisma[model as 'document'] as unknown as Finder;

/** The ids of the items a batch names by slug, and the items it updates, in one query each. */
const loadBatch = async (format: ImportFormat, header: Map<string, number>, rows: Pending[]) => {
  const wanted = Object.fromEntries(SLUG_MODELS.map((m) => [m, new Set<string>()])) as Record<
    SlugModel,
    Set<string>
  >;
  for (const [column, spec] of Object.entries(format.columns)) {
    const index = header.get(column);
    if (index === undefined || (spec.kind !== 'slug' && spec.kind !== 'slugs')) continue;
    for (const row of rows) {
      for (const slug of splitList(row.fields[index] ?? ''))
        wanted[spec.model].add(slug.toLowerCase());
    }
  }
  const ids = Object.fromEntries(
    await Promise.all(
      SLUG_MODELS.map(async (model) => {
        const slugs = [...wanted[model]];
        const found = slugs.length
          ? await finderOf(model).findMany({
              where: { slug: { in: slugs } },
              select: { id: true, slug: true },
            })
          : [];
        return [model, new Map(found.map((row) => [row.slug as string, row.id as string]))];
      }),
    ),
  ) as RowContext['ids'];
  const existing = (await finderOf(format.type.model).findMany({
    where: { slug: { in: rows.map((row) => row.slug) } },
    select: format.type.editSelect,
  })) as Stored[];
  return { ids, existing: new Map(existing.map((row) => [row.slug, row])) };
};

type Visit = (plans: RowPlan[], waiting: number) => Promise<RowError[]>;

/**
 * Reads the whole file once, checking every row in batches; `visit` gets each batch's valid rows
 * (and may report rows it could not write). Memory holds one batch and the slugs seen.
 */
const readRows = async (
  records: ReturnType<typeof readCsvRecords>,
  base: Omit<RowContext, 'header' | 'ids'>,
  batchSize: number,
  visit: Visit,
) => {
  const { format } = base;
  const errors: ContentImportError[] = [];
  const known = Object.keys(format.columns);
  let header: Map<string, number> | null = null;
  let rows = 0;
  const firstLineOf = new Map<string, number>();
  let batch: Pending[] = [];

  const flush = async () => {
    if (batch.length === 0 || !header) return;
    const loaded = await loadBatch(format, header, batch);
    const ctx: RowContext = { ...base, header, ids: loaded.ids };
    const plans: RowPlan[] = [];
    let waiting = 0;
    for (const { line, slug, fields } of batch) {
      const result = await checkImportRow(line, slug, fields, loaded.existing.get(slug), ctx);
      if ('errors' in result) errors.push(...result.errors);
      else if ('waiting' in result) waiting += 1;
      else plans.push(result.plan);
    }
    batch = [];
    errors.push(...(await visit(plans, waiting)));
  };

  try {
    for await (const { line, fields } of records) {
      if (!header) {
        header = mapHeader(fields, known);
        const missing = format.required.filter((column) => !header?.has(column));
        if (missing.length > 0) {
          errors.push({ line, field: '', reason: 'missingColumns', detail: missing.join(', ') });
          return { errors, rows };
        }
        continue;
      }
      rows += 1;
      const slug = ZImportSlugSchema.safeParse(fields[header.get('slug')!] ?? '');
      if (!slug.success) {
        errors.push({ line, field: 'slug', reason: 'invalidSlug', detail: '' });
        continue;
      }
      const first = firstLineOf.get(slug.data);
      if (first !== undefined) {
        errors.push({ line, field: 'slug', reason: 'duplicate', detail: String(first) });
        continue;
      }
      firstLineOf.set(slug.data, line);
      batch.push({ line, slug: slug.data, fields });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    errors.push({ line: error.line, field: '', reason: error.reason, detail: '' });
  }
  if (!header && errors.length === 0) {
    errors.push({
      line: 0,
      field: '',
      reason: 'missingColumns',
      detail: format.required.join(', '),
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { errors, rows };
};

const count = (plans: RowPlan[], waiting: number, counts: ContentImportCounts) => {
  counts.waiting += waiting;
  for (const plan of plans) {
    if (plan.outcome === 'create') counts.created += 1;
    else if (plan.outcome === 'update') counts.updated += 1;
    else counts.unchanged += 1;
  }
};

/**
 * Checks a CSV of documents, events or mechanisms (every invalid row reported with its line,
 * column and reason, nothing written) and, when asked and nothing is invalid, writes it through
 * the content lifecycle: items are matched by slug, and one that would not change is not saved,
 * so the same file imported twice changes nothing and writes no audit entry.
 */
export const importContent = async ({
  actor,
  type,
  open,
  zip: zipBytes = null,
  commit,
  publish = false,
  maxBytes = env.UPLOAD_MAX_BYTES,
  zipLimits = {},
  batchSize = 200,
}: ImportContentOptions): Promise<ContentImportReport> => {
  const format = IMPORT_FORMATS[type];
  const { permissions } = format.type;
  assertPermission(actor, permissions.edit);
  if (commit && publish && permissions.publish) assertPermission(actor, permissions.publish);
  const none: ContentImportCounts = { created: 0, updated: 0, unchanged: 0, waiting: 0 };

  let zip: ImportZip | null = null;
  if (zipBytes) {
    try {
      zip = await openImportZip(zipBytes, {
        maxEntries: 1000,
        maxTotalBytes: 4 * env.UPLOAD_MAX_BYTES,
        maxEntryBytes: env.UPLOAD_MAX_BYTES,
        ...zipLimits,
      });
    } catch (error) {
      if (!(error instanceof ZipFileError)) throw error;
      const errors = [{ line: 0, field: 'zip', reason: error.reason, detail: '' }];
      return { ...none, rows: 0, errors, committed: false };
    }
  }
  const base = {
    format,
    zip,
    publishNew: publish,
    canPublish: !!permissions.publish && hasPermission(actor.role, permissions.publish),
    storedFileId: async (sha256: string) =>
      (await prisma.storedFile.findUnique({ where: { sha256 }, select: { id: true } }))?.id,
  };

  const checkCounts = { ...none };
  const checked = await readRows(
    readCsvRecords(open(), maxBytes),
    base,
    batchSize,
    async (plans, waiting) => {
      count(plans, waiting, checkCounts);
      return [];
    },
  );
  if (!commit || checked.errors.length > 0) {
    return { ...checked, ...checkCounts, committed: false };
  }

  const counts = { ...none };
  const written = await readRows(
    readCsvRecords(open(), maxBytes),
    base,
    batchSize,
    async (plans, waiting) => {
      counts.waiting += waiting;
      const errors: RowError[] = [];
      for (const plan of plans) {
        const error = await writeImportPlan({ actor, type: format.type, plan, zip });
        if (error) errors.push(error);
        else count([plan], 0, counts);
      }
      return errors;
    },
  );
  return { ...written, ...counts, committed: true };
};
