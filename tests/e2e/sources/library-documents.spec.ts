import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryDb } from '../fixtures/backoffice';

test.describe('[PUBLIC] a library you can open', () => {
  test('holds at least 40 real documents, each linked or saying why not', async () => {
    const [row] = await queryDb<{ total: number; linked: number }>(
      `SELECT count(*)::int AS total, count("externalUrl")::int AS linked
       FROM "Document" WHERE status = 'PUBLISHED' AND slug NOT LIKE 'e2e-%'`,
    );
    expect(row!.total).toBeGreaterThanOrEqual(40);
    expect(row!.linked).toBeGreaterThanOrEqual(row!.total - 2);
  });

  test('an SPT report opens on the UN document, with its date, language and country (pt)', async ({
    page,
  }) => {
    await page.goto('/pt/documents/cat-op-per-1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('CAT/OP/PER/1');
    const main = page.locator('main');
    await expect(main).toContainText('9 de agosto de 2017');
    await expect(main.getByRole('link', { name: 'Peru', exact: true })).toBeVisible();
    const link = main.locator('a[href^="http://docstore.ohchr.org/"]');
    await expect(link).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });

  test('a seeded document shows the month its source gives, not a made-up day (en)', async ({
    page,
  }) => {
    await page.goto('/en/documents/buenos-aires-declaration-2013');
    const date = page.locator('main time[datetime="2013-08"]');
    await expect(date).toHaveText('August 2013');
    await expect(
      page.locator(
        'main a[href="https://www.apt.ch/en/news_on_prevention/partnerships-torture-prevention-southern-cone"]',
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
