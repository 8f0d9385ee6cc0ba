import { expect, type Page, test } from '@playwright/test';

import { makePdf } from '../../support/make-pdf';
import { zipFile } from '../../support/zip-file';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { createUser, e2eTag, queryDb, signIn } from '../fixtures/backoffice';

const csv = (lines: string[]) => ({
  name: 'import.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`),
});

const submit = async (page: Page, button: string) => {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status')).toBeVisible();
};

test('[ADMIN] an editor checks a CSV of documents with its ZIP, sees each invalid row, then imports it as drafts (Spanish)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = e2eTag('imp');
  const header = 'slug,type,original_language,published_on,title_es,title_en,file';
  const good = [
    `${tag}-a,REPORT,es,2024-05-10,Informe ${tag},Report ${tag},informe.pdf`,
    `${tag}-b,GUIDE,es,,"Guía, ${tag}",,`,
  ];
  const zip = {
    name: 'archivos.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipFile([{ name: 'informe.pdf', bytes: makePdf([tag]), deflate: true }])),
  };
  await signIn(page, await createUser('EDITOR'));
  await page.goto('/es/admin/import');
  await expect(
    page.getByRole('heading', { name: 'Importar documentos, eventos y mecanismos' }),
  ).toBeVisible();
  await page.getByLabel('Qué contiene el archivo').selectOption('documents');
  await page
    .getByLabel('Archivo CSV')
    .setInputFiles(csv([header, ...good, `${tag}-c,POSTER,es,2024-02-30,Malo,,`]));
  await page.getByLabel(/ZIP de archivos/).setInputFiles(zip);
  await submit(page, 'Comprobar');
  const status = page.getByRole('status');
  await expect(status).toContainText('3 filas leídas; 1 inválida.');
  const rows = status.getByRole('row');
  await expect(rows.nth(1)).toContainText('4');
  await expect(rows.nth(1)).toContainText('type');
  await expect(rows.nth(1)).toContainText('Elija una de las opciones.');
  await expect(rows.nth(2)).toContainText('published_on');
  await expect(rows.nth(2)).toContainText('Escriba una fecha válida (AAAA-MM-DD).');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Archivo CSV').setInputFiles(csv([header, ...good]));
  await page.getByLabel(/ZIP de archivos/).setInputFiles(zip);
  await submit(page, 'Comprobar');
  await expect(status).toContainText('La importación crearía 2 elementos');
  expect(await queryDb(`SELECT 1 FROM "Document" WHERE slug LIKE $1`, [`${tag}%`])).toHaveLength(0);

  await page.getByLabel('Archivo CSV').setInputFiles(csv([header, ...good]));
  await page.getByLabel(/ZIP de archivos/).setInputFiles(zip);
  await submit(page, 'Importar');
  await expect(status).toContainText('2 creados');
  const stored = await queryDb<{ slug: string; status: string; filename: string | null }>(
    `SELECT d.slug, d.status, f.filename FROM "Document" d LEFT JOIN "StoredFile" f ON f.id = d."fileId"
     WHERE d.slug LIKE $1 ORDER BY d.slug`,
    [`${tag}%`],
  );
  expect(stored).toEqual([
    { slug: `${tag}-a`, status: 'DRAFT', filename: 'informe.pdf' },
    { slug: `${tag}-b`, status: 'DRAFT', filename: null },
  ]);
  await expectNoSeriousA11yViolations(page);
});

test('[ADMIN] an editor checks and imports a CSV of events, publishing them (English)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = e2eTag('imp');
  const header = 'slug,kind,original_language,starts_on,date_precision,title,title_language,online';
  const good = `${tag},WEBINAR,en,2031-03-01,DAY,Webinar ${tag},en,true`;
  await signIn(page, await createUser('EDITOR'), 'en');
  await page.goto('/en/admin/import');
  await page.getByLabel('What the file contains').selectOption('events');
  await page
    .getByLabel('CSV file')
    .setInputFiles(csv([header, good, `${tag}-2,WEBINAR,en,2031-03-01,DAY,Other,en,perhaps`]));
  await submit(page, 'Check');
  const status = page.getByRole('status');
  await expect(status).toContainText('2 rows read; 1 invalid.');
  await expect(status.getByRole('row').nth(1)).toContainText('online');
  await expect(status.getByRole('row').nth(1)).toContainText('Choose one of the options.');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('CSV file').setInputFiles(csv([header, good]));
  await page.getByLabel('Publish new items at once').check();
  await submit(page, 'Import');
  await expect(status).toContainText('1 created');
  expect(await queryDb(`SELECT status, online FROM "Event" WHERE slug = $1`, [tag])).toEqual([
    { status: 'PUBLISHED', online: true },
  ]);

  await page.getByLabel('CSV file').setInputFiles(csv([header, good]));
  await submit(page, 'Import');
  await expect(status).toContainText('None created, none updated, 1 unchanged.');
});
