import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

// Runs on the seeded sources (prisma/seed) and thesaurus (prisma/data/thesaurus.json).

const results = (page: Page) => page.locator('section[aria-labelledby="search-results"] ol > li');

/** The links of the first `count` results, in order. */
const topLinks = async (page: Page, count: number) =>
  results(page)
    .locator('h3 a')
    .evaluateAll(
      (links, n) => links.slice(0, n).map((link) => link.getAttribute('href') ?? ''),
      count,
    );

test.describe('[PUBLIC] search across languages', () => {
  test('finds a Spanish title pasted on /pt and a Spanish phrase on /en (pt, en)', async ({
    page,
  }) => {
    await page.goto(`/pt/search?q=${encodeURIComponent('Declaración de Buenos Aires')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Resultados para “Declaración de Buenos Aires”',
    );
    expect(await topLinks(page, 3)).toContain('/pt/documents/buenos-aires-declaration-2013');
    await expectNoSeriousA11yViolations(page);

    // "visitas sin previo aviso" is "unannounced visits" in the English text: the thesaurus
    // carries the query across.
    await page.goto(`/en/search?q=${encodeURIComponent('visitas sin previo aviso')}`);
    expect(await topLinks(page, 3)).toContain('/en/documents/apt-latin-america-programme');
    const programme = results(page).filter({
      has: page.locator('a[href="/en/documents/apt-latin-america-programme"]'),
    });
    // The English version is shown, its matching words highlighted, with its language named.
    await expect(programme.locator('mark').first()).toBeVisible();
    await expect(programme.getByText(/^In (English|Spanish)$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('puts the national mechanism first for "<country> NPM" and labels its language (en)', async ({
    page,
  }) => {
    await page.goto('/en/search?q=Paraguay+NPM');
    const first = results(page).first();
    await expect(first.locator('h3 a')).toHaveAttribute('href', '/en/mechanisms/paraguay-npm');
    await expect(first.locator('span', { hasText: /^Mechanism$/ })).toBeVisible();
    // Its official name is Spanish; "NPM" is highlighted in its English name through the thesaurus.
    await expect(first.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'es');
    await expect(first.locator('mark', { hasText: /^Mechanism$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('shows a country first for its name in another language and for its code (en, pt)', async ({
    page,
  }) => {
    await page.goto('/en/search?q=Brasil');
    const countries = page.getByRole('list', { name: 'Countries' });
    await expect(countries.getByRole('link', { name: 'Brazil' })).toHaveAttribute(
      'href',
      '/en/countries/brazil',
    );
    await expect(countries).toContainText('ISO codes: BR, BRA');
    await expectNoSeriousA11yViolations(page);

    await page.goto('/pt/search?q=PY');
    await page
      .getByRole('list', { name: 'Países' })
      .getByRole('link', { name: 'Paraguai' })
      .click();
    await expect(page).toHaveURL(/\/pt\/countries\/paraguay$/);
  });

  test('corrects a misspelt acronym from the thesaurus (pt)', async ({ page }) => {
    await page.goto('/pt/search?q=opact');
    await expect(page.getByText('Você quis dizer')).toHaveText('Você quis dizer OPCAT?');
    await expect(
      page.getByText('Nada foi encontrado para “opact”: exibindo os resultados de “OPCAT”.'),
    ).toBeVisible();
    await expect(results(page).locator('mark', { hasText: /OPCAT/i }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
