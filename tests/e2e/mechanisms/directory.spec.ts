import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

// Texts from the sourced seed data (prisma/seed) and from messages/*.json.
const PERU = {
  es: {
    heading: 'Mecanismos de prevención',
    country: 'País',
    countryName: 'Perú',
    apply: 'Aplicar filtros',
    oneResult: '1 mecanismo',
    name: 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo)',
    level: 'Nacional',
  },
  en: {
    heading: 'Preventive mechanisms',
    country: 'Country',
    countryName: 'Peru',
    apply: 'Apply filters',
    oneResult: '1 mechanism',
    // The official name, in Spanish on every page; the English translation comes second.
    name: 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo)',
    level: 'National',
  },
} as const;

const results = (page: Page) => page.getByRole('region').filter({ has: page.locator('#results') });

test.describe('[PUBLIC] mechanism directory', () => {
  for (const [locale, text] of Object.entries(PERU)) {
    test(`filters the directory by country and opens the Peru NPM (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/mechanisms`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.heading);
      await expectNoSeriousA11yViolations(page);

      await page.getByLabel(text.country).selectOption({ label: text.countryName });
      await page.getByRole('button', { name: text.apply }).click();
      await expect(page).toHaveURL(/[?&]country=peru(&|$)/);
      await expect(page.getByRole('heading', { level: 2, name: text.oneResult })).toBeVisible();
      const cards = results(page).getByRole('article');
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toContainText(text.countryName);
      await expect(cards.first()).toContainText(text.level);
      await expectNoSeriousA11yViolations(page);

      await cards.first().getByRole('link', { name: text.name }).click();
      await expect(page).toHaveURL(`/${locale}/mechanisms/peru-npm`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(text.name);
      await expect(page.getByRole('link', { name: text.countryName, exact: true })).toHaveAttribute(
        'href',
        `/${locale}/countries/peru`,
      );
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('who to contact: two clicks from home to a mechanism’s contact details (pt)', async ({
    page,
  }) => {
    await page.goto('/pt');
    await page.getByRole('navigation').getByRole('link', { name: 'Mecanismos' }).click();
    await expect(page).toHaveURL('/pt/mechanisms');
    await page
      .getByRole('link', {
        // The official name, in Spanish on every page (the Portuguese translation comes second).
        name: 'Defensoría del Pueblo – Mecanismo Nacional de Prevención de la Tortura del Estado Plurinacional de Bolivia',
      })
      .click();
    await expect(page).toHaveURL('/pt/mechanisms/bolivia-npm');
    const profile = page.getByRole('region', { name: 'Perfil e contato' });
    await expect(profile.getByRole('link', { name: 'www.defensoria.gob.bo' })).toHaveAttribute(
      'href',
      'https://www.defensoria.gob.bo',
    );
    await expect(profile).toContainText('Contato');
    await expectNoSeriousA11yViolations(page);
  });

  test('who to contact: two clicks from home through the country page (es)', async ({ page }) => {
    await page.goto('/es');
    await page.getByRole('navigation').getByRole('link', { name: 'Países' }).click();
    // The index's table link (the map above it and the deadlines below it link there too).
    await page
      .getByRole('table')
      .getByRole('link', { name: 'Bolivia (Estado Plurinacional de)', exact: true })
      .click();
    await expect(page).toHaveURL('/es/countries/bolivia');
    const npm = page.getByRole('region', { name: 'Mecanismo nacional de prevención' });
    await expect(npm.getByRole('link', { name: 'www.defensoria.gob.bo' })).toBeVisible();
    await expect(npm).toContainText('Contacto');
    // The NPM card's name leads on to the mechanism's own page.
    await npm.getByRole('link', { name: /Defensoría del Pueblo/ }).click();
    await expect(page).toHaveURL('/es/mechanisms/bolivia-npm');
  });

  test('searches names without caring about accents or capitals (en)', async ({ page }) => {
    await page.goto('/en/mechanisms');
    await page.getByLabel('Name, acronym or jurisdiction').fill('DEFENSORIA   peru');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]q=DEFENSORIA/);
    await expect(results(page).getByRole('article')).toHaveCount(1);
    await expect(results(page)).toContainText(PERU.en.name);
  });

  test('filters without JavaScript, and bad parameters render the full directory', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/es/mechanisms');
    const all = await results(page).getByRole('article').count();
    expect(all).toBeGreaterThan(1);

    await page.getByLabel('Nivel').selectOption({ label: 'Local' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect(page).toHaveURL(/[?&]level=LOCAL/);
    const local = await results(page).getByRole('article').count();
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(all);
    for (const card of await results(page).getByRole('article').all())
      await expect(card).toContainText('Local');

    // Other specs publish mechanisms of their own meanwhile (treaty-status.spec.ts, focal points):
    // compare two loads until no such change falls between them.
    await expect(async () => {
      await page.goto('/es/mechanisms');
      const now = await results(page).getByRole('article').count();
      const response = await page.goto('/es/mechanisms?country=zzz&level=foo&year=abc&model=%27');
      expect(response?.status()).toBe(200);
      await expect(results(page).getByRole('article')).toHaveCount(now, { timeout: 1_000 });
    }).toPass();
    await expect(page.getByLabel('País')).toHaveValue('');
    await context.close();
  });

  test('links a local mechanism to its national one and cooperations to partners (en)', async ({
    page,
  }) => {
    await page.goto('/en/mechanisms/argentina-npm');
    const local = page.getByRole('region', { name: 'Local mechanisms' });
    await expect(local.getByRole('listitem').first()).toBeVisible();
    await local.getByRole('listitem').filter({ hasText: 'Mendoza' }).getByRole('link').click();
    await expect(page).toHaveURL('/en/mechanisms/argentina-mendoza');
    await expectNoSeriousA11yViolations(page);
    await page
      .getByRole('region', { name: 'National mechanism' })
      .getByRole('link', { name: 'Comité Nacional para la Prevención de la Tortura' })
      .click();
    await expect(page).toHaveURL('/en/mechanisms/argentina-npm');

    const cooperations = page.getByRole('region', { name: 'Cooperation with other mechanisms' });
    // Other specs may publish cooperations of their own: look for the seeded one with Mexico.
    await expect(
      cooperations.getByRole('listitem').filter({ hasText: 'Mexico' }).first(),
    ).toBeVisible();
    await cooperations
      .getByRole('link', { name: /Mecanismo Nacional de Prevención de la Tortura/ })
      .first()
      .click();
    await expect(page).toHaveURL('/en/mechanisms/mexico-npm');
  });

  test('an unknown mechanism is a localized 404 (pt)', async ({ page }) => {
    const response = await page.goto('/pt/mechanisms/no-such-mechanism');
    expect(response?.status()).toBe(404);
  });
});
