import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryDb } from '../fixtures/backoffice';

test.describe('[PUBLIC] a library you can open', () => {
  test('holds at least 40 real documents with their links', async () => {
    // Other specs add documents of their own: count the ones with a link.
    const [row] = await queryDb<{ linked: number }>(
      `SELECT count(*)::int AS linked FROM "Document"
       WHERE status = 'PUBLISHED' AND "externalUrl" IS NOT NULL`,
    );
    expect(row!.linked).toBeGreaterThanOrEqual(40);
  });

  test('an SPT report opens on the UN document, with its date, language and country (pt)', async ({
    page,
  }) => {
    await page.goto('/pt/documents/cat-op-per-1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('CAT/OP/PER/1');
    const main = page.locator('main');
    await expect(main).toContainText('9 de agosto de 2017');
    await expect(main.getByRole('link', { name: 'Peru', exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Ver no site de origem' })).toHaveAttribute(
      'href',
      /^http:\/\/docstore\.ohchr\.org\//,
    );
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
