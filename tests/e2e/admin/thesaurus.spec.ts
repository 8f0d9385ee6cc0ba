import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, signInAs } from '../fixtures/backoffice';

test('[ADMIN] edits a thesaurus concept: an invalid form keeps what was typed, a valid one saves', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'EDITOR');
  const tag = e2eTag('fund');
  await page.goto('/en/admin/thesaurus');
  await expectNoSeriousA11yViolations(page);
  // The OPCAT's Special Fund: no other spec searches for it.
  await page.getByRole('link', { name: 'Edit the concept opcat-special-fund' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Concept opcat-special-fund');
  // Terms worded as in the treaty name it as their source.
  await expect(
    page.getByRole('region', { name: 'Terms taken from treaties' }).getByRole('link').first(),
  ).toHaveAttribute('href', /ohchr\.org|planalto\.gov\.br/);
  await expectNoSeriousA11yViolations(page);

  const english = page.getByLabel('Terms in English');
  await english.fill(`Special Fund\nOPCAT Special Fund\nFund ${tag}`);
  await page.getByLabel('Terms in Portuguese').fill('');
  await page.getByRole('button', { name: 'Save terms' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'There is 1 problem in the form' }),
  ).toContainText('Terms in Portuguese: This field is required.');
  await expect(english).toHaveValue(`Special Fund\nOPCAT Special Fund\nFund ${tag}`);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Terms in Portuguese').fill('Fundo Especial');
  await page.getByRole('button', { name: 'Save terms' }).click();
  await expect(page.getByText('The terms were saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /opcat-special-fund/ })).toContainText(`Fund ${tag}`);
});
