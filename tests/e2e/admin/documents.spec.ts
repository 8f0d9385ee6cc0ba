import { expect, test } from '@playwright/test';

import { makePdf } from '../../support/make-pdf';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb, signInAs } from '../fixtures/backoffice';

const today = new Date().toISOString().slice(0, 10);

test('[ADMIN] an editor writes a document in Spanish, adds Portuguese and English, uploads a PDF, publishes it and the library shows it in three languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = e2eTag('doc');
  const titles = {
    es: `Informe de monitoreo ${tag}`,
    pt: `Relatório de monitoramento ${tag}`,
    en: `Monitoring report ${tag}`,
  };
  await signInAs(page, 'EDITOR');

  await page.goto('/es/admin/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo documento' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Tipo', { exact: true }).selectOption('REPORT');
  await page.locator('#f-publishedOn').fill(today);
  await page.locator('#f-translations-es-title').fill(titles.es);
  await page.locator('#f-translations-es-summary').fill('Resumen del informe anual.');
  await page.getByRole('button', { name: 'Crear borrador' }).click();

  await expect(page.getByText('Creado como borrador.')).toBeVisible();
  await expect(page.getByText('Faltan traducciones: Português y English')).toBeVisible();
  const id = page.url().match(/\/admin\/documents\/([^/?]+)/)![1]!;
  const [row0] = await queryDb<{ slug: string }>('SELECT slug FROM "Document" WHERE id = $1', [id]);
  const slug = row0!.slug;

  // A draft is not public, but staff can preview it.
  expect((await page.request.get(`/es/documents/${slug}`)).status()).toBe(404);
  await page.goto(`/es/admin/preview/documents/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: titles.es })).toBeVisible();
  await expect(
    page.getByText('Vista previa de la página pública. Estado: Borrador.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/es/admin/documents/${id}`);
  await page.locator('#f-translations-pt-title').fill(titles.pt);
  await page.locator('#f-translations-en-title').fill(titles.en);
  await page.locator('#f-file').setInputFiles({
    name: 'informe.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(makePdf([`Texto del informe ${tag}`])),
  });
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByText('Cambios guardados.')).toBeVisible();
  await expect(page.getByText('Completo en los tres idiomas')).toBeVisible();
  await expect(page.getByText('Archivo actual: informe.pdf')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Publicar' }).click();
  await expect(page.getByText('Publicado.', { exact: true })).toBeVisible();
  const [row] = await queryDb<{ status: string; contentType: string }>(
    `SELECT d.status, f."contentType" FROM "Document" d JOIN "StoredFile" f ON f.id = d."fileId" WHERE d.id = $1`,
    [id],
  );
  expect(row).toEqual({ status: 'PUBLISHED', contentType: 'application/pdf' });

  for (const locale of ['es', 'pt', 'en'] as const) {
    await page.goto(`/${locale}/documents`);
    const link = page.getByRole('link', { name: titles[locale] });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: titles[locale] })).toBeVisible();
  }
});

test('[ADMIN] the documents list filters rows lacking a language', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'EDITOR');
  const tag = e2eTag('lack');
  await page.goto('/en/admin/documents/new');
  await page.locator('#f-originalLocale').selectOption('en');
  await page.locator('#f-translations-en-title').fill(`Only in English ${tag}`);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Created as a draft.', { exact: false })).toBeVisible();

  await page.goto('/en/admin/documents');
  await page.getByLabel('Without a translation in').selectOption('pt');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/lacks=pt/);
  const row = page.getByRole('row', { name: new RegExp(`Only in English ${tag}`) });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('Missing translations: Spanish and Portuguese');
  await expectNoSeriousA11yViolations(page);

  await page.goto('/en/admin/documents?lacks=en');
  await expect(page.getByRole('row', { name: new RegExp(tag) })).toHaveCount(0);
});
