import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

test.describe('[PUBLIC] three languages', () => {
  test('redirects / to the visitor’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'pt-BR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/pt$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await context.close();
  });

  test('remembers a language chosen with the switcher', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/en');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Português' })
      .click();
    await expect(page).toHaveURL(/\/pt$/);
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('pt');
    await page.goto('/');
    await expect(page).toHaveURL(/\/pt$/);
    await context.close();
  });

  test('falls back to Spanish for an unsupported language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await context.close();
  });

  for (const [locale, title] of [
    ['es', 'Países | Prevenir'],
    ['pt', 'Países | Prevenir'],
    ['en', 'Countries | Prevenir'],
  ] as const) {
    test(`serves /${locale} with lang, localized title and hreflang alternates`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/countries`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(title);
      for (const alternate of ['es', 'pt', 'en', 'x-default']) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${alternate}"]`)).toHaveCount(1);
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/${locale}/countries$`),
      );
    });
  }

  test('the language switcher keeps the current page', async ({ page }) => {
    await page.goto('/es/countries/peru');
    await page
      .getByRole('navigation', { name: 'Idioma' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(/\/en\/countries\/peru$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peru');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Português' })
      .click();
    await expect(page).toHaveURL(/\/pt\/countries\/peru$/);
  });

  test('the language switcher keeps the search and filters in the address', async ({ page }) => {
    await page.goto('/es/search?q=tortura&type=document');
    await page
      .getByRole('navigation', { name: 'Idioma' })
      .getByRole('link', { name: 'Português' })
      .click();
    await expect(page).toHaveURL(/\/pt\/search\?q=tortura&type=document$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultados para “tortura”');
    await expectNoSeriousA11yViolations(page);
  });

  for (const [path, heading] of [
    ['/en/no-such-page', 'Page not found'],
    ['/pt/countries/atlantis', 'Página não encontrada'],
    ['/es/countries/atlantis', 'Página no encontrada'],
  ] as const) {
    test(`answers ${path} with a localized 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(new RegExp(heading));
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('a stray file path is a localized 404, not an error', async ({ page }) => {
    const response = await page.goto('/wp-login.php');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('an unknown locale prefix ends in a localized 404, not an error', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-AR' });
    const page = await context.newPage();
    const response = await page.goto('/xx/countries');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    await context.close();
  });
});
