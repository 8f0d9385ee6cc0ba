import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';
import { linkIn, waitForMail } from '../fixtures/mailbox';

test.beforeAll(async () => {
  await queryE2eDb(`DELETE FROM rate_limit WHERE key LIKE 'subscribe-ip:%'`);
});

/** A confirmed subscriber, and the preferences link they get from "Already subscribed?". */
const subscriberWithLink = async (page: Page, label: string) => {
  const email = `${label}-${randomUUID().slice(0, 8)}@prevenir.test`;
  await queryE2eDb(
    `INSERT INTO "Subscriber" (id, email, locale, frequency, "contentTypes", "confirmedAt", "updatedAt")
     VALUES ($1, $2, 'en', 'IMMEDIATE', '{document,event}', now(), now())`,
    [`e2e-${randomUUID()}`, email],
  );
  await page.goto('/en/subscribe');
  const lost = page.getByRole('region', { name: 'Already subscribed?' });
  await lost.getByLabel('E-mail address').fill(email);
  await lost.getByRole('button', { name: 'Send me the link' }).click();
  await expect(lost.getByRole('status')).toContainText('If this address has a subscription');
  const mail = await waitForMail(email);
  expect(mail.parsed.subject).toBe('The link to your Prevenir subscription');
  return { email, manage: linkIn(mail, '/subscribe/manage'), mail };
};

const stored = async (email: string) =>
  (
    await queryE2eDb<{ locale: string; frequency: string; contentTypes: string[] }>(
      `SELECT locale, frequency, "contentTypes" FROM "Subscriber" WHERE email = $1`,
      [email],
    )
  )[0];

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'JS' : 'no JS';
  test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test(`[PUBLIC] changes what is followed from the mailed link (${mode})`, async ({ page }) => {
      const { email, manage } = await subscriberWithLink(
        page,
        `prefs-${javaScriptEnabled ? 'js' : 'nojs'}`,
      );
      await page.goto(manage);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Your subscription' }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
      await expect(page.getByText(`${email.slice(0, 1)}•••@prevenir.test`)).toBeVisible();

      // Nothing to receive is refused; the choices stay as they were ticked.
      const types = page.getByRole('group', { name: 'What to receive' });
      await types.getByLabel('Documents').uncheck();
      await types.getByLabel('Events').uncheck();
      await page.getByRole('radio', { name: 'Português' }).check();
      await page.getByRole('button', { name: 'Save my choices' }).click();
      await expect(page.getByText('Choose at least one kind of item to receive.')).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Português' })).toBeChecked();
      expect(await stored(email)).toMatchObject({
        locale: 'en',
        contentTypes: ['document', 'event'],
      });

      await types.getByLabel('Events').check();
      await page.getByRole('radio', { name: 'One summary a week' }).check();
      await page.getByRole('button', { name: 'Save my choices' }).click();
      await expect(page).toHaveURL(/\/en\/subscribe\/manage\?token=[\w.-]+&done=saved$/);
      await expect(page.getByRole('status')).toContainText('Your choices have been saved.');
      await expect(page.getByRole('radio', { name: 'Português' })).toBeChecked();
      expect(await stored(email)).toEqual({
        locale: 'pt',
        frequency: 'WEEKLY',
        contentTypes: ['event'],
      });
    });
  });
}

test('[PUBLIC] downloads what is stored, then unsubscribes and deletes it', async ({ page }) => {
  const { email, manage } = await subscriberWithLink(page, 'export');
  await page.goto(manage);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('prevenir-subscription.json');
  const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    subscription: unknown;
    mails: unknown[];
  };
  expect(data.subscription).toMatchObject({ email, language: 'en', frequency: 'IMMEDIATE' });
  expect(data.mails).toEqual([expect.objectContaining({ kind: 'MANAGE_LINK', status: 'SENT' })]);

  await page.getByRole('button', { name: 'Unsubscribe and delete my data' }).click();
  await expect(page).toHaveURL(/\/en\/subscribe\/unsubscribe\?done=deleted$/);
  await expect(page.getByRole('status')).toContainText('You are unsubscribed');
  await expectNoSeriousA11yViolations(page);
  expect(await stored(email)).toBeUndefined();

  // The link now says so, instead of showing anything.
  await page.goto(manage);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This link is not valid any more.' }),
  ).toBeVisible();
});

test('[PUBLIC] the unsubscribe link of a mail asks first, then unsubscribes', async ({ page }) => {
  const { email, mail } = await subscriberWithLink(page, 'unsubscribe');
  await page.goto(linkIn(mail, '/subscribe/unsubscribe'));
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await stored(email)).toBeDefined();
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toContainText('You are unsubscribed');
  expect(await stored(email)).toBeUndefined();
});
