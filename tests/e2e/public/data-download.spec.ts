import { statSync } from 'node:fs';

import { type APIRequestContext, expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryDb, signInAs } from '../fixtures/backoffice';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Every browser reaches the e2e server from 127.0.0.1: repeated runs start from fresh counters.
  await queryDb(`DELETE FROM rate_limit WHERE key LIKE 'api-client%'`);
});

/** The server's job worker builds the ZIP (asked for below, or its first minute's check). */
const waitForDownload = async (request: APIRequestContext) => {
  await expect
    .poll(async () => (await request.head('/api/v1/download')).status(), {
      timeout: 150_000,
      intervals: [2_000],
    })
    .toBe(200);
};

test('[ADMIN] asks for a rebuild of the full download; editors do not see the page', async ({
  browser,
  page,
  request,
}) => {
  await signInAs(page, 'ADMIN');
  await page
    .getByRole('navigation', { name: 'Área de gestión' })
    .getByRole('link', { name: 'Descarga completa de datos' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Descarga completa de datos' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Generar ahora' }).click();
  await expect(page.getByRole('status')).toContainText('Se ha solicitado una generación');
  await expectNoSeriousA11yViolations(page);
  await waitForDownload(request);

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signInAs(editorPage, 'EDITOR');
  await expect(
    editorPage
      .getByRole('navigation', { name: 'Área de gestión' })
      .getByRole('link', { name: 'Descarga completa de datos' }),
  ).toHaveCount(0);
  await editorContext.close();
});

test('[PUBLIC] the data page shows the download’s size and date, and the link downloads it', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await waitForDownload(request);
  await page.goto('/en/data');
  const section = page.getByRole('region', { name: 'Download everything' });
  await expect(section).toContainText(/Last built on \w+ \d{1,2}, \d{4}/);
  const link = section.getByRole('link', {
    name: /^Download all the data \(ZIP, [\d.,]+ (kB|MB)\)$/,
  });
  await expect(link).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const served = await request.get('/api/v1/download');
  expect(served.headers()['content-type']).toBe('application/zip');
  const length = Number(served.headers()['content-length']);
  expect((await served.body()).length).toBe(length);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^prevenir-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const saved = await download.path();
  expect(statSync(saved).size).toBe(length);

  // Spanish: the size with a decimal comma when it has decimals, and the date in Spanish.
  await page.goto('/es/data');
  await expect(page.getByRole('region', { name: 'Descargar todo' })).toContainText(
    /Generado el \d{1,2} de \w+ de \d{4}/,
  );
});
