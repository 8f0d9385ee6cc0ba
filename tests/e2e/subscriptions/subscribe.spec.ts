import { randomUUID } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';
import { linkIn, mailsTo, waitForMail } from '../fixtures/mailbox';

// Every request comes from 127.0.0.1: forget its subscription requests of earlier runs (20 an
// hour per client), so that repeated local runs are not refused.
test.beforeAll(async () => {
  await queryE2eDb(`DELETE FROM rate_limit WHERE key LIKE 'subscribe-ip:%'`);
});

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@prevenir.test`;

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'JS' : 'no JS';

  test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test(`[PUBLIC] subscribes, confirms from the mail and lands on the preferences (${mode})`, async ({
      page,
    }) => {
      await page.goto('/en/subscribe');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Follow Prevenir by e-mail' }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
      const form = page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Subscribe' }) });
      const countries = form.getByRole('group', { name: 'Countries' });

      // A bad address: a localized message, and everything chosen stays chosen.
      await form.getByLabel('E-mail address').fill('not an address');
      await form.getByRole('radio', { name: 'One summary a week' }).check();
      await form.getByRole('group', { name: 'What to receive' }).getByLabel('Events').uncheck();
      await countries.getByLabel('Peru', { exact: true }).check();
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await expect(form.getByRole('alert')).toContainText('There is 1 problem in the form');
      await expect(
        form.getByText('Enter an e-mail address such as name@example.org.'),
      ).toBeVisible();
      await expect(form.getByLabel('E-mail address')).toHaveValue('not an address');
      await expect(form.getByRole('radio', { name: 'One summary a week' })).toBeChecked();
      await expect(
        form.getByRole('group', { name: 'What to receive' }).getByLabel('Events'),
      ).not.toBeChecked();
      await expect(countries.getByLabel('Peru', { exact: true })).toBeChecked();
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);

      const email = address(`subscribe-${javaScriptEnabled ? 'js' : 'nojs'}`);
      await form.getByLabel('E-mail address').fill(email);
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await expect(page.getByRole('status')).toContainText('A mail is on its way to this address');
      const [stored] = await queryE2eDb<{
        confirmedAt: Date | null;
        frequency: string;
        contentTypes: string[];
      }>(`SELECT "confirmedAt", frequency, "contentTypes" FROM "Subscriber" WHERE email = $1`, [
        email,
      ]);
      expect(stored).toEqual({
        confirmedAt: null,
        frequency: 'WEEKLY',
        contentTypes: ['document', 'news'],
      });

      const mail = await waitForMail(email);
      expect(mail.parsed.subject).toBe('Confirm your subscription to Prevenir');
      const confirm = linkIn(mail, '/subscribe/confirm');
      expect(new URL(confirm).origin).toBe(new URL(page.url()).origin);

      // Opening the link changes nothing: the button confirms.
      await page.goto(confirm);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Confirm your subscription' }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
      const [opened] = await queryE2eDb<{ confirmedAt: Date | null }>(
        `SELECT "confirmedAt" FROM "Subscriber" WHERE email = $1`,
        [email],
      );
      expect(opened!.confirmedAt).toBeNull();
      await page.getByRole('button', { name: 'Confirm my subscription' }).click();

      await expect(page).toHaveURL(/\/en\/subscribe\/manage\?token=[\w.-]+&done=confirmed$/);
      await expect(page.getByRole('status')).toContainText('Your subscription is confirmed.');
      await expect(page.getByRole('radio', { name: 'One summary a week' })).toBeChecked();
      await expect(
        page.getByRole('group', { name: 'Countries' }).getByLabel('Peru', { exact: true }),
      ).toBeChecked();
      // The address is shown in part only.
      await expect(page.getByText(email)).toHaveCount(0);
      const [confirmed] = await queryE2eDb<{ confirmedAt: Date | null }>(
        `SELECT "confirmedAt" FROM "Subscriber" WHERE email = $1`,
        [email],
      );
      expect(confirmed!.confirmedAt).not.toBeNull();
    });
  });
}

test('[PUBLIC] subscribing a subscribed address answers the same, and mails its owner instead', async ({
  page,
}) => {
  const email = address('twice');
  await queryE2eDb(
    `INSERT INTO "Subscriber" (id, email, locale, frequency, "contentTypes", "confirmedAt", "updatedAt")
     VALUES ($1, $2, 'es', 'IMMEDIATE', '{document}', now(), now())`,
    [`e2e-${randomUUID()}`, email],
  );
  await page.goto('/es/subscribe');
  await page.getByLabel('Correo electrónico').first().fill(email);
  await page.getByRole('button', { name: 'Suscribirme' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Va en camino un correo a esta dirección, salvo que no pueda suscribirse',
  );
  const mail = await waitForMail(email);
  expect(mail.parsed.subject).toBe('Su suscripción a Prevenir');
  expect(linkIn(mail, '/subscribe/manage')).toContain('/es/subscribe/manage?token=');
  expect(await mailsTo(email)).toHaveLength(1);
});

test('[PUBLIC] the footer invites to subscribe, in the page’s language', async ({ page }) => {
  await page.goto('/pt');
  const box = page
    .getByRole('contentinfo')
    .getByRole('region', { name: 'Acompanhe o Prevenir por e-mail' });
  await box.getByRole('link', { name: 'Inscrever-se' }).click();
  await expect(page).toHaveURL(/\/pt\/subscribe$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Acompanhe o Prevenir por e-mail',
  );
});
