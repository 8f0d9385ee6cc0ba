import 'server-only';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

import { env } from '@/env';
import type { DataDownloadTrigger } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';
import { logger } from '@/server/log/logger';
import { EXPORT_DATASETS } from '@/server/open-data/exports/export-datasets';
import { getDataLicence } from '@/server/site/get-data-licence';
import type { FileStorage } from '@/server/storage/file-storage';
import { getFileStorage } from '@/server/storage/get-file-storage';

import { describeArchive } from './describe-archive';
import { type ArchiveFile, writeDataArchive } from './write-data-archive';

/** The entities of the ZIP, each as data/<name>.csv and .json (the API exports' formats). */
export const DATA_DOWNLOAD_ENTITIES = [
  'countries',
  'mechanisms',
  'documents',
  'events',
  'news',
  'themes',
  'recommendations',
] as const;

/** READY builds whose file is kept: the latest and the one before, for downloads in progress. */
const KEEP = 2;

const safeName = (filename: string) =>
  filename
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/^\.+/, '_')
    .slice(-120) || 'file';

/** The file of every published document, read from the storage as a stream when its turn comes. */
const publishedFiles = async (storage: FileStorage): Promise<ArchiveFile[]> => {
  const documents = await prisma.document.findMany({
    where: { status: 'PUBLISHED', file: { isNot: null } },
    select: { slug: true, file: { select: { sha256: true, filename: true } } },
    orderBy: { slug: 'asc' },
  });
  return documents.map(({ slug, file }) => ({
    path: `files/${slug}/${safeName(file!.filename)}`,
    open: async () => {
      const stored = await storage.open(file!.sha256);
      return stored && Readable.fromWeb(stored.stream as WebReadableStream<Uint8Array>);
    },
  }));
};

/** Removes the files of older builds (a key the kept builds share stays). */
const removeOldArchives = async (storage: FileStorage) => {
  const ready = await prisma.dataDownload.findMany({
    where: { status: 'READY', sha256: { not: null } },
    orderBy: { startedAt: 'desc' },
    select: { id: true, sha256: true },
  });
  const kept = new Set(ready.slice(0, KEEP).map((build) => build.sha256));
  for (const build of ready.slice(KEEP)) {
    if (!kept.has(build.sha256)) await storage.remove(build.sha256!);
    await prisma.dataDownload.update({ where: { id: build.id }, data: { sha256: null } });
  }
};

export type BuildDataDownloadOptions = { trigger: DataDownloadTrigger; storage?: FileStorage };

/**
 * Builds the full data download: every published item of each entity as CSV and JSON, the
 * published documents' files, manifest.json and README.txt, in a ZIP written to a temporary file
 * and then stored (the storage every instance reads). The previous ZIP stays public until this
 * one is READY. One build runs at a time (the job queue's singleton policy).
 */
export const buildDataDownload = async ({
  trigger,
  storage = getFileStorage(),
}: BuildDataDownloadOptions) => {
  const build = await prisma.dataDownload.create({ data: { trigger } });
  const folder = await mkdtemp(path.join(tmpdir(), 'prevenir-download-'));
  try {
    const target = path.join(folder, 'data.zip');
    const licence = getDataLicence();
    const archive = await writeDataArchive({
      target,
      date: build.startedAt,
      datasets: Object.fromEntries(
        DATA_DOWNLOAD_ENTITIES.map((name) => {
          const dataset = EXPORT_DATASETS[name]!;
          return [name, { dataset, query: dataset.query.parse({}) }];
        }),
      ),
      files: await publishedFiles(storage),
      finish: ({ entries, counts }) =>
        describeArchive({
          entries,
          counts,
          licence,
          siteUrl: env.SITE_URL,
          generatedAt: build.startedAt,
        }),
    });
    await storage.putFile(archive.sha256, target);
    const ready = await prisma.dataDownload.update({
      where: { id: build.id },
      data: {
        status: 'READY',
        finishedAt: new Date(),
        sha256: archive.sha256,
        size: BigInt(archive.size),
        counts: archive.counts,
      },
    });
    await removeOldArchives(storage);
    logger.info({ size: archive.size, counts: archive.counts }, 'data download: built');
    return ready;
  } catch (error) {
    logger.error({ err: error }, 'data download: build failed');
    await prisma.dataDownload.update({
      where: { id: build.id },
      data: { status: 'FAILED', finishedAt: new Date(), error: String(error).slice(0, 500) },
    });
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
