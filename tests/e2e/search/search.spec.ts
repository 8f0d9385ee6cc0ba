import { expect, type Page, test } from '@playwright/test';

import { SEARCH_RESULTS_PER_PAGE } from '../../../src/lib/validation/search';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb } from '../fixtures/backoffice';

// Runs on the seeded sources (prisma/seed): their documents, mechanisms and events.

const searchFromHeader = async (page: Page, text: string) => {
  const box = page.getByRole('search').first().getByRole('searchbox');
  await box.fill(text);
  await box.press('Enter');
};

const results = (page: Page) => page.locator('section[aria-labelledby="search-results"] ol > li');

/** A generated (not real) recommendation on a seeded country, with English and Spanish text. */
const createRecommendation = async (tag: string, status: 'PUBLISHED' | 'DRAFT') => {
  const symbol = `CAT/C/${tag.toUpperCase()}/CO/7`;
  const slug = e2eTag(`rec-${status.toLowerCase()}`);
  await queryDb(
    `INSERT INTO "Recommendation" (id, slug, body, symbol, paragraph, "issuedOn", "originalLocale",
       position, "sourceUrl", status, "updatedAt")
     VALUES ($1, $1, 'CAT', $2, $3, '2024-05-10', 'en', 'UNKNOWN', 'https://example.org/doc',
       $4, now())`,
    [slug, symbol, status === 'PUBLISHED' ? '12' : '13', status],
  );
  await queryDb(
    `INSERT INTO "RecommendationTranslation" ("recommendationId", locale, text)
     VALUES ($1, 'en', $2), ($1, 'es', $3)`,
    [
      slug,
      `Guarantee the budgetary autonomy of the ${tag} preventive mechanism.`,
      `Garantizar la autonomía presupuestaria del mecanismo de prevención ${tag}.`,
    ],
  );
  await queryDb(
    `INSERT INTO "_CountryToRecommendation" ("A", "B")
     SELECT id, $1 FROM "Country" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`,
    [slug],
  );
  return { slug, symbol };
};

test.describe('[PUBLIC] search', () => {
  test('searches from the header box without JavaScript and highlights the words (es)', async ({
    browser,
    page,
  }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto('/es/countries');
    await searchFromHeader(plain, 'tortura');
    await expect(plain).toHaveURL(/\/es\/search\?q=tortura$/);
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Resultados para «tortura»');
    await expect(plain.getByRole('searchbox', { name: 'Palabras a buscar' })).toHaveValue(
      'tortura',
    );
    const first = results(plain).first();
    await expect(first.getByRole('heading', { level: 3 })).toBeVisible();
    // Matches are marked in titles and snippets, accents and case aside.
    await expect(first.locator('mark').first()).toHaveText(/^tortura$/i);
    await expect(first).toContainText(/En (español|portugués|inglés)/);
    await noScript.close();

    // axe needs JavaScript: the same page, checked in a normal browser.
    await page.goto('/es/search?q=tortura');
    await expectNoSeriousA11yViolations(page);
  });

  test('offers the right spelling of a misspelt mechanism name (en)', async ({ page }) => {
    await page.goto('/en');
    await searchFromHeader(page, 'Defensoira del Puebol');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Results for “Defensoira del Puebol”',
    );
    const suggestion = page.getByText('Did you mean');
    await expect(suggestion).toHaveText('Did you mean Defensoría del Pueblo?');
    // Nothing matches as typed, so the corrected name's results are shown, and the page says so.
    await expect(
      page.getByText(
        'Nothing was found for “Defensoira del Puebol”: showing the results for “Defensoría del Pueblo”.',
      ),
    ).toBeVisible();
    await expect(results(page).first()).toContainText('Mechanism');
    await expectNoSeriousA11yViolations(page);

    await suggestion.getByRole('link', { name: 'Defensoría del Pueblo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Results for “Defensoría del Pueblo”',
    );
    await expect(page.getByText('Did you mean')).toHaveCount(0);
    await expect(results(page).locator('mark', { hasText: 'Defensoría' }).first()).toBeVisible();
    // A Spanish name found from the English site says which language it is shown in.
    await expect(results(page).getByText('In Spanish').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('narrows the results with a facet and removes it again (pt)', async ({ page }) => {
    await page.goto('/pt/search?q=tortura');
    const facets = page.getByRole('navigation', { name: 'Filtrar resultados' });
    // Counts are exact unless the matches are many enough to be counted on a sample (then "cerca
    // de"); the sample depends on the entities' random ids, so either can happen in a run.
    const documents = facets.getByRole('link', { name: /^Documentos \((cerca de )?\d+\)$/ });
    const [, approximate, digits] = (await documents.textContent())!.match(
      /\((cerca de )?(\d+)\)/,
    )!;
    const count = Number(digits);
    await documents.click();

    await expect(page).toHaveURL(/[?&]type=document/);
    if (approximate) {
      await expect(results(page).first()).toBeVisible();
      expect(await results(page).count()).toBeLessThanOrEqual(SEARCH_RESULTS_PER_PAGE);
    } else {
      await expect(
        page.getByText(`${count} ${count === 1 ? 'resultado' : 'resultados'}`),
      ).toBeVisible();
      await expect(results(page)).toHaveCount(Math.min(count, SEARCH_RESULTS_PER_PAGE));
    }
    for (const badge of await results(page)
      .locator('article > p:first-child > span:first-child')
      .allTextContents())
      expect(badge).toBe('Documento');
    await expectNoSeriousA11yViolations(page);

    const applied = page.locator('section[aria-labelledby="active-search-filters"]');
    await applied
      .getByRole('link', { name: 'Remover o filtro Tipo de conteúdo: Documentos' })
      .click();
    await expect(page).toHaveURL(/\/pt\/search\?q=tortura$/);
    await expect(
      facets.getByRole('link', { name: /^Mecanismos \((cerca de )?\d+\)$/ }),
    ).toBeVisible();
  });

  test('says so when nothing matches, in the visitor’s language (es, en)', async ({ page }) => {
    await page.goto('/es/search?q=zzqxjw');
    await expect(page.getByText('No se encontró nada para «zzqxjw».')).toBeVisible();
    await expect(page.getByText('Ningún resultado')).toBeVisible();
    await expect(results(page)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/en/search?q=%22%29%28%27%3B--');
    await expect(page.getByText('Nothing was found for')).toBeVisible();

    await page.goto('/en/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(
      page.getByText('Type one or more words to search the whole portal.'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('finds a recommendation by its words in two languages and by its symbol, never a draft (en, es)', async ({
    page,
  }) => {
    const tag = e2eTag('sym').replace('-', '');
    const published = await createRecommendation(tag, 'PUBLISHED');
    await createRecommendation(tag, 'DRAFT');

    await page.goto(`/en/search?q=${encodeURIComponent(`budgetary autonomy ${tag}`)}`);
    await expect(results(page)).toHaveCount(1);
    const english = results(page).first();
    await expect(english.locator('h3 a')).toHaveAttribute(
      'href',
      `/en/recommendations/${published.slug}`,
    );
    await expect(english.locator('h3')).toHaveText(`${published.symbol} § 12`);
    await expect(english).toContainText('Recommendation');
    await expect(english).toContainText('Committee against Torture');
    await expect(english.locator('mark', { hasText: /^autonomy$/ })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Filter results' })
        .getByRole('link', { name: 'Recommendations (1)' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/es/search?q=${encodeURIComponent(`autonomía presupuestaria ${tag}`)}`);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Comité contra la Tortura');
    await expect(results(page).first()).toContainText('En español');

    // The symbol finds the published paragraph only (the draft has the same symbol).
    await page.goto(`/es/search?q=${encodeURIComponent(published.symbol)}`);
    await expect(results(page)).toHaveCount(1);
    await results(page).first().locator('h3 a').click();
    await expect(page).toHaveURL(new RegExp(`/es/recommendations/${published.slug}$`));
    await expectNoSeriousA11yViolations(page);
  });
});
