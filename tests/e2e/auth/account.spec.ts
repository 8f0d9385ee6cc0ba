import { expect, test } from '@playwright/test';

import { createE2eUser, signIn } from '../fixtures/auth';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';

test('[AUTH] changing the password keeps this session and ends the others', async ({ browser }) => {
  const user = await createE2eUser();
  const here = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(here, user, 'en');
  await signIn(elsewhere, user, 'en');

  await here.goto('/en/admin/account');
  await expectNoSeriousA11yViolations(here);
  await here.getByLabel('Current password').fill(user.password);
  await here.getByLabel('New password', { exact: true }).fill('short');
  await here.getByLabel('Repeat the new password').fill('short');
  await here.getByRole('button', { name: 'Change the password' }).click();
  await expect(
    here.getByText('The password is too short: use at least 12 characters.'),
  ).toBeVisible();
  // With JavaScript, what was typed stays after an error.
  await expect(here.getByLabel('Current password')).toHaveValue(user.password);

  const newPassword = 'a completely new passphrase';
  await here.getByLabel('New password', { exact: true }).fill(newPassword);
  await here.getByLabel('Repeat the new password').fill(newPassword);
  await here.getByRole('button', { name: 'Change the password' }).click();
  await expect(here.getByRole('status')).toContainText('Your password has been changed.');

  await here.goto('/en/admin');
  await expect(here).toHaveURL(/\/en\/admin$/);
  await elsewhere.goto('/en/admin');
  await expect(elsewhere).toHaveURL(/\/en\/sign-in/);
  await signIn(elsewhere, { email: user.email, password: newPassword }, 'en');
});
