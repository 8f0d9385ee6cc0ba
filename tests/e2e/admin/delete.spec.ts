import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb, signInAs } from '../fixtures/backoffice';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test(`[ADMIN] deleting asks for confirmation on its own page (${javaScriptEnabled ? 'JS' : 'no JS'})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signInAs(page, 'EDITOR');
      const title = `Borrador para eliminar ${e2eTag()}`;
      await page.goto('/es/admin/events/new');
      await page.locator('#f-startsOn').fill('2026-06-01');
      await page.locator('#f-translations-es-title').fill(title);
      await page.getByRole('button', { name: 'Crear borrador' }).click();
      await expect(page.getByText('Creado como borrador.')).toBeVisible();
      const id = page.url().match(/\/admin\/events\/([^/?]+)/)![1]!;

      await page.getByRole('link', { name: 'Eliminar' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: `Eliminar «${title}»` }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
      // Cancelling keeps it.
      await page.getByRole('link', { name: 'Cancelar y volver' }).click();
      await expect(page).toHaveURL(new RegExp(`/es/admin/events/${id}$`));
      expect(await queryDb('SELECT 1 FROM "Event" WHERE id = $1', [id])).toHaveLength(1);

      await page.goto(`/es/admin/events/${id}/delete`);
      await page.getByRole('button', { name: 'Sí, eliminar' }).click();
      await expect(page.getByText('Eliminado.')).toBeVisible();
      await expect(page.getByRole('link', { name: title })).toHaveCount(0);
      expect(await queryDb('SELECT 1 FROM "Event" WHERE id = $1', [id])).toEqual([]);
    });
  });
}
