import 'server-only';

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';

import { ZipFile } from 'yazl';

import { exportChunks, type ExportFormat } from '@/server/open-data/exports/export-chunks';
import type { ExportDataset } from '@/server/open-data/exports/export-datasets';

export type ArchiveEntry = { path: string; size: number; sha256: string };

export type ArchiveFile = {
  path: string;
  /** Its bytes, produced as the ZIP takes them. */
  open: () => Promise<AsyncIterable<Uint8Array> | null>;
};

export type WriteDataArchiveOptions = {
  /** Where the ZIP goes (a temporary file). */
  target: string;
  /** The datasets, by entity name: each becomes data/<name>.csv and data/<name>.json. */
  datasets: Record<string, { dataset: ExportDataset; query: unknown }>;
  files: ArchiveFile[];
  /** The manifest and README, given what was written (their own entries are not in it). */
  finish: (written: { entries: ArchiveEntry[]; counts: Record<string, number> }) => {
    manifest: unknown;
    readme: string;
  };
  date: Date;
};

const encoder = new TextEncoder();

/**
 * Writes the full download's ZIP to a file, streamed: each entry is produced as the ZIP takes it
 * (the exports' own CSV and JSON chunks, stored files read as streams), hashed on the way, so
 * memory holds a batch of rows or a chunk of a file, never an entry.
 */
export const writeDataArchive = async ({
  target,
  datasets,
  files,
  finish,
  date,
}: WriteDataArchiveOptions) => {
  const zip = new ZipFile();
  const zipHash = createHash('sha256');
  let zipSize = 0;
  const written = pipeline(
    zip.outputStream,
    async function* (source: AsyncIterable<string | Buffer>) {
      for await (const chunk of source) {
        const buffer = Buffer.from(chunk);
        zipHash.update(buffer);
        zipSize += buffer.length;
        yield buffer;
      }
    },
    createWriteStream(target),
  );
  // A failed entry must not leave the pipeline's rejection unobserved while we stop.
  written.catch(() => undefined);

  const entries: ArchiveEntry[] = [];
  const add = async (path: string, chunks: AsyncIterable<string | Uint8Array>) => {
    const hash = createHash('sha256');
    let size = 0;
    const bytes = Readable.from(
      (async function* () {
        for await (const chunk of chunks) {
          const buffer = Buffer.from(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
          hash.update(buffer);
          size += buffer.length;
          yield buffer;
        }
      })(),
      { objectMode: false },
    );
    zip.addReadStream(bytes, path, { mtime: date });
    // yazl reads its entries one after the other: this one is done when it has been read.
    await finished(bytes);
    entries.push({ path, size, sha256: hash.digest('hex') });
  };

  try {
    return await writeEntries();
  } catch (error) {
    // Ends the pipeline, which closes the file; the caller deletes it.
    (zip.outputStream as Readable).destroy(error as Error);
    throw error;
  }

  async function writeEntries() {
    const counts: Record<string, number> = {};
    for (const [name, { dataset, query }] of Object.entries(datasets)) {
      for (const format of ['csv', 'json'] as ExportFormat[]) {
        let count = 0;
        const counted: ExportDataset = {
          ...dataset,
          batches: async function* (q: never) {
            for await (const batch of dataset.batches(q)) {
              count += batch.length;
              yield batch;
            }
          },
        };
        await add(`data/${name}.${format}`, exportChunks(counted, query as never, format));
        counts[name] = count;
      }
    }
    for (const file of files) {
      const bytes = await file.open();
      if (bytes) await add(file.path, bytes);
    }
    counts.files = entries.filter((entry) => entry.path.startsWith('files/')).length;

    const { manifest, readme } = finish({ entries, counts });
    zip.addBuffer(Buffer.from(readme), 'README.txt', { mtime: date });
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', {
      mtime: date,
    });
    zip.end();
    await written;
    return { sha256: zipHash.digest('hex'), size: zipSize, counts, entries };
  }
};
