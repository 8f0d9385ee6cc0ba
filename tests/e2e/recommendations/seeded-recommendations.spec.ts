import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

// The real recommendations the seed publishes (prisma/data/recommendations), as a country page and
// a recommendation's own page show them.
const citation = 'CAT/C/CHL/CO/6 § 17';
const sourceUrl = 'https://atlas-of-torture.org/en/document/guvp8l9xhzg?page=4';

const openFromChile = async (page: Page) => {
  await page.goto('/es/countries/chile');
  const section = page.getByRole('region', { name: 'Recomendaciones' });
  await section.getByRole('link', { name: citation }).click();
  await expect(page.getByRole('heading', { level: 1, name: citation })).toBeVisible();
};

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("[PUBLIC] a seeded recommendation is on its country's page with its quote, source and NPM", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openFromChile(page);
    // A Spanish document quoted in the UN's English version: shown as that translation, in English.
    await expect(page.getByText('Traducción (inglés)')).toBeVisible();
    const quote = page.locator('p[lang="en"]', { hasText: 'The Committee urges the State party' });
    await expect(quote).toContainText('complete financial and operational autonomy');
    await expect(page.getByRole('link', { name: 'Fuente: CAT/C/CHL/CO/6' })).toHaveAttribute(
      'href',
      sourceUrl,
    );
    const concerns = page.getByRole('region', { name: 'Concierne a' });
    await expect(concerns.getByRole('link', { name: 'Chile', exact: true })).toBeVisible();
    await expect(concerns.locator('a[href="/es/mechanisms/chile-npm"]')).toBeVisible();
  });
});

test('[PUBLIC] a seeded recommendation’s page passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  await openFromChile(page);
  await expectNoSeriousA11yViolations(page);
});
