import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';

/** Published cooperations with at least one published mechanism: what the page shows. */
const publishedCooperations = async () => {
  const [row] = await queryE2eDb<{ count: string }>(
    `SELECT count(*) FROM "Cooperation" c
      WHERE c.status = 'PUBLISHED' AND EXISTS (
        SELECT 1 FROM "_CooperationToMechanism" cm JOIN "Mechanism" m ON m.id = cm."B"
         WHERE cm."A" = c.id AND m.status = 'PUBLISHED')`,
  );
  return Number(row!.count);
};

const WORDS = {
  es: {
    nav: 'Red',
    title: 'Red de intercambios',
    kind: 'Convenio',
    node: /^Comité Nacional para la Prevención de la Tortura \(Argentina\): \d+ cooperaci/,
    partners: 'Mecanismos con los que coopera:',
  },
  en: {
    nav: 'Network',
    title: 'Network of exchanges',
    kind: 'Agreement',
    node: /^Comité Nacional para la Prevención de la Tortura \(Argentina\): \d+ cooperations?$/,
    partners: 'Partner mechanisms:',
  },
} as const;

test.describe('[PUBLIC] network of exchanges', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const [locale, words] of Object.entries(WORDS)) {
    test(`shows who cooperated with whom, when and on what source (${locale})`, async ({
      page,
    }) => {
      const count = await publishedCooperations();
      await page.goto(`/${locale}`);
      await page.locator('header nav').getByRole('link', { name: words.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/network$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);

      // The table: one row per cooperation, with the 2021 agreement between Mexico and Argentina.
      const table = page.getByRole('table');
      await expect(table.locator('tbody tr')).toHaveCount(count);
      const agreement = table.locator('tbody tr').filter({ hasText: '2021' }).first();
      await expect(agreement).toContainText(words.kind);
      await expect(agreement.getByRole('link', { name: /newsreportmx\.com/ })).toBeVisible();

      // The diagram: each mechanism a link named by mechanism, country and cooperations.
      const node = page.locator('svg[role="group"] a').filter({ has: page.locator('title') });
      await expect(page.getByRole('link', { name: words.node })).toHaveCount(1);
      expect(await node.count()).toBeGreaterThanOrEqual(2);
      await expectNoSeriousA11yViolations(page);

      // A mechanism page names its partners.
      await page.getByRole('link', { name: words.node }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/mechanisms/argentina-npm$`));
      const partners = page.getByTestId('partner-mechanisms');
      await expect(partners).toContainText(words.partners);
      await expect(partners.getByRole('link')).toHaveAttribute('href', /\/mechanisms\/mexico-npm$/);
    });
  }
});
