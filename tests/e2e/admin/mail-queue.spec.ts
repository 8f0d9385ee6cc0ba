import { randomUUID } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryDb, signInAs } from '../fixtures/backoffice';

/** A subscriber whose mail failed, as the queue records it. */
const failedMail = async () => {
  const email = `queue-${randomUUID().slice(0, 8)}@prevenir.test`;
  const id = `e2e-${randomUUID()}`;
  await queryDb(
    `INSERT INTO "Subscriber" (id, email, locale, frequency, "contentTypes", "confirmedAt", "updatedAt")
     VALUES ($1, $2, 'es', 'IMMEDIATE', '{document}', now(), now())`,
    [id, email],
  );
  await queryDb(
    `INSERT INTO "MailDelivery" (id, key, kind, "subscriberId", status, attempts, "lastError", "updatedAt")
     VALUES ($1, $1, 'ITEM', $2, 'FAILED', 7, '550 mailbox <address> unavailable', now())`,
    [`e2e-${randomUUID()}`, id],
  );
  return email;
};

test('[EDITOR] sees the mail queue’s state, but no subscriber’s address', async ({ page }) => {
  const email = await failedMail();
  await signInAs(page, 'EDITOR');
  await page
    .getByRole('navigation', { name: 'Área de gestión' })
    .getByRole('link', { name: 'Cola de correos' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cola de correos' })).toBeVisible();
  await expect(page.locator('dt', { hasText: 'Fallidos' })).toBeVisible();
  const problems = page.getByRole('table', { name: /Correos fallidos/ });
  await expect(problems).toContainText('550 mailbox <address> unavailable');
  await expect(problems.getByRole('columnheader', { name: 'Destinatario' })).toHaveCount(0);
  await expect(page.getByText('Solo los administradores ven las direcciones')).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('[ADMIN] sees who a failed mail was for', async ({ page }) => {
  const email = await failedMail();
  await signInAs(page, 'ADMIN');
  await page.goto('/es/admin/mail-queue');
  const problems = page.getByRole('table', { name: /Correos fallidos/ });
  await expect(problems.getByRole('columnheader', { name: 'Destinatario' })).toBeVisible();
  await expect(problems.getByRole('row').filter({ hasText: email })).toHaveCount(1);
});
