import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { makePdf } from '../../../tests/support/make-pdf';
import { csvFile, opener } from '../../../tests/support/recommendation-csv';
import { zipFile } from '../../../tests/support/zip-file';
import { importContent } from './import-content';

const DOC_HEADER =
  'slug,type,original_language,published_on,title_es,title_en,summary_es,countries,mechanisms,file,status';

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

const docRow = (
  slug: string,
  {
    type = 'report',
    date = '2024-05-10',
    titleEs = `Informe ${slug}`,
    titleEn = '',
    summary = 'Resumen, con coma',
    countries = '',
    mechanisms = '',
    file = '',
    status = '',
  } = {},
) =>
  [
    slug,
    type,
    'es',
    date,
    quote(titleEs),
    quote(titleEn),
    quote(summary),
    countries,
    mechanisms,
    file,
    status,
  ].join(',');

const auditCount = (entityIds: string[]) =>
  prisma.auditLog.count({ where: { entityId: { in: entityIds } } });

describe('importing documents from CSV', () => {
  it('checks without writing, imports drafts through the lifecycle, and the same file again changes nothing', async () => {
    const editor = await createActor('EDITOR');
    const country = await createTestCountry();
    const mechanism = await createTestMechanism(country.id);
    const tag = uniqueTag();
    const pdf = makePdf([`Informe ${tag}`]);
    const zip = zipFile([{ name: `files/${tag}.pdf`, bytes: pdf, deflate: true }]);
    const bytes = csvFile([
      DOC_HEADER,
      docRow(`${tag}-a`, {
        titleEn: 'Report A',
        countries: country.slug,
        mechanisms: mechanism.slug,
        file: `${tag}.pdf`,
      }),
      docRow(`${tag}-b`, { type: 'LAW', date: '', titleEs: '=HYPERLINK("http://x")' }),
    ]);

    const dryRun = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(bytes),
      zip,
      commit: false,
    });
    expect(dryRun).toMatchObject({ rows: 2, errors: [], created: 2, committed: false });
    expect(await prisma.document.count({ where: { slug: { startsWith: tag } } })).toBe(0);

    const first = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(bytes),
      zip,
      commit: true,
    });
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, committed: true });
    const stored = await prisma.document.findUniqueOrThrow({
      where: { slug: `${tag}-a` },
      include: { translations: true, countries: true, mechanisms: true, file: true },
    });
    expect(stored).toMatchObject({ type: 'REPORT', status: 'DRAFT', originalLocale: 'es' });
    expect(stored.publishedOn?.toISOString()).toBe('2024-05-10T00:00:00.000Z');
    expect(stored.translations.map((t) => [t.locale, t.title, t.summary]).sort()).toEqual([
      ['en', 'Report A', null],
      ['es', `Informe ${tag}-a`, 'Resumen, con coma'],
    ]);
    expect(stored.countries.map((c) => c.id)).toEqual([country.id]);
    expect(stored.mechanisms.map((m) => m.id)).toEqual([mechanism.id]);
    expect(stored.file).toMatchObject({
      filename: `${tag}.pdf`,
      contentType: 'application/pdf',
      size: pdf.byteLength,
    });
    // A formula-like cell is kept as the text it is.
    const formula = await prisma.documentTranslation.findFirstOrThrow({
      where: { document: { slug: `${tag}-b` } },
    });
    expect(formula.title).toBe('=HYPERLINK("http://x")');

    const ids = (await prisma.document.findMany({ where: { slug: { startsWith: tag } } })).map(
      (d) => d.id,
    );
    const audits = await prisma.auditLog.findMany({
      where: { entityId: { in: ids } },
      select: { action: true, actorId: true },
    });
    expect(audits).toEqual([
      { action: 'document.create', actorId: editor.id },
      { action: 'document.create', actorId: editor.id },
    ]);

    const again = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(bytes),
      zip,
      commit: true,
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: [] });
    expect(await auditCount(ids)).toBe(2);

    const edited = csvFile([
      DOC_HEADER,
      docRow(`${tag}-a`, {
        titleEn: 'Report A, corrected',
        countries: country.slug,
        mechanisms: mechanism.slug,
        file: `${tag}.pdf`,
      }),
      docRow(`${tag}-b`, { type: 'LAW', date: '', titleEs: '=HYPERLINK("http://x")' }),
    ]);
    const update = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(edited),
      zip,
      commit: true,
    });
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = await prisma.document.findUniqueOrThrow({
      where: { slug: `${tag}-a` },
      include: { translations: true },
    });
    expect(after.version).toBe(stored.version + 1);
    expect(after.fileId).toBe(stored.fileId);
    expect(after.translations.find((t) => t.locale === 'en')?.title).toBe('Report A, corrected');
    const update1 = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: stored.id, action: 'document.update' },
    });
    expect(update1.actorId).toBe(editor.id);
  });

  it('publishes only what the status column or the form asks for, audited', async () => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const bytes = csvFile([
      DOC_HEADER,
      docRow(`${tag}-pub`, { status: 'published' }),
      docRow(`${tag}-draft`, { status: 'DRAFT' }),
      docRow(`${tag}-plain`),
    ]);
    await importContent({ actor: editor, type: 'documents', open: opener(bytes), commit: true });
    const statuses = await prisma.document.findMany({
      where: { slug: { startsWith: tag } },
      select: { slug: true, status: true },
      orderBy: { slug: 'asc' },
    });
    expect(statuses).toEqual([
      { slug: `${tag}-draft`, status: 'DRAFT' },
      { slug: `${tag}-plain`, status: 'DRAFT' },
      { slug: `${tag}-pub`, status: 'PUBLISHED' },
    ]);
    const published = await prisma.auditLog.count({
      where: { action: 'document.publish', actorId: editor.id },
    });
    expect(published).toBe(1);

    const other = uniqueTag();
    const withForm = csvFile([
      DOC_HEADER,
      docRow(`${other}-x`),
      docRow(`${other}-y`, { status: 'draft' }),
    ]);
    await importContent({
      actor: editor,
      type: 'documents',
      open: opener(withForm),
      commit: true,
      publish: true,
    });
    expect(
      await prisma.document.findMany({
        where: { slug: { startsWith: other } },
        select: { status: true },
        orderBy: { slug: 'asc' },
      }),
    ).toEqual([{ status: 'PUBLISHED' }, { status: 'DRAFT' }]);

    const focal = await createActor('FOCAL_POINT');
    await expect(
      importContent({ actor: focal, type: 'documents', open: opener(bytes), commit: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports every invalid row with its line, column and reason, and then writes nothing', async () => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const bytes = csvFile([
      DOC_HEADER,
      docRow(`${tag}-ok`),
      docRow(`${tag}-date`, { date: '2024-02-30' }),
      docRow(`${tag}-country`, { countries: 'no-such-country' }),
      docRow(`${tag}-ok`),
      docRow(`${tag}-type`, { type: 'poster' }),
      docRow(`${tag}-title`, { titleEs: '' }),
      docRow(`${tag}-status`, { status: 'maybe' }),
      docRow(`${tag}-file`, { file: 'absent.pdf' }),
      docRow('Not A Slug!'),
    ]);
    const report = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(bytes),
      commit: true,
    });
    expect(report.errors).toEqual([
      { line: 3, field: 'published_on', reason: 'invalidDate', detail: '' },
      { line: 4, field: 'countries', reason: 'unknownSlug', detail: 'no-such-country' },
      { line: 5, field: 'slug', reason: 'duplicate', detail: '2' },
      { line: 6, field: 'type', reason: 'invalidChoice', detail: '' },
      { line: 7, field: 'title_es', reason: 'required', detail: '' },
      { line: 8, field: 'status', reason: 'invalidChoice', detail: '' },
      { line: 9, field: 'file', reason: 'fileMissing', detail: 'absent.pdf' },
      { line: 10, field: 'slug', reason: 'invalidSlug', detail: '' },
    ]);
    // The counts are what the valid rows would do; nothing was written.
    expect(report).toMatchObject({ rows: 9, committed: false, created: 1 });
    expect(await prisma.document.count({ where: { slug: { startsWith: tag } } })).toBe(0);
  });

  it('refuses a file that is not UTF-8, lacks columns or has a broken quote', async () => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`${DOC_HEADER}\r\n${tag},REPORT,es,2024-01-01,"Acci`),
      0xf3, // "ó" in Latin-1: not UTF-8
      ...new TextEncoder().encode('n",,,,,,\r\n'),
    ]);
    const run = (bytes: Uint8Array) =>
      importContent({ actor: editor, type: 'documents', open: opener(bytes), commit: true });
    expect((await run(latin1)).errors).toEqual([
      { line: 0, field: '', reason: 'encoding', detail: '' },
    ]);
    expect((await run(csvFile(['slug,title_es', `${tag},Informe`]))).errors).toEqual([
      { line: 1, field: '', reason: 'missingColumns', detail: 'type, original_language' },
    ]);
    expect(
      (await run(csvFile([DOC_HEADER, docRow(`${tag}-q`), `${tag}-r,REPORT,es,"bad"quote,x`])))
        .errors,
    ).toEqual([{ line: 3, field: '', reason: 'quotes', detail: '' }]);
    expect((await run(new Uint8Array())).errors).toEqual([
      { line: 0, field: '', reason: 'missingColumns', detail: 'slug, type, original_language' },
    ]);
    expect(await prisma.document.count({ where: { slug: { startsWith: tag } } })).toBe(0);
  });

  it('checks a 10 MB file of events, streamed', async () => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const lines = ['slug,kind,original_language,starts_on,date_precision,title_es,summary_es'];
    const filler = 'x'.repeat(1000);
    for (let n = 1; n <= 10_000; n += 1) {
      lines.push(`${tag}-${n},WEBINAR,es,2030-01-01,DAY,Evento ${n},${filler}`);
    }
    const bytes = csvFile(lines);
    expect(bytes.byteLength).toBeGreaterThan(10 * 1024 * 1024);
    const report = await importContent({
      actor: editor,
      type: 'events',
      open: opener(bytes),
      commit: false,
    });
    expect(report).toMatchObject({ rows: 10_000, errors: [], created: 10_000 });
    expect(await prisma.event.count({ where: { slug: { startsWith: tag } } })).toBe(0);

    const tooLarge = await importContent({
      actor: editor,
      type: 'events',
      open: opener(bytes),
      commit: false,
      maxBytes: 1024 * 1024,
    });
    expect(tooLarge.errors).toEqual([{ line: 0, field: '', reason: 'tooLarge', detail: '' }]);
  });

  it('reads an export’s escaped formula cells back as the text they were', async () => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const bytes = csvFile([
      'slug,type,original_language,title,title_language,summary',
      `${tag},report,ES,"'=1+1",es,'-2 grados`,
    ]);
    await importContent({ actor: editor, type: 'documents', open: opener(bytes), commit: true });
    const row = await prisma.documentTranslation.findFirstOrThrow({
      where: { document: { slug: tag } },
    });
    expect(row).toMatchObject({ locale: 'es', title: '=1+1', summary: '-2 grados' });
    // Codes and languages are matched whatever their case.
    expect(await prisma.document.findUnique({ where: { slug: tag } })).toMatchObject({
      type: 'REPORT',
      originalLocale: 'es',
    });
  });
});

describe('the ZIP of files', () => {
  const header = 'slug,type,original_language,title_es,file';
  const run = async (
    zip: Uint8Array,
    file = 'a.pdf',
    zipLimits?: Parameters<typeof importContent>[0]['zipLimits'],
  ) => {
    const editor = await createActor('EDITOR');
    const tag = uniqueTag();
    const report = await importContent({
      actor: editor,
      type: 'documents',
      open: opener(csvFile([header, `${tag},REPORT,es,Informe,${file}`])),
      zip,
      commit: true,
      zipLimits,
    });
    expect(await prisma.document.count({ where: { slug: tag } })).toBe(report.committed ? 1 : 0);
    return report.errors;
  };
  const pdf = makePdf(['x']);

  it('refuses names that leave the folder, absolute ones, and what is no ZIP', async () => {
    for (const name of ['../a.pdf', 'files/../../a.pdf', '/etc/a.pdf', 'C:/a.pdf']) {
      expect(await run(zipFile([{ name, bytes: pdf }]))).toEqual([
        { line: 0, field: 'zip', reason: 'zipUnsafeName', detail: '' },
      ]);
    }
    expect(await run(new TextEncoder().encode('not a zip at all'))).toEqual([
      { line: 0, field: 'zip', reason: 'zipInvalid', detail: '' },
    ]);
  });

  it('refuses too many entries and more declared bytes than allowed (a zip bomb)', async () => {
    const many = zipFile(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.pdf`, bytes: pdf })));
    expect(await run(many, 'f1.pdf', { maxEntries: 4 })).toEqual([
      { line: 0, field: 'zip', reason: 'zipTooManyEntries', detail: '' },
    ]);
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipFile([{ name: 'a.pdf', bytes: zeros, deflate: true }]);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    expect(await run(bomb, 'a.pdf', { maxTotalBytes: 1024 * 1024 })).toEqual([
      { line: 0, field: 'zip', reason: 'zipTooLarge', detail: '' },
    ]);
  });

  it('refuses an entry whose real size is not the declared one, and files of other types', async () => {
    const liar = zipFile([
      { name: 'a.pdf', bytes: new Uint8Array(4 * 1024 * 1024), deflate: true, declaredSize: 100 },
    ]);
    expect(await run(liar)).toEqual([
      { line: 2, field: 'file', reason: 'zipInvalid', detail: 'a.pdf' },
    ]);
    const script = zipFile([
      { name: 'a.pdf', bytes: new TextEncoder().encode('<script>x</script>') },
    ]);
    expect(await run(script)).toEqual([
      { line: 2, field: 'file', reason: 'fileType', detail: 'a.pdf' },
    ]);
    const empty = zipFile([{ name: 'a.pdf', bytes: new Uint8Array() }]);
    expect(await run(empty)).toEqual([
      { line: 2, field: 'file', reason: 'fileEmpty', detail: 'a.pdf' },
    ]);
    expect(await run(zipFile([{ name: 'docs/a.pdf', bytes: pdf }]))).toEqual([]);
  });
});
