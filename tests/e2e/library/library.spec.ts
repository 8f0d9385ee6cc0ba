import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { type LibraryFixture, seedLibrary } from '../fixtures/library';

// Each worker seeds its own theme and documents and filters by that theme, so the assertions
// hold whatever else the e2e database contains.
let library: LibraryFixture;
test.beforeAll(async () => {
  library = await seedLibrary();
});
test.afterAll(async () => {
  await library?.cleanup();
});

const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /Resultados|Results/ }).getByRole('article');

test('[PUBLIC] filters the library by type and year with the form, and clears a filter (es)', async ({
  page,
}) => {
  await page.goto(`/es/documents?theme=${library.themeSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Biblioteca de buenas prácticas',
  );
  await expect(page.getByText('23 documentos')).toBeVisible();

  await page.getByLabel('Tipo de documento').selectOption({ label: 'Ley' });
  await page.getByLabel('Año de publicación').selectOption('2019');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();

  await expect(page).toHaveURL(/[?&]type=LAW/);
  await expect(page).toHaveURL(/[?&]year=2019/);
  await expect(page.getByText('3 documentos', { exact: true })).toBeVisible();
  await expect(results(page)).toHaveCount(3);
  for (const result of await results(page).all()) {
    await expect(result).toContainText('Ley');
    await expect(result).toContainText('2019');
  }
  const active = page.getByRole('region', { name: 'Filtros activos' });
  await expect(active).toContainText(`Tema: ${library.themeLabel.es}`);
  await expect(active).toContainText('Tipo de documento: Ley');
  await expectNoSeriousA11yViolations(page);

  await active.getByRole('link', { name: 'quitar el filtro Tipo de documento: Ley' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page).toHaveURL(/year=2019/);
  // The draft law of 2019 never appears.
  await expect(results(page)).toHaveCount(3);
  await expect(page.getByLabel('Tipo de documento')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[PUBLIC] filters and pages the library with a plain form and links (en)', async ({
    page,
  }) => {
    await page.goto(`/en/documents?theme=${library.themeSlug}`);
    await page.getByLabel('Document type').selectOption({ label: 'Report' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]type=REPORT/);
    await expect(page.getByText('20 documents', { exact: true })).toBeVisible();
    await page.goto(`/en/documents?theme=${library.themeSlug}`);
    await page
      .getByRole('navigation', { name: 'Result pages' })
      .getByRole('link', { name: 'Page 2' })
      .click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(results(page)).toHaveCount(3);
  });
});

test('[PUBLIC] paginates the library 20 per page (en)', async ({ page }) => {
  await page.goto(`/en/documents?theme=${library.themeSlug}`);
  await expect(page.getByText('Showing 1–20 of 23.')).toBeVisible();
  await expect(results(page)).toHaveCount(20);
  const pages = page.getByRole('navigation', { name: 'Result pages' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yViolations(page);

  const next = pages.getByRole('link', { name: 'Next' });
  await expect(next).toHaveAttribute('rel', 'next');
  await next.click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(results(page)).toHaveCount(3);
  await expect(page.getByText('Showing 21–23 of 23.')).toBeVisible();
  // Filtered and later pages are for visitors, not for search engines' index.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(pages.getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev');
  await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0);

  // A page past the end says so and links back to the last page.
  await page.goto(`/en/documents?theme=${library.themeSlug}&page=9`);
  await expect(page.getByText('Page 9 does not exist: this list has 2 pages.')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to the last page' }).click();
  await expect(results(page)).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
});

test('[PUBLIC] ignores bad query parameters instead of failing (es)', async ({ page }) => {
  const response = await page.goto(
    `/es/documents?theme=${library.themeSlug}&page=-3&type=foo&year=abc&sort=evil`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByText('23 documentos')).toBeVisible();
  await expect(page.getByLabel('Ordenar por')).toHaveValue('newest');
});

test('[PUBLIC] opens a document page with its metadata (pt)', async ({ page }) => {
  await page.goto(`/pt/documents?theme=${library.themeSlug}&type=LAW&sort=title`);
  await page.getByRole('link', { name: library.law.pt }).click();
  await expect(page).toHaveURL(new RegExp(`/pt/documents/${library.law.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(library.law.pt);
  const details = page.locator('dl');
  await expect(details).toContainText('Lei');
  await expect(details).toContainText('2019');
  await expect(details).toContainText('espanhol (original), português, inglês');
  // No Portuguese summary: the Spanish one is shown, marked as such.
  await expect(
    page.getByText('Este conteúdo ainda não está disponível em português'),
  ).toBeVisible();
  await expect(page.getByText('Resumen 0.')).toHaveAttribute('lang', 'es');
  const themeLink = page.getByRole('link', { name: library.themeLabel.pt });
  await expect(themeLink).toHaveAttribute('href', `/pt/documents?theme=${library.themeSlug}`);
  await expect(page.getByRole('link', { name: 'Argentina' })).toHaveAttribute(
    'href',
    '/pt/countries/argentina',
  );
  await expect(page.getByText('Este documento ainda não tem arquivo nem link.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('[PUBLIC] offers the PDF download and shows an excerpt of its text (es)', async ({ page }) => {
  await page.goto(`/es/documents/${library.withPdf.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(library.withPdf.title);
  await expect(page.getByRole('heading', { name: 'Extracto del PDF' })).toBeVisible();
  await expect(page.locator('blockquote')).toContainText(library.withPdf.excerptLine);
  await expectNoSeriousA11yViolations(page);

  const link = page.getByRole('link', { name: /^Descargar PDF \(\d+ kB\)$/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(library.withPdf.filename);
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(new Uint8Array(await response.body())).toEqual(library.withPdf.bytes);
});

test('[PUBLIC] shows a document in the visitor’s language when translated (en)', async ({
  page,
}) => {
  await page.goto(`/en/documents/${library.law.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(library.law.en);
  await expect(page.getByText('Summary 0.')).toBeVisible();
  await expect(page.getByText(/not yet available in English/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
    'href',
    '/en/documents',
  );
  await expectNoSeriousA11yViolations(page);
});
