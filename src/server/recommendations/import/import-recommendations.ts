import 'server-only';

import { env } from '@/env';
import {
  IMPORT_COLUMNS,
  IMPORT_HEADER_ALIASES,
  REQUIRED_IMPORT_COLUMNS,
  type TImportColumn,
} from '@/lib/validation/recommendation-import';
import type { TCreateRecommendationSchema } from '@/lib/validation/recommendations';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { mapHeader } from '@/server/csv-import/map-header';
import { CsvFileError, type CsvRecord, readCsvRecords } from '@/server/csv-import/read-csv-records';

import { loadImportLookups } from './load-import-lookups';
import { type ImportRowError, toImportRow } from './to-import-row';
import { type ImportCounts, writeImportBatch } from './write-import-batch';

export type ImportError =
  | ImportRowError
  | { line: number; reason: CsvFileError['reason'] | 'missingColumns'; detail: string };

export type ImportReport = ImportCounts & {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Every invalid row, in file order; any error means nothing was written. */
  errors: ImportError[];
  /** The documented columns the header was matched to. */
  columns: TImportColumn[];
  committed: boolean;
};

export type ImportRecommendationsOptions = {
  actor: Actor;
  /** Opens the file from its start; called once for the check and once more for the commit. */
  open: () => ReadableStream<Uint8Array>;
  commit: boolean;
  publish?: boolean;
  maxBytes?: number;
  batchSize?: number;
};

const TEXT_COLUMNS = ['text_es', 'text_pt', 'text_en'] as const;

type Visit = (line: number, data: TCreateRecommendationSchema) => Promise<void>;

/** Reads the whole file once, checking every row; `visit` sees each valid one. */
const readRows = async (
  records: AsyncGenerator<CsvRecord>,
  lookups: Awaited<ReturnType<typeof loadImportLookups>>,
  visit: Visit,
) => {
  const errors: ImportError[] = [];
  let index: Map<TImportColumn, number> | null = null;
  let rows = 0;
  const firstLineOf = new Map<string, number>();
  try {
    for await (const { line, fields } of records) {
      if (!index) {
        index = mapHeader(fields, IMPORT_COLUMNS, IMPORT_HEADER_ALIASES);
        const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !index?.has(column));
        if (!TEXT_COLUMNS.some((column) => index?.has(column))) missing.push('text_es' as never);
        if (missing.length > 0) {
          errors.push({ line, reason: 'missingColumns', detail: missing.join(', ') });
          return { errors, rows, columns: [...index.keys()] };
        }
        continue;
      }
      rows += 1;
      const header = index;
      const row = toImportRow(line, (column) => fields[header.get(column) ?? -1] ?? '', lookups);
      if (!row.ok) {
        errors.push(row.error);
        continue;
      }
      const key = `${row.data.symbol}\u0000${row.data.paragraph}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        errors.push({ line, reason: 'duplicate', detail: String(first) });
        continue;
      }
      firstLineOf.set(key, line);
      await visit(line, row.data);
    }
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    errors.push({ line: error.line, reason: error.reason, detail: '' });
  }
  // An empty file has no header to check (a file-level error already said why it stopped).
  if (!index && errors.length === 0) {
    errors.push({ line: 0, reason: 'missingColumns', detail: REQUIRED_IMPORT_COLUMNS.join(', ') });
  }
  return { errors, rows, columns: [...(index?.keys() ?? [])] };
};

/**
 * Checks a CSV of recommendations (every invalid row reported with its line and reason) and, when
 * asked and nothing is invalid, writes it in batches. Known symbol+paragraph rows are updated, and
 * only if they differ, so the same file imported twice changes nothing. The file is streamed:
 * memory holds one batch and the keys seen (for duplicates), never the file.
 */
export const importRecommendations = async ({
  actor,
  open,
  commit,
  publish = false,
  maxBytes = env.UPLOAD_MAX_BYTES,
  batchSize = 500,
}: ImportRecommendationsOptions): Promise<ImportReport> => {
  assertPermission(actor, 'content.edit');
  if (commit && publish) assertPermission(actor, 'content.publish');
  const lookups = await loadImportLookups();
  const checked = await readRows(readCsvRecords(open(), maxBytes), lookups, async () => {});
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  if (!commit || checked.errors.length > 0) return { ...checked, ...counts, committed: false };

  let batch: TCreateRecommendationSchema[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await writeImportBatch({ actor, rows: batch, publish });
    counts.created += written.created;
    counts.updated += written.updated;
    counts.unchanged += written.unchanged;
    batch = [];
  };
  await readRows(readCsvRecords(open(), maxBytes), lookups, async (_line, data) => {
    batch.push(data);
    if (batch.length >= batchSize) await flush();
  });
  await flush();
  return { ...checked, ...counts, committed: true };
};
