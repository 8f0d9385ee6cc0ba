import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, freeIsoCodes, signInAs } from '../fixtures/backoffice';

/** Each section: its list, a new draft through its form, and a second save on its edit page. */
const SECTIONS = [
  {
    path: 'events',
    fill: async (page: import('@playwright/test').Page, tag: string) => {
      await page.locator('#f-startsOn').fill('2026-05-04');
      await page.locator('#f-translations-es-title').fill(`Evento ${tag}`);
    },
    hasStatus: true,
  },
  {
    path: 'cooperations',
    fill: async (page: import('@playwright/test').Page, tag: string) => {
      await page.locator('#f-translations-es-title').fill(`Cooperación ${tag}`);
      await page.locator('input[name=mechanismIds]').first().check();
    },
    hasStatus: true,
  },
  {
    path: 'mechanisms',
    fill: async (page: import('@playwright/test').Page, tag: string) => {
      await page.locator('#f-level').selectOption('LOCAL');
      await page.locator('#f-jurisdiction').fill(`Provincia ${tag}`);
      await page.locator('#f-translations-es-name').fill(`Comité ${tag}`);
    },
    hasStatus: true,
  },
  {
    path: 'countries',
    fill: async (page: import('@playwright/test').Page, tag: string) => {
      const { iso2, iso3 } = await freeIsoCodes();
      await page.locator('#f-iso2').fill(iso2);
      await page.locator('#f-iso3').fill(iso3);
      await page.locator('#f-translations-es-name').fill(`País ${tag}`);
    },
    hasStatus: true,
  },
  {
    path: 'themes',
    fill: async (page: import('@playwright/test').Page, tag: string) => {
      await page.locator('#f-translations-es-label').fill(`Tema ${tag}`);
    },
    hasStatus: false,
  },
] as const;

for (const section of SECTIONS) {
  test(`[ADMIN] the ${section.path} section lists, creates and edits drafts`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, 'EDITOR');
    const tag = e2eTag(section.path.slice(0, 4));
    await page.goto(`/es/admin/${section.path}`);
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/es/admin/${section.path}/new`);
    await expectNoSeriousA11yViolations(page);
    await section.fill(page, tag);
    await page.getByRole('button', { name: 'Crear borrador' }).click();
    await expect(page.getByText('Creado como borrador.')).toBeVisible();
    if (section.hasStatus) {
      // Publishing is exercised by the document, XSS and focal-point journeys; publishing here
      // too would change public lists while other specs count them.
      await expectNoSeriousA11yViolations(page);
      await expect(page.getByRole('button', { name: 'Publicar' })).toBeVisible();
    } else {
      await page
        .getByRole('link', { name: new RegExp(tag) })
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByText('Cambios guardados.')).toBeVisible();
    await page.goto(`/en/admin/${section.path}`);
    await expect(page.getByRole('link', { name: new RegExp(tag) }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
