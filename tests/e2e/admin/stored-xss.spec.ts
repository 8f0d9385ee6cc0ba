import { expect, type Page, test } from '@playwright/test';

import { e2eTag, queryDb, signInAs } from '../fixtures/backoffice';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const PAYLOAD = `${SCRIPT}${IMG}`;

/** Every free-text input and textarea of the form gets the payload (plus a marker per field). */
const fillEveryTextField = async (page: Page, slug: string) => {
  const fields = page.locator(
    'form input[type=text]:not([name=slug]):not([name=iso2]):not([name=iso3]), form input[type=tel], form textarea',
  );
  for (const field of await fields.all()) {
    const name = (await field.getAttribute('name')) ?? '';
    await field.fill(`${PAYLOAD} ${name}`);
  }
  await page.locator('#f-slug').fill(slug);
  const urls = page.locator('form input[type=url]');
  for (const url of await urls.all()) await url.fill('javascript:alert(1)');
  for (const email of await page.locator('form input[type=email]').all()) {
    await email.fill('contacto@example.org');
  }
  return { urlCount: await urls.count() };
};

/** Submits; `javascript:` URLs must be refused first, then a hostile-looking http(s) URL is fine. */
const submitRefusingJavascriptUrls = async (page: Page, button: string, urlCount: number) => {
  if (urlCount > 0) {
    await page.getByRole('button', { name: button }).click();
    await expect(
      page.getByText('Escriba una dirección web completa', { exact: false }).first(),
    ).toBeVisible();
    for (const url of await page.locator('form input[type=url]').all()) {
      await url.fill(`https://example.org/?q=${encodeURIComponent(IMG)}`);
    }
  }
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText('Creado como borrador.')).toBeVisible();
  await page.getByRole('button', { name: 'Publicar' }).click();
  await expect(page.getByText('Publicado.', { exact: true })).toBeVisible();
};

/** No dialog, no injected element or script, no javascript: link on the current page. */
const expectNoInjection = async (page: Page, dialogs: string[]) => {
  await page.waitForTimeout(300);
  expect(dialogs, `a dialog fired on ${page.url()}`).toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const injectedScripts = await page.evaluate(
    () =>
      [...document.querySelectorAll('script')].filter((s) => s.textContent?.trim() === 'alert(1)')
        .length,
  );
  expect(injectedScripts).toBe(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
};

/** The public page shows the payload as text in its heading and body, and nothing runs. */
const expectInert = async (page: Page, url: string, dialogs: string[]) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT);
  await expect(page.getByText(IMG, { exact: false }).first()).toBeVisible();
  await expectNoInjection(page, dialogs);
};

test('[ADMIN] markup saved in every text field of a document, event and mechanism is shown as inert text', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signInAs(page, 'EDITOR');
  const today = new Date().toISOString().slice(0, 10);

  const documentSlug = e2eTag('xss-doc');
  await page.goto('/es/admin/documents/new');
  const doc = await fillEveryTextField(page, documentSlug);
  await page.locator('#f-publishedOn').fill(today);
  await submitRefusingJavascriptUrls(page, 'Crear borrador', doc.urlCount);
  await expectInert(page, `/es/documents/${documentSlug}`, dialogs);
  await page.goto('/es/admin/documents');
  await expect(
    page.getByRole('link', { name: `${PAYLOAD} translations.es.title` }).first(),
  ).toBeVisible();
  await expectNoInjection(page, dialogs);

  const eventSlug = e2eTag('xss-event');
  await page.goto('/es/admin/events/new');
  const event = await fillEveryTextField(page, eventSlug);
  await page.locator('#f-startsOn').fill(today);
  await submitRefusingJavascriptUrls(page, 'Crear borrador', event.urlCount);
  await expectInert(page, `/es/events/${eventSlug}`, dialogs);

  const mechanismSlug = e2eTag('xss-mnp');
  await page.goto('/es/admin/mechanisms/new');
  const mechanism = await fillEveryTextField(page, mechanismSlug);
  await submitRefusingJavascriptUrls(page, 'Crear borrador', mechanism.urlCount);
  await expectInert(page, `/es/mechanisms/${mechanismSlug}`, dialogs);

  const stored = await queryDb<{ website: string | null }>(
    'SELECT website FROM "Mechanism" WHERE slug = $1',
    [mechanismSlug],
  );
  expect(stored[0]?.website).toMatch(/^https:\/\/example\.org\//);
});
