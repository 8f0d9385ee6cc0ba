import { expect, test } from '@playwright/test';

import { createE2eUser, queryAuthDb, signIn } from '../fixtures/auth';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { linkIn, mailsTo, waitForMail } from '../fixtures/mailbox';

/** Waits for a mail to `address`, and returns the reset link in it. */
const linkMailedTo = async (address: string): Promise<string> => {
  const link = linkIn(await waitForMail(address), '/reset-password');
  expect(link).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  return link;
};

test('[AUTH] resets a forgotten password through the mailed link, once', async ({ page }) => {
  const user = await createE2eUser();
  await page.goto('/en/forgot-password');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account exists for this address');

  const link = await linkMailedTo(user.email);
  const [mail] = await mailsTo(user.email);
  expect(mail!.parsed.subject).toBe('Choose a new Prevenir password');
  // The link comes from SITE_URL, the e2e server's own address.
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);

  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a new password' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const newPassword = 'my new and long passphrase';
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat the new password').fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1$/);
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');

  // The old password no longer works; the new one does.
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('E-mail or password is incorrect.')).toBeVisible();
  await signIn(page, { email: user.email, password: newPassword }, 'en');

  // The link worked once.
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('yet another long passphrase');
  await page.getByLabel('Repeat the new password').fill('yet another long passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This link is not valid' })).toBeVisible();
});

test('[AUTH] resets a password without JavaScript, in Spanish', async ({ browser }) => {
  // The reset page keeps its token out of other sites' Referer without sending `Origin: null`,
  // which Next.js would refuse as a cross-site form post.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const user = await createE2eUser();
  await page.goto('/es/forgot-password');
  await page.getByLabel('Correo electrónico').fill(user.email);
  await page.getByRole('button', { name: 'Enviar el enlace' }).click();
  await expect(page.getByRole('status')).toBeVisible();

  await page.goto(await linkMailedTo(user.email));
  const newPassword = 'una frase de paso larga y nueva';
  await page.getByLabel('Nueva contraseña', { exact: true }).fill(newPassword);
  await page.getByLabel('Repita la nueva contraseña').fill(newPassword);
  await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
  await expect(page).toHaveURL(/\/es\/sign-in\?reset=1$/);
  await signIn(page, { email: user.email, password: newPassword }, 'es');
  await context.close();
});

test('[AUTH] answers the same for an unknown address, in Spanish, and sends nothing', async ({
  page,
}) => {
  const unknown = `nobody-${Date.now()}@prevenir.test`;
  await page.goto('/es/forgot-password');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Correo electrónico').fill(unknown);
  await page.getByRole('button', { name: 'Enviar el enlace' }).click();
  await expect(page.getByRole('status')).toContainText('Si existe una cuenta con esta dirección');
  const [audit] = await queryAuthDb<{ after: { sent: boolean } }>(
    `SELECT after FROM "AuditLog" WHERE action = 'auth.password-reset-request' AND "actorEmail" = $1`,
    [unknown],
  );
  expect(audit?.after).toEqual({ sent: false });
  expect(await mailsTo(unknown)).toEqual([]);
});

test('[AUTH] an admin creates a focal point, who chooses a password from the welcome mail', async ({
  page,
}) => {
  const admin = await createE2eUser({ role: 'ADMIN' });
  await signIn(page, admin, 'es');
  await page.goto('/es/admin/users');
  const email = `focal-${Date.now()}@prevenir.test`;
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Rol').selectOption('FOCAL_POINT');
  // No mechanism chosen: refused, and what was typed stays.
  await page.getByRole('button', { name: 'Crear la cuenta' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Hay 1 problema en el formulario' }),
  ).toBeVisible();
  await expect(page.getByLabel('Correo electrónico')).toHaveValue(email);
  await page.getByLabel('Mecanismo').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Crear la cuenta' }).click();
  await expect(page.getByRole('status')).toContainText('La cuenta ha sido creada');
  await expect(page.getByRole('table', { name: 'Cuentas' })).toContainText(email);

  const link = await linkMailedTo(email);
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByLabel('Nueva contraseña', { exact: true }).fill('focal point passphrase');
  await page.getByLabel('Repita la nueva contraseña').fill('focal point passphrase');
  await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
  await signIn(page, { email, password: 'focal point passphrase' }, 'es');
  await expect(page.getByText('Punto focal')).toBeVisible();
});
