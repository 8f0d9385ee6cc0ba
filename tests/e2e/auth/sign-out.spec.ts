import { expect, test } from '@playwright/test';

import { createE2eUser, signIn } from '../fixtures/auth';

test('[AUTH] signing out ends the session on the server: a copied cookie is refused', async ({
  browser,
}) => {
  const user = await createE2eUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, 'en');
  const copied = (await context.cookies()).filter((cookie) =>
    cookie.name.endsWith('next-auth.session-token'),
  );
  expect(copied).toHaveLength(1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);

  // Someone who copied the cookie before the sign-out replays it in another browser.
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto('/en/admin');
  await expect(replayPage).toHaveURL(/\/en\/sign-in/);
  await replay.close();
  await context.close();
});
