import { expect, test } from '@playwright/test';

import { e2eTag, signInAs } from '../fixtures/backoffice';

test('[ADMIN] an empty file is refused with a message, and what was typed stays', async ({
  page,
}) => {
  const title = `Informe vacío ${e2eTag('empty')}`;
  await signInAs(page, 'EDITOR');
  await page.goto('/es/admin/documents/new');
  await page.getByLabel('Tipo', { exact: true }).selectOption('REPORT');
  await page.locator('#f-translations-es-title').fill(title);
  await page.locator('#f-file').setInputFiles({
    name: 'informe.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(0),
  });
  await page.getByRole('button', { name: 'Crear borrador' }).click();

  await expect(page.getByText('El archivo está vacío.').first()).toBeVisible();
  await expect(page.locator('#f-translations-es-title')).toHaveValue(title);
  await expect(page).toHaveURL(/\/es\/admin\/documents\/new/);

  // Without a file the same form creates the draft.
  await page.locator('#f-file').setInputFiles([]);
  await page.getByRole('button', { name: 'Crear borrador' }).click();
  await expect(page.getByText('Creado como borrador.')).toBeVisible();
});
