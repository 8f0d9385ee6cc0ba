import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';

/** Units with a published local mechanism on record (not only in process), from the database. */
const coveredUnits = async (slug: string) => {
  const [row] = await queryE2eDb<{ count: string }>(
    `SELECT count(DISTINCT m."subdivisionCode") FROM "Mechanism" m
       JOIN "Country" c ON c.id = m."countryId"
      WHERE c.slug = $1 AND m.level = 'LOCAL' AND m.status = 'PUBLISHED'
        AND (m."operationalStatus" IS NULL OR m."operationalStatus" IN ('OPERATIONAL', 'DESIGNATED'))`,
    [slug],
  );
  return Number(row!.count);
};

/**
 * Puts the keyboard's starting point on the coverage summary, the text just before the map (as a
 * screen-reader user arriving there by heading does), then tabs once: a unit of the map.
 */
const tabToMap = async (page: Page) => {
  await page
    .locator('section[aria-labelledby="local-coverage"]')
    .getByTestId('coverage-summary')
    .evaluate((summary) => {
      summary.setAttribute('tabindex', '-1');
      (summary as HTMLElement).focus();
    });
  await page.keyboard.press('Tab');
};

test.describe('[PUBLIC] local-mechanism coverage of the federal States', () => {
  // Large pages: axe takes a while on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  const SUMMARY = {
    es: (n: number) => `${n} de 24 provincias tienen un mecanismo local de prevención registrado`,
    en: (n: number) => `${n} of 24 provinces have a local preventive mechanism on record`,
  } as const;

  for (const locale of ['es', 'en'] as const) {
    test(`Argentina counts its 24 units and lists each with its mechanism (${locale})`, async ({
      page,
    }) => {
      const covered = await coveredUnits('argentina');
      await page.goto(`/${locale}/countries/argentina`);
      const section = page.locator('section[aria-labelledby="local-coverage"]');
      await expect(section.getByTestId('coverage-summary')).toContainText(SUMMARY[locale](covered));
      const table = section.getByRole('table');
      // Header row + one row per province and the autonomous city.
      await expect(table.getByRole('row')).toHaveCount(25);
      const mendoza = table.getByRole('row', { name: /^Mendoza/ });
      await expect(mendoza).toContainText('AR-M');
      await expect(mendoza).toContainText('Ley 8284');
      await expect(mendoza.getByRole('link')).toHaveAttribute(
        'href',
        /\/mechanisms\/argentina-mendoza$/,
      );
      // The map: one shape per unit, coloured by the same statuses as the table.
      await expect(section.locator('svg[role="group"] a')).toHaveCount(24);
      await expectNoSeriousA11yViolations(page);
    });
  }

  const BRAZIL = {
    pt: { status: 'Criado por lei ou designado', none: 'Sem mecanismo local registrado' },
    en: { status: 'Created by law or designated', none: 'No local mechanism on record' },
  } as const;

  for (const [locale, words] of Object.entries(BRAZIL)) {
    test(`Brazil's map: Tab reaches a state, named with its status; Enter shows its row (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/countries/brazil`);
      await tabToMap(page);
      const focused = page.locator(':focus');
      // The first unit in the table's order (alphabetical): Acre, without a mechanism on record.
      await expect(focused).toHaveAccessibleName(`Acre: ${words.none}`);
      // Onwards to Alagoas (Lei 7.141/2009).
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAccessibleName(
        new RegExp(`^Alagoas: ${words.status}`),
      );
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#unit-BR-AL$/);
      const row = page.locator('#unit-BR-AL');
      await expect(row).toBeInViewport();
      await expect(row).toContainText('7.141');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('Mexico has no local mechanism on record in any of its 32 units', async ({ page }) => {
    await page.goto('/es/countries/mexico');
    const section = page.locator('section[aria-labelledby="local-coverage"]');
    await expect(section.getByTestId('coverage-summary')).toContainText(
      '0 de 32 estados tienen un mecanismo local de prevención registrado',
    );
    await expect(section.locator('svg[role="group"] a')).toHaveCount(32);
    await expect(section.locator('path[data-status="NONE"]')).toHaveCount(32);
    await expectNoSeriousA11yViolations(page);
  });
});
