import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, signInAs } from '../fixtures/backoffice';

test('[ADMIN] a save based on a stale version shows the conflict and keeps the typed text', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'EDITOR');
  const tag = e2eTag('conflict');
  await page.goto('/es/admin/documents/new');
  await page.locator('#f-translations-es-title').fill(`Original ${tag}`);
  await page.getByRole('button', { name: 'Crear borrador' }).click();
  await expect(page.getByText('Creado como borrador.')).toBeVisible();
  const editUrl = page.url().split('?')[0]!;

  // Two tabs of the same session load version 1.
  const other = await context.newPage();
  await other.goto(editUrl);
  await page.goto(editUrl);

  await other.locator('#f-translations-es-title').fill(`Saved first ${tag}`);
  await other.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(other.getByText('Cambios guardados.')).toBeVisible();

  await page.locator('#f-translations-es-title').fill(`Saved second ${tag}`);
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(
    page.getByText(
      'Otra persona guardó este contenido después de que usted abriera el formulario.',
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect(page.locator('#f-translations-es-title')).toHaveValue(`Saved second ${tag}`);
  await expectNoSeriousA11yViolations(page);

  // Nothing was overwritten; the link loads the version saved first.
  await page.getByRole('link', { name: 'Abrir la versión actual', exact: false }).click();
  await expect(page.locator('#f-translations-es-title')).toHaveValue(`Saved first ${tag}`);
});
