// The full data download on a database of its own (tests/support/open-data-fixtures.ts) and real
// files in a throwaway storage folder: the ZIP is built, unzipped with yauzl and checked against
// its manifest; the debounce queues one build for a burst of publications; only admins rebuild.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';

import type { PrismaClient } from '@/generated/prisma/client';

import { makePdf } from '../../../tests/support/make-pdf';
import { seedOpenData } from '../../../tests/support/open-data-fixtures';
import { ownDatabase } from '../../../tests/support/own-database';

// Before src/env.ts is imported: files go to a throwaway folder.
const storageDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/prevenir-download-`);
  process.env.STORAGE_DIR = dir;
  return dir;
});

const database = ownDatabase('data_download');
let prisma: PrismaClient;
let build: typeof import('./build-data-download');
let check: typeof import('./check-data-download');
let queue: typeof import('./data-download-queue');
let request: typeof import('./request-data-download');
let worker: typeof import('./start-data-download-worker');
let stop: typeof import('@/server/queue/stop-job-queue');
let createActor: typeof import('../../../tests/support/backoffice-fixtures').createActor;

const DRAFT_SLUGS = ['draft-country', 'alba-draft-mechanism', 'draft-report', 'draft-event'];
const pdf = { published: makePdf(['Informe publicado']), draft: makePdf(['Informe en borrador']) };

beforeAll(async () => {
  prisma = await database.open();
  await seedOpenData(prisma);
  const { storeDocumentFile } = await import('@/server/documents/store-document-file');
  const published = await storeDocumentFile({ bytes: pdf.published, filename: 'Informe 2024.pdf' });
  const draft = await storeDocumentFile({ bytes: pdf.draft, filename: 'borrador.pdf' });
  await prisma.document.update({ where: { slug: 'report-01' }, data: { fileId: published.id } });
  await prisma.document.update({ where: { slug: 'draft-report' }, data: { fileId: draft.id } });
  build = await import('./build-data-download');
  check = await import('./check-data-download');
  queue = await import('./data-download-queue');
  request = await import('./request-data-download');
  worker = await import('./start-data-download-worker');
  stop = await import('@/server/queue/stop-job-queue');
  ({ createActor } = await import('../../../tests/support/backoffice-fixtures'));
}, 180_000);

afterAll(async () => {
  await stop?.stopJobQueue({ graceful: false });
  await database.close();
  rmSync(storageDir, { recursive: true, force: true });
});

/** Every entry of a ZIP, read with yauzl (a separate implementation from the writer). */
const unzip = (bytes: Buffer) =>
  new Promise<Map<string, Buffer>>((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const download = async (headers: Record<string, string> = {}) => {
  const { GET } = await import('@/app/api/v1/download/route');
  return GET(new Request('http://localhost/api/v1/download', { headers }));
};

type Manifest = {
  counts: Record<string, number>;
  licence: { id: string; name: string; url: string };
  files: { path: string; size: number; sha256: string }[];
};

describe('the full data download', () => {
  it('answers 404 before any build', async () => {
    const response = await download();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('holds every entity as CSV and JSON, the published files and a manifest that matches', async () => {
    const ready = await build.buildDataDownload({ trigger: 'ADMIN' });
    expect(ready.status).toBe('READY');

    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('etag')).toBe(`"${ready.sha256}"`);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="prevenir-data-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.length).toBe(Number(ready.size));
    expect(sha256(bytes)).toBe(ready.sha256);
    expect((await download({ 'If-None-Match': `"${ready.sha256}"` })).status).toBe(304);

    const entries = await unzip(bytes);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as Manifest;
    expect(manifest.licence).toMatchObject({ id: 'CC-BY-4.0' });
    expect(entries.get('README.txt')!.toString()).toContain('creativecommons.org/licenses/by/4.0');
    // Every file the manifest lists is in the ZIP with its size and checksum, and nothing else is.
    expect([...entries.keys()].sort()).toEqual(
      [...manifest.files.map((file) => file.path), 'README.txt', 'manifest.json'].sort(),
    );
    for (const file of manifest.files) {
      expect(entries.get(file.path)!.length, file.path).toBe(file.size);
      expect(sha256(entries.get(file.path)!), file.path).toBe(file.sha256);
    }

    const { EXPORT_DATASETS } = await import('@/server/open-data/exports/export-datasets');
    const { exportResponse } = await import('@/server/open-data/exports/export-response');
    for (const entity of build.DATA_DOWNLOAD_ENTITIES) {
      const csv = entries.get(`data/${entity}.csv`)!.toString();
      // The very bytes of the Spanish export, so what imports an export (the editors' bulk
      // import, tested by export-round-trip.test.ts) imports the ZIP's files too.
      const url = `http://localhost/api/v1/exports/${entity}.csv?lang=es`;
      const exported = await exportResponse(new Request(url), `${entity}.csv`);
      expect(
        entries.get(`data/${entity}.csv`)!.equals(Buffer.from(await exported.arrayBuffer())),
        entity,
      ).toBe(true);
      const json = JSON.parse(entries.get(`data/${entity}.json`)!.toString()) as unknown[];
      // The exports' format: a byte-order mark, then the stable columns.
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parse<Record<string, string>>(csv.slice(1), { columns: true });
      expect(Object.keys(rows[0] ?? {}), entity).toEqual(
        EXPORT_DATASETS[entity]!.columns.map(([name]) => name),
      );
      expect(rows.length, entity).toBe(manifest.counts[entity]);
      expect(json.length, entity).toBe(manifest.counts[entity]);
      for (const slug of DRAFT_SLUGS) {
        expect(csv, `${entity} ${slug}`).not.toContain(slug);
      }
    }
    expect(manifest.counts).toMatchObject({ countries: 2, documents: 25, events: 2, news: 1 });
    expect(ready.counts).toEqual(manifest.counts);

    // The published document's file, byte for byte; the draft's file is not there.
    expect(entries.get('files/report-01/Informe 2024.pdf')).toEqual(Buffer.from(pdf.published));
    expect(manifest.counts.files).toBe(1);
    expect([...entries.values()].some((entry) => entry.equals(Buffer.from(pdf.draft)))).toBe(false);
  }, 60_000);

  it('keeps serving the previous ZIP until a new one is ready, then removes older files', async () => {
    const builds = [];
    for (let i = 0; i < 3; i += 1) builds.push(await build.buildDataDownload({ trigger: 'ADMIN' }));
    const stored = await prisma.dataDownload.findMany({
      where: { status: 'READY' },
      orderBy: { startedAt: 'desc' },
    });
    // The two latest keep their file; the older ones' files are gone.
    expect(stored.slice(0, 2).every((row) => row.sha256)).toBe(true);
    expect(stored.slice(2).every((row) => row.sha256 === null)).toBe(true);
    const response = await download();
    expect(response.headers.get('etag')).toBe(`"${builds.at(-1)!.sha256}"`);
  }, 60_000);
});

describe('rebuilding', () => {
  const waitingBuilds = async () => {
    const boss = await queue.getDataDownloadQueue();
    return boss.getQueueSize(queue.DATA_DOWNLOAD_QUEUES.build);
  };

  it('lets only admins ask for a build, audited, and queues one', async () => {
    const boss = await queue.getDataDownloadQueue();
    await boss.purgeQueue(queue.DATA_DOWNLOAD_QUEUES.build);
    const editor = await createActor('EDITOR');
    await expect(request.requestDataDownload({ actor: editor })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await waitingBuilds()).toBe(0);

    const admin = await createActor('ADMIN');
    await request.requestDataDownload({ actor: admin });
    await request.requestDataDownload({ actor: admin });
    // Two asks, one build waiting (the queue's stately policy); each ask audited.
    expect(await waitingBuilds()).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { action: 'dataDownload.request', actorId: admin.id } }),
    ).toBe(2);
    await boss.purgeQueue(queue.DATA_DOWNLOAD_QUEUES.build);
  });

  it('builds once after a burst of publications has gone quiet', async () => {
    const boss = await queue.getDataDownloadQueue();
    const { publishContent } = await import('@/server/content/lifecycle');
    const { documentType } = await import('@/server/documents/document-type');
    const editor = await createActor('EDITOR');
    const quietSeconds = 300;
    // Nothing changed since the last build.
    expect(await check.checkDataDownload({ boss, quietSeconds })).toBe(false);

    for (const slug of ['report-02', 'report-03', 'report-04']) {
      const { id } = await prisma.document.findUniqueOrThrow({ where: { slug } });
      await publishContent(documentType, { actor: editor, id, published: false });
      await publishContent(documentType, { actor: editor, id, published: true });
    }
    // Still within the quiet period: no build yet.
    expect(await check.checkDataDownload({ boss, quietSeconds })).toBe(false);
    expect(await waitingBuilds()).toBe(0);

    // Once quiet, every minute's check asks again; one build waits.
    const later = new Date(Date.now() + (quietSeconds + 1) * 1000);
    for (let minute = 0; minute < 3; minute += 1) {
      expect(await check.checkDataDownload({ boss, quietSeconds, now: later })).toBe(true);
    }
    expect(await waitingBuilds()).toBe(1);

    const before = await prisma.dataDownload.count();
    await worker.startDataDownloadWorker({ schedule: false, pollingIntervalSeconds: 0.5 });
    let built = null;
    for (let i = 0; i < 120 && !built; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      built = await prisma.dataDownload.findFirst({
        where: { trigger: 'CHANGE', status: 'READY' },
      });
    }
    expect(built).not.toBeNull();
    expect(await prisma.dataDownload.count()).toBe(before + 1);
    // The build covers those changes: the next checks ask for nothing.
    expect(await check.checkDataDownload({ boss, quietSeconds, now: later })).toBe(false);

    // A draft saved without publishing is not a public change.
    await prisma.auditLog.create({
      data: {
        action: 'document.update',
        entityType: 'document',
        before: { status: 'DRAFT' },
        after: { status: 'DRAFT' },
      },
    });
    expect(await check.checkDataDownload({ boss, quietSeconds, now: later })).toBe(false);
  }, 90_000);
});
