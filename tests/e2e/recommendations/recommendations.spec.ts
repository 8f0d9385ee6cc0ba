import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import {
  createPublishedMechanism,
  createUser,
  e2eTag,
  queryDb,
  signIn,
} from '../fixtures/backoffice';
import { createRecommendation } from '../fixtures/recommendations';

test('[PUBLIC] a country’s recommendations filter by body, with counts, and pass axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mechanism = await createPublishedMechanism('+598 2000 0000');
  const cat = await createRecommendation(mechanism.id, 'CAT', {
    en: `Ensure the independence of the mechanism ${mechanism.slug}.`,
  });
  const upr = await createRecommendation(mechanism.id, 'UPR', {
    en: `Strengthen the mechanism ${mechanism.slug}.`,
  });
  await page.goto(`/es/countries/${cat.countrySlug}`);
  const section = page.getByRole('region', { name: 'Recomendaciones' });
  await expect(section.getByRole('link', { name: cat.citation })).toBeVisible();
  await expect(section.getByRole('link', { name: upr.citation })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const body = section.getByLabel('Órgano');
  await expect(
    body.locator('option', { hasText: /^Examen Periódico Universal \(\d+\)$/ }),
  ).toHaveCount(1);
  await body.selectOption('UPR');
  await section.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page).toHaveURL(/body=UPR/);
  await expect(section.getByRole('link', { name: upr.citation })).toBeVisible();
  await expect(section.getByRole('link', { name: cat.citation })).toHaveCount(0);
});

test('[ADMIN] a focal point proposes a follow-up, an editor approves it, the page shows its history', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const mechanism = await createPublishedMechanism('+598 2000 0001');
  const recommendation = await createRecommendation(mechanism.id, 'CAT', {
    en: 'The State party should provide the mechanism with adequate resources.',
  });
  const followUp = `El MNP presentó su presupuesto ${mechanism.slug}.`;

  const focalPage = await (await browser.newContext()).newPage();
  const focal = await createUser('FOCAL_POINT', mechanism.id);
  await signIn(focalPage, focal);
  // Signing in records the language the focal point's reminder mails are written in.
  const [account] = await queryDb<{ locale: string }>(
    `SELECT locale::text FROM "User" WHERE id = $1`,
    [focal.id],
  );
  expect(account?.locale).toBe('es');
  await queryDb(
    `INSERT INTO "MailDelivery" (id, key, kind, "userId", status, "sentAt", "updatedAt")
     VALUES ($1, $1, 'FOLLOW_UP_REMINDER', $2, 'SENT', '2026-03-02T12:00:00Z', now())`,
    [e2eTag('reminder'), focal.id],
  );
  await focalPage.goto('/es/admin/my-recommendations');
  await expect(
    focalPage.getByText('Último recordatorio por correo enviado el 2 de marzo de 2026.'),
  ).toBeVisible();
  const item = focalPage.getByRole('listitem').filter({ hasText: recommendation.citation });
  await expect(item).toContainText('Sin seguimiento');
  await expectNoSeriousA11yViolations(focalPage);
  await item
    .getByRole('link', { name: `Proponer un seguimiento de ${recommendation.citation}` })
    .click();
  await focalPage.getByLabel('Estado de implementación').selectOption('PARTIALLY_IMPLEMENTED');
  await focalPage
    .getByRole('group', { name: /^Español/ })
    .getByLabel('Qué se hizo')
    .fill(followUp);
  await expectNoSeriousA11yViolations(focalPage);
  await focalPage.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await expect(focalPage.getByText('Propuesta enviada', { exact: false })).toBeVisible();
  await expect(item).toContainText('una propuesta espera revisión');

  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/en/recommendations/${recommendation.slug}`);
  await expect(publicPage.getByText('No follow-up published yet.')).toBeVisible();

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, await createUser('EDITOR'), 'pt');
  await editorPage.goto('/pt/admin/changes');
  await editorPage
    .getByRole('row', { name: new RegExp(mechanism.name) })
    .getByRole('link', { name: 'Acompanhamento de recomendação' })
    .click();
  await expect(editorPage.getByRole('link', { name: recommendation.citation })).toBeVisible();
  await expect(editorPage.getByRole('row', { name: /O que foi feito/ })).toContainText(followUp);
  await expectNoSeriousA11yViolations(editorPage);
  await editorPage.getByRole('button', { name: 'Aprovar e aplicar' }).click();
  await expect(editorPage.getByText('Proposta aprovada e aplicada.')).toBeVisible();

  // In Portuguese: the recommendation has no Portuguese text, so the page says so.
  await publicPage.goto(`/pt/recommendations/${recommendation.slug}`);
  await expect(
    publicPage
      .getByRole('region', { name: 'Texto' })
      .getByText('ainda não está disponível em português', { exact: false }),
  ).toBeVisible();
  await expect(publicPage.getByText('Texto original (inglês)')).toBeVisible();
  const history = publicPage.getByRole('region', { name: 'Acompanhamento' });
  await expect(history).toContainText('Parcialmente implementada');
  await expect(history).toContainText(followUp);
  await expect(
    publicPage.getByRole('link', { name: 'Fonte: ' + recommendation.symbol }),
  ).toHaveAttribute('href', 'https://example.org/doc');
  await expectNoSeriousA11yViolations(publicPage);

  await focalPage.reload();
  await expect(item).toContainText('Parcialmente implementada');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[PUBLIC] the region view counts recommendations by theme and status in a table', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const mechanism = await createPublishedMechanism('+598 2000 0002');
    const recommendation = await createRecommendation(mechanism.id, 'CAT', {
      en: `Guarantee the budget of the mechanism ${mechanism.slug}.`,
    });
    await page.goto(`/en/countries/${recommendation.countrySlug}`);
    await page.getByRole('link', { name: 'All recommendations in the region' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
    const table = page.getByRole('table', { name: /by theme and latest reported status/ });
    const noTheme = table.getByRole('row', { name: /^No theme/ });
    await expect(noTheme.getByRole('cell').last()).not.toHaveText('0');
    await page.getByLabel('Body').selectOption('CAT');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/body=CAT/);
    await expect(page.getByRole('link', { name: recommendation.citation })).toBeVisible();
  });
});
