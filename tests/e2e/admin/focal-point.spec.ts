import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { createPublishedMechanism, createUser, signIn } from '../fixtures/backoffice';

test('[ADMIN] a focal point’s new phone number is public only after an editor approves it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const mechanism = await createPublishedMechanism('+598 2000 0000');
  const newPhone = `+598 2${Math.floor(Math.random() * 1e7)}`;

  const focalPage = await (await browser.newContext()).newPage();
  await signIn(focalPage, await createUser('FOCAL_POINT', mechanism.id));
  await focalPage.goto('/es/admin/proposals/mechanism');
  await expect(focalPage.getByText(mechanism.name)).toBeVisible();
  await expectNoSeriousA11yViolations(focalPage);
  await focalPage.getByLabel('Teléfono').fill(newPhone);
  await focalPage.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await expect(focalPage.getByText('Propuesta enviada', { exact: false })).toBeVisible();
  await expect(focalPage.getByRole('row', { name: /Perfil del mecanismo/ })).toContainText(
    'Pendiente',
  );
  // A focal point cannot reach the editors' pages.
  expect((await focalPage.request.get(`/es/admin/changes`)).url()).not.toMatch(/\/admin\/changes$/);

  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/es/mechanisms/${mechanism.slug}`);
  await expect(publicPage.getByText('+598 2000 0000')).toBeVisible();
  await expect(publicPage.getByText(newPhone)).toHaveCount(0);

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, await createUser('EDITOR'), 'pt');
  await editorPage.goto('/pt/admin/changes');
  await expectNoSeriousA11yViolations(editorPage);
  await editorPage
    .getByRole('row', { name: new RegExp(mechanism.name) })
    .getByRole('link', { name: 'Perfil do mecanismo' })
    .click();
  const diffRow = editorPage.getByRole('row', { name: /Telefone/ });
  await expect(diffRow).toContainText('+598 2000 0000');
  await expect(diffRow).toContainText(newPhone);
  await expectNoSeriousA11yViolations(editorPage);
  await editorPage.getByRole('button', { name: 'Aprovar e aplicar' }).click();
  await expect(editorPage.getByText('Proposta aprovada e aplicada.')).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByText(newPhone)).toBeVisible();
  await expect(publicPage.getByText('+598 2000 0000')).toHaveCount(0);
});
