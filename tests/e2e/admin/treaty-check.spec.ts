import { expect, test } from '@playwright/test';

import { CAT_FILE, OPCAT_FILE, withoutTable } from '../../fixtures/untc/untc-fixtures';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { createUser, queryDb, signIn } from '../fixtures/backoffice';

test.describe('[EDITOR] treaty status check', () => {
  // The page shows the latest run of anyone: the two runs must not interleave.
  test.describe.configure({ mode: 'serial' });

  test('runs the check on the saved UNTC pages and files Haiti’s CAT signature for review (en)', async ({
    page,
  }) => {
    await signIn(page, await createUser('EDITOR'), 'en');
    await page.goto('/en/admin/treaty-check');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treaty status check (UNTC)');
    await expect(page.locator('[data-schedule]')).toContainText('Off.');
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('CAT status page (IV-9)').setInputFiles(CAT_FILE);
    await page.getByLabel('OPCAT status page (IV-9-b)').setInputFiles(OPCAT_FILE);
    await page.getByRole('button', { name: 'Run the check' }).click();

    await expect(page.getByRole('status')).toHaveText('The check ran: its result is below.');
    const last = page.locator('section[aria-labelledby="treaty-last"]');
    // Countries other specs create (not on the UNTC pages) may differ too: among the seeded
    // States, only Haiti's CAT status does, and a retry on the same server files nothing new.
    await expect(last).toContainText(/\d+ differences? with the database/);
    await expect(last).toContainText('OPCAT page (cat_op.html), status as at February 3, 2026');
    const haiti = last.locator('tr[data-difference="HT:catStatus"]');
    await expect(haiti).toContainText('Haiti');
    await expect(haiti).toContainText('CAT status');
    await expect(haiti).toContainText('SIGNATORY');
    await expectNoSeriousA11yViolations(page);

    const proposals = await queryDb<{ status: string; key: string | null }>(
      `SELECT p.status, s.key FROM "DataProposal" p JOIN "Source" s ON s.id = p."sourceId"
       WHERE p."entityKey" = 'HT' AND p.field = 'catStatus'`,
    );
    expect(proposals).toEqual([{ status: 'PENDING', key: 'untc-cat' }]);
    const seededStatesDiffering = await queryDb<{ entityKey: string }>(
      `SELECT DISTINCT p."entityKey" FROM "DataProposal" p
       WHERE p."sourceId" IS NOT NULL AND p."entityType" = 'country' AND EXISTS (
         SELECT 1 FROM "SeededValue" v WHERE v."entityType" = 'country' AND v."entityKey" = p."entityKey")`,
    );
    expect(seededStatesDiffering).toEqual([{ entityKey: 'HT' }]);
    const [haitiRow] = await queryDb<{ catStatus: string | null }>(
      `SELECT "catStatus" FROM "Country" WHERE iso2 = 'HT'`,
    );
    expect(haitiRow?.catStatus).toBeNull();

    await last.getByRole('link', { name: 'Review the proposals' }).click();
    const item = page.locator('li[data-proposal="country:HT:catStatus"]');
    await expect(item).toContainText('SIGNATORY');
    await expect(
      item.getByRole('link', { name: /chapter IV-9: Convention against Torture/ }),
    ).toBeVisible();
  });

  test('says why a page without the participants table filed nothing (es)', async ({ page }) => {
    await signIn(page, await createUser('EDITOR'), 'es');
    await page.goto('/es/admin/treaty-check');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Verificación de tratados (UNTC)',
    );

    await page.getByLabel('Página de estado del OPCAT (IV-9-b)').setInputFiles({
      name: 'opcat-sin-tabla.html',
      mimeType: 'text/html',
      buffer: Buffer.from(withoutTable()),
    });
    await page.getByRole('button', { name: 'Ejecutar la verificación' }).click();

    await expect(page.getByRole('status')).toContainText('no pudo leer las páginas');
    const last = page.locator('section[aria-labelledby="treaty-last"]');
    await expect(last.getByRole('alert')).toContainText(
      'opcat-sin-tabla.html: No participants table on the OPCAT status page',
    );
    await expectNoSeriousA11yViolations(page);
    const runs = await queryDb<{ trigger: string; filed: number; differences: number }>(
      `SELECT trigger, filed, differences FROM "TreatyCheckRun" WHERE error LIKE 'opcat-sin-tabla.html:%'`,
    );
    expect(runs.at(-1)).toEqual({ trigger: 'EDITOR', filed: 0, differences: 0 });
  });
});
