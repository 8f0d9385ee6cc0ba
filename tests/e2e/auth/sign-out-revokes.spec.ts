import { type Browser, type Cookie, expect, test } from '@playwright/test';

import { createE2eUser, signIn } from '../fixtures/auth';

/** Opens the back office in a fresh browser that has only `cookies`; returns where it landed. */
const replay = async (browser: Browser, cookies: Cookie[]) => {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto('/es/admin');
  const url = page.url();
  await context.close();
  return url;
};

test('[AUTH] signing out ends the session on the server: a copied cookie is refused', async ({
  browser,
}) => {
  const user = await createE2eUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, 'es');
  const copied = (await context.cookies()).filter((cookie) =>
    cookie.name.endsWith('next-auth.session-token'),
  );
  expect(copied).toHaveLength(1);
  // The copy works as long as the session lasts…
  expect(await replay(browser, copied)).toMatch(/\/es\/admin/);

  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page).toHaveURL(/\/es\/sign-in/);

  // …and not after the owner signs out, although the cookie itself has not expired.
  expect(await replay(browser, copied)).toMatch(/\/es\/sign-in/);
  await context.close();
});
