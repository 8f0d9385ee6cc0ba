import { type APIResponse, expect, test } from '@playwright/test';

import { createPublishedMechanism, e2eTag, signInAs } from '../fixtures/backoffice';

const SPANISH = { 'Accept-Language': 'es' };

const nonceOf = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

test('[PUBLIC] a page served from the cache gives every script a nonce of its own response', async ({
  request,
}) => {
  // The first visit renders and keeps the page; the next ones are copies of it.
  await request.get('/es/countries', { headers: SPANISH });
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/es/countries', { headers: SPANISH });
    expect(response.headers()['x-page-cache']).toBe('hit');
    expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
    // A shared cache keeps HTML apart from the payloads Next's router asks for at the same URL.
    expect(response.headers()['vary']).toMatch(/\brsc\b/i);
    const nonce = nonceOf(response)!;
    expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(2);
});

test('[PUBLIC] a browser runs the cached page’s scripts under its strict policy', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // A page no other test changes while this one runs (a change would send it to Next.js again).
  await page.goto('/es/about');
  const response = await page.goto('/es/about');
  expect(response!.headers()['x-page-cache']).toBe('hit');
  // Next.js's client runtime started: its scripts were allowed.
  await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
  expect(violations).toEqual([]);
  await context.close();
});

test('[ADMIN] an edit in the back office shows at once on the cached public page', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const mechanism = await createPublishedMechanism('+51 1 000 0001');
  const visitor = await browser.newContext({ locale: 'es-ES' });
  const visitorPage = await visitor.newPage();
  const publicUrl = `/es/mechanisms/${mechanism.slug}`;
  await visitorPage.goto(publicUrl);
  expect((await visitorPage.goto(publicUrl))!.headers()['x-page-cache']).toBe('hit');
  await expect(visitorPage.getByRole('heading', { level: 1, name: mechanism.name })).toBeVisible();

  await signInAs(page, 'EDITOR');
  const renamed = `Mecanismo renombrado ${e2eTag('cache')}`;
  await page.goto(`/es/admin/mechanisms/${mechanism.id}`);
  await page.locator('#f-translations-es-name').fill(renamed);
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByText('Cambios guardados.')).toBeVisible();

  await visitorPage.goto(publicUrl);
  await expect(visitorPage.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await visitor.close();
});
