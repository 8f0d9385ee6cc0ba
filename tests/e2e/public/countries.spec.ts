import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';

const PERU = {
  es: {
    cat: '7 de julio de 1988',
    opcat: '14 de septiembre de 2006',
    npm: 'Mecanismo nacional de prevención',
  },
  pt: {
    cat: '7 de julho de 1988',
    opcat: '14 de setembro de 2006',
    npm: 'Mecanismo nacional de prevenção',
  },
  en: { cat: 'July 7, 1988', opcat: 'September 14, 2006', npm: 'National preventive mechanism' },
} as const;

test.describe('[PUBLIC] countries', () => {
  for (const [locale, expected] of Object.entries(PERU)) {
    test(`shows Peru's treaty dates and NPM in locale format (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/countries/peru`);
      const treaty = page.locator('section[aria-labelledby="treaty-status"]');
      await expect(treaty).toContainText(expected.cat);
      await expect(treaty).toContainText(expected.opcat);
      const npm = page.locator('section[aria-labelledby="national-mechanism"]');
      await expect(npm.getByRole('heading', { level: 2 })).toHaveText(expected.npm);
      await expect(npm).toContainText('Defensor');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('a federal state lists its local mechanisms', async ({ page }) => {
    const [local] = await queryE2eDb<{ count: string }>(
      `SELECT count(*) FROM "Mechanism" m JOIN "Country" c ON c.id = m."countryId"
       WHERE c.slug = 'argentina' AND m.level = 'LOCAL' AND m.status = 'PUBLISHED'`,
    );
    await page.goto('/en/countries/argentina');
    const section = page.locator('section[aria-labelledby="local-mechanisms"]');
    await expect(section.getByRole('listitem')).toHaveCount(Number(local!.count));
    await expect(section).toContainText('Chaco');
    await expectNoSeriousA11yViolations(page);
  });

  test("Colombia's OPCAT accession (10 Nov 2025, UNTC) is shown as an accession", async ({
    page,
  }) => {
    await page.goto('/en/countries/colombia');
    const opcat = page
      .locator('section[aria-labelledby="treaty-status"] dd')
      .filter({ hasText: 'Party (acceded)' });
    await expect(opcat).toContainText('November 10, 2025');
  });

  test('the index lists every state and sorts by CAT date, unknown dates last', async ({
    page,
  }) => {
    // Other specs (treaty-status.spec.ts) publish test States of their own: retry until the page
    // and the database agree.
    const rows = page.locator('tbody tr');
    let states: { slug: string; dated: boolean }[] = [];
    await expect(async () => {
      states = await queryE2eDb<{ slug: string; dated: boolean }>(
        `SELECT slug, "catRatifiedOn" IS NOT NULL AS dated FROM "Country"
         WHERE status = 'PUBLISHED' ORDER BY "catRatifiedOn" ASC NULLS LAST`,
      );
      await page.goto('/en/countries?sort=cat&dir=asc');
      await expect(rows).toHaveCount(states.length, { timeout: 1_000 });
    }).toPass();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByRole('columnheader', { name: /^CAT/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const firstLink = rows.first().getByRole('link');
    await expect(firstLink).toHaveAttribute('href', `/en/countries/${states[0]!.slug}`);
    // A State without a CAT date is listed last, and never as "not a party" for lack of a date.
    const undated = states.filter((state) => !state.dated).length;
    if (undated > 0)
      await expect(rows.last().locator('td').first()).not.toContainText('Not a party');

    await page.getByRole('link', { name: /^CAT/ }).click();
    await expect(page).toHaveURL(/sort=cat&dir=desc/);
    const lastDated = states.filter((state) => state.dated).at(-1)!;
    await expect(rows.first().getByRole('link')).toHaveAttribute(
      'href',
      `/en/countries/${lastDated.slug}`,
    );
  });

  test('sorting works without JavaScript and bad parameters are ignored', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/es/countries?sort=%27;DROP&dir=sideways');
    expect(response?.status()).toBe(200);
    await page.getByRole('link', { name: 'CAT', exact: true }).click();
    await expect(page).toHaveURL(/sort=cat/);
    await expect(page.locator('tbody tr').first()).toContainText('México');
    await context.close();
  });
});

test.describe('[PUBLIC] home', () => {
  for (const locale of ['es', 'en'] as const) {
    test(`shows the network at a glance from the data (${locale})`, async ({ page }) => {
      const glance = page.locator('section[aria-labelledby="at-a-glance"]');
      // Other specs publish test States and mechanisms: retry until the page and database agree.
      await expect(async () => {
        const [stats] = await queryE2eDb<{ parties: string; npms: string }>(
          `SELECT (SELECT count(*) FROM "Country" WHERE status = 'PUBLISHED' AND "opcatStatus" = 'PARTY') AS parties,
                  (SELECT count(DISTINCT m."countryId") FROM "Mechanism" m JOIN "Country" c ON c.id = m."countryId"
                   WHERE m.status = 'PUBLISHED' AND m.level = 'NATIONAL' AND c.status = 'PUBLISHED') AS npms`,
        );
        await page.goto(`/${locale}`);
        const parties =
          locale === 'es' ? `${stats!.parties} Estados partes` : `${stats!.parties} states parties`;
        // The UI counts states with an NPM (other specs may publish extra mechanisms).
        const npms =
          locale === 'es'
            ? `${stats!.npms} mecanismos nacionales`
            : `${stats!.npms} national preventive`;
        await expect(glance).toContainText(parties, { timeout: 1_000 });
        await expect(glance).toContainText(npms, { timeout: 1_000 });
      }).toPass();
      await expect(
        page.locator('section[aria-labelledby="latest-documents"] li').first(),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('is keyboard usable: the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('marks content shown in another language with a visible notice', async ({ page }) => {
    // The CNDH communiqué exists in Spanish and English only (see prisma/seed/document-data.ts).
    await page.goto('/pt/countries/mexico');
    const documents = page.locator('section[aria-labelledby="documents"]');
    await expect(documents).toContainText('Em espanhol');
    await expect(documents.locator('[lang="es"]').first()).toBeVisible();
  });
});
