import { expect, test } from '@playwright/test';

import { createE2eUser, queryAuthDb, signIn } from '../fixtures/auth';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';

test('[AUTH] a visitor opening /es/admin is sent to the sign-in page, and back after signing in', async ({
  page,
}) => {
  await page.goto('/es/admin/account');
  await expect(page).toHaveURL(/\/es\/sign-in\?callbackUrl=%2Fes%2Fadmin%2Faccount$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  const user = await createE2eUser();
  await page.getByLabel('Correo electrónico').fill(user.email);
  await page.getByLabel('Contraseña').fill(user.password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL(/\/es\/admin\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Su cuenta' })).toBeVisible();
  await expect(page.getByText(user.email, { exact: true })).toBeVisible();
});

test('[AUTH] a focal point cannot open the users page', async ({ page }) => {
  const [mechanism] = await queryAuthDb<{ slug: string }>(
    `SELECT slug FROM "Mechanism" ORDER BY slug LIMIT 1`,
  );
  const focalPoint = await createE2eUser({ role: 'FOCAL_POINT', mechanismSlug: mechanism!.slug });
  await signIn(page, focalPoint, 'en');
  await expect(page.getByRole('navigation', { name: 'Back office' })).not.toContainText('Users');
  await page.goto('/en/admin/users');
  await expect(page).toHaveURL(/\/en\/admin\?denied=1$/);
  await expect(
    page.getByRole('alert').filter({ hasText: 'You do not have access to that page.' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Accounts' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('[AUTH] an admin sees the users list and the audit log with their own sign-in', async ({
  page,
}) => {
  const admin = await createE2eUser({ role: 'ADMIN' });
  await signIn(page, admin, 'pt');
  await page.goto('/pt/admin/users');
  await expect(page.getByRole('table', { name: 'Contas' })).toContainText(admin.email);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/pt/admin/audit?action=auth.sign-in`);
  await expect(
    page.getByRole('row').filter({ hasText: admin.email }).filter({ hasText: 'auth.sign-in' }),
  ).not.toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

for (const [locale, message, label] of [
  ['es', 'El correo electrónico o la contraseña son incorrectos.', 'Contraseña'],
  ['pt', 'E-mail ou senha incorretos.', 'Senha'],
] as const) {
  test(`[AUTH] a wrong password gets the generic message in ${locale}, the same as an unknown address`, async ({
    page,
  }) => {
    const user = await createE2eUser();
    for (const email of [user.email, `nobody-${Date.now()}@prevenir.test`]) {
      await page.goto(`/${locale}/sign-in`);
      await page.locator('input[name=email]').fill(email);
      await page.getByLabel(label, { exact: true }).fill('not the password at all');
      await page.locator('main form button[type=submit]').click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in`));
      // What was typed stays, except the password.
      await expect(page.locator('input[name=email]')).toHaveValue(email);
    }
    const failures = await queryAuthDb<{ count: string }>(
      `SELECT count(*) FROM "AuditLog" WHERE action = 'auth.sign-in-failed' AND "actorEmail" = $1`,
      [user.email],
    );
    expect(Number(failures[0]!.count)).toBe(1);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[AUTH] signs in and out with plain form posts', async ({ page }) => {
    const user = await createE2eUser({ role: 'ADMIN' });
    await page.goto('/en/sign-in');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password').fill('wrong password, twelve+');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('E-mail or password is incorrect.')).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveValue('');
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1$/);
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});

for (const locale of ['es', 'en'] as const) {
  test(`[AUTH] sign-in and forgot-password pages pass axe in ${locale}, and are not indexed`, async ({
    page,
  }) => {
    for (const path of ['sign-in', 'forgot-password']) {
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.headers()['content-security-policy']).toContain(`frame-ancestors 'none'`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expectNoSeriousA11yViolations(page);
    }
  });
}
