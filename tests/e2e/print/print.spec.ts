import { expect, type Page, test } from '@playwright/test';

import { queryDb } from '../fixtures/backoffice';

// Printed (or saved as PDF), a page keeps its content only: no header, navigation, search,
// languages, subscribe box or correction link; other sites' addresses follow their links; the
// facts' source markers are open.

const afterContent = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);

test('[PUBLIC] a country page prints its content with the addresses of its links', async ({
  page,
}) => {
  await page.goto('/es/countries/peru');
  const mainNav = page.getByRole('navigation', { name: 'Navegación principal' });
  const search = page.getByRole('searchbox', { name: 'Buscar en el portal' });
  const languages = page.getByRole('navigation', { name: 'Idioma' });
  const subscribe = page.getByRole('heading', { name: 'Siga Prevenir por correo' });
  const correction = page.getByRole('link', { name: 'Proponer una corrección' });
  const sourceDetails = page.locator('main details.fact-source > div').first();
  const externalLink = 'main a[href^="https://"]';

  // On screen: all there, markers closed, no addresses after links.
  for (const part of [mainNav, search, languages, subscribe, correction])
    await expect(part).toBeVisible();
  await expect(sourceDetails).toBeHidden();
  expect(await afterContent(page, externalLink)).toBe('none');

  await page.emulateMedia({ media: 'print' });
  for (const part of [mainNav, search, languages, subscribe, correction])
    await expect(part).toBeHidden();
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Perú' })).toBeVisible();

  // Every external link in the content is followed by its address.
  const links = page.locator(externalLink);
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    const href = await link.getAttribute('href');
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
      `" (${href})"`,
    );
  }
  // Links within the site print as words only.
  expect(await afterContent(page, 'main a[href^="/es/"]')).toBe('none');

  // Source markers print open, and text is black.
  await expect(sourceDetails).toBeVisible();
  expect(await page.locator('main h1').evaluate((el) => getComputedStyle(el).color)).toBe(
    'rgb(0, 0, 0)',
  );

  // It makes a PDF (Chromium's print path), and not a blank one.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('[PUBLIC] mechanism and document pages print without the site around them', async ({
  page,
}) => {
  const [mechanism] = await queryDb<{ slug: string }>(
    `SELECT m.slug FROM "Mechanism" m JOIN "Country" c ON c.id = m."countryId"
     WHERE c.slug = 'peru' AND m.level = 'NATIONAL' AND m.status = 'PUBLISHED'`,
  );
  const [document] = await queryDb<{ slug: string; externalUrl: string }>(
    `SELECT slug, "externalUrl" FROM "Document"
     WHERE status = 'PUBLISHED' AND "externalUrl" LIKE 'https://%' ORDER BY slug LIMIT 1`,
  );
  await page.emulateMedia({ media: 'print' });
  for (const path of [`/en/mechanisms/${mechanism!.slug}`, `/en/documents/${document!.slug}`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search the portal' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Follow Prevenir by e-mail' })).toBeHidden();
  }
  // The document's link to its source prints its address.
  expect(await afterContent(page, `main a[href="${document!.externalUrl}"]`)).toBe(
    `" (${document!.externalUrl})"`,
  );
  await expect(page.getByRole('link', { name: 'Back to the library' })).toBeHidden();
});
