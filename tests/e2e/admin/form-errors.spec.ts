import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb, signInAs } from '../fixtures/backoffice';

const fillInvalid = async (page: import('@playwright/test').Page, summary: string) => {
  await page.locator('#f-type').selectOption('GUIDE');
  await page.locator('#f-translations-es-summary').fill(summary);
  await page.locator('#f-translations-pt-title').fill('Título em português');
  await page.locator('#f-externalUrl').fill('javascript:alert(1)');
  await page.locator('#f-sources').fill('Fuente uno\nhttps://example.org/fuente');
  await page.locator('input[name=themeIds]').first().check();
};

const expectKept = async (page: import('@playwright/test').Page, summary: string) => {
  await expect(page.locator('#f-type')).toHaveValue('GUIDE');
  await expect(page.locator('#f-translations-es-summary')).toHaveValue(summary);
  await expect(page.locator('#f-translations-pt-title')).toHaveValue('Título em português');
  await expect(page.locator('#f-externalUrl')).toHaveValue('javascript:alert(1)');
  await expect(page.locator('#f-sources')).toHaveValue('Fuente uno\nhttps://example.org/fuente');
  await expect(page.locator('input[name=themeIds]').first()).toBeChecked();
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test(`[ADMIN] invalid input shows localized field errors and keeps what was typed (${javaScriptEnabled ? 'JS' : 'no JS'})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signInAs(page, 'EDITOR');
      const summary = `Resumen ${e2eTag()}`;

      await page.goto('/es/admin/documents/new');
      await fillInvalid(page, summary);
      await page.getByRole('button', { name: 'Crear borrador' }).click();
      await expect(page.getByText('Hay 2 problemas en el formulario')).toBeVisible();
      await expect(page.locator('#f-translations-es-title-error')).toHaveText(
        'Este campo es obligatorio.',
      );
      await expect(page.locator('#f-externalUrl-error')).toHaveText(
        'Escriba una dirección web completa que empiece por http:// o https://.',
      );
      await expect(page.locator('#f-translations-es-title')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expectKept(page, summary);
      // axe runs as a script in the page: only possible with JavaScript on.
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
      // Nothing was saved.
      const saved = await queryDb('SELECT 1 FROM "DocumentTranslation" WHERE summary = $1', [
        summary,
      ]);
      expect(saved).toEqual([]);

      // The same in English.
      await page.goto('/en/admin/documents/new');
      await page.locator('#f-originalLocale').selectOption('es');
      await fillInvalid(page, summary);
      await page.getByRole('button', { name: 'Create draft' }).click();
      await expect(page.getByText('There are 2 problems in the form')).toBeVisible();
      await expect(page.locator('#f-translations-es-title-error')).toHaveText(
        'This field is required.',
      );
      await expect(page.locator('#f-externalUrl-error')).toHaveText(
        'Enter a full web address starting with http:// or https://.',
      );
      await expectKept(page, summary);
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
    });
  });
}
