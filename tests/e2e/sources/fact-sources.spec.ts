import { createHash, randomBytes } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb, signInAs } from '../fixtures/backoffice';

const GUATEMALA = {
  en: {
    date: 'January 5, 1990',
    by: 'Party (acceded)',
    marker: 'Source',
    verified: 'Last verified: February 3, 2026',
  },
  es: {
    date: '5 de enero de 1990',
    by: 'Estado parte (adhesión)',
    marker: 'Fuente',
    verified: 'Verificado por última vez: 3 de febrero de 2026',
  },
} as const;

const letters = (length: number) =>
  Array.from(randomBytes(length), (byte) => String.fromCharCode(65 + (byte % 26))).join('');

/** A published country of the test's own, so editing its facts touches no seeded row. */
const createCitedCountry = async () => {
  const tag = e2eTag('src');
  // ISO codes are unique: a clash with another country gets other letters.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await queryDb(
        `INSERT INTO "Country" (id, slug, iso2, iso3, subregion, federal, "catRatifiedOn", "catBy",
           "opcatStatus", status, "updatedAt")
         VALUES ($1, $1, $2, $3, 'CARIBBEAN', false, '2001-02-03', 'RATIFICATION', 'NOT_PARTY',
           'PUBLISHED', now())`,
        [tag, letters(2), letters(3)],
      );
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
  await queryDb(
    `INSERT INTO "CountryTranslation" ("countryId", locale, name) VALUES ($1, 'en', $2), ($1, 'es', $2)`,
    [tag, `Testland ${tag}`],
  );
  return { id: tag, slug: tag, name: `Testland ${tag}` };
};

test.describe('[PUBLIC] fact sources', () => {
  for (const [locale, expected] of Object.entries(GUATEMALA)) {
    test(`a treaty date opens on its UN Treaty Collection source (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/countries/guatemala`);
      const treaty = page.locator('section[aria-labelledby="treaty-status"]');
      const catRow = treaty.locator('dd').first();
      await expect(catRow).toContainText(expected.date);
      await expect(catRow).toContainText(expected.by);

      const marker = catRow.locator('details[data-fact="cat"]');
      await expect(marker).toHaveAttribute('data-verified-on', '2026-02-03');
      await expect(marker.getByRole('link', { name: /Convention against Torture/ })).toBeHidden();
      await marker.locator('summary').click();
      const untc = marker.getByRole('link', { name: /Status of treaties, chapter IV-9:/ });
      await expect(untc).toBeVisible();
      await expect(untc).toHaveAttribute('href', /^https:\/\/treaties\.un\.org\/.*mtdsg_no=IV-9&/);
      await expect(marker).toContainText('United Nations Treaty Collection');
      await expect(marker).toContainText(expected.verified);
      await expect(marker.locator('[data-source-key="untc-cat"]')).toHaveAttribute(
        'itemtype',
        'https://schema.org/CreativeWork',
      );
      await expectNoSeriousA11yViolations(page);

      // The page's bibliography names each source once, by title, never as a bare URL.
      const sources = page.locator('section[aria-labelledby="sources"]');
      await expect(
        sources.getByRole('link', { name: /Status of treaties, chapter IV-9-b/ }),
      ).toHaveCount(1);
      await expect(sources).not.toContainText('https://');
    });
  }

  test('the marker works without JavaScript and the keyboard opens it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/pt/countries/colombia');
    const ratified = page.locator('details[data-fact="opcatRatified"]');
    await expect(page.locator('section[aria-labelledby="treaty-status"]')).toContainText(
      '10 de novembro de 2025',
    );
    await ratified.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(ratified).toHaveAttribute('open', '');
    await expect(ratified).toContainText('Optional Protocol to the Convention against Torture');
    await context.close();
  });

  test('contacts show with their sources; no contact says so (pt)', async ({ page }) => {
    await page.goto('/pt/mechanisms/peru-npm');
    const profile = page.locator('section[aria-labelledby="profile"]');
    await expect(profile.getByRole('link', { name: 'defensor@defensoria.gob.pe' })).toBeVisible();
    await expect(profile).toContainText('Jirón Ucayali N° 394-398, Lima, Perú');
    const email = profile.locator('details[data-fact="email"]');
    await email.locator('summary').click();
    await expect(email).toContainText('Tercer Informe Anual del Mecanismo Nacional');
    await expect(email).toContainText('Verificado pela última vez: dezembro de 2026');
    await expectNoSeriousA11yViolations(page);

    await page.goto('/pt/mechanisms/argentina-salta');
    await expect(page.locator('[data-contact="none"]')).toHaveText(
      'Nenhum contato público registrado.',
    );
  });

  test('directory cards carry contacts and are usable at 320 px (es)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/es/mechanisms?country=peru');
    const card = page.locator('article', { hasText: 'defensor@defensoria.gob.pe' });
    await expect(card).toHaveCount(1);
    await card.locator('details[data-fact="website"] summary').click();
    await expect(card.locator('details[data-fact="website"]')).toContainText(
      'Defensoría del Pueblo',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('research notes are not on public pages', async ({ page }) => {
    await page.goto('/en/countries/argentina');
    await expect(page.locator('main')).not.toContainText("nameLang='en'");
    await expect(page.locator('main')).not.toContainText('not checked');
    await page.goto('/es/mechanisms/argentina-san-juan');
    await expect(page.locator('main')).not.toContainText('call for NGO candidates');
  });
});

test.describe('[EDITOR] fact sources', () => {
  test('edits a fact’s sources and verification date; an old date puts it on the re-check list', async ({
    page,
  }) => {
    const country = await createCitedCountry();
    const title = `Gaceta oficial de prueba ${country.slug}`;
    await signInAs(page, 'EDITOR');

    await page.goto('/en/admin/sources/new');
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByLabel('Publisher').fill('Imprenta de prueba');
    await page.getByLabel('Link (http or https)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save the source' }).click();
    // Refused with a message, and what was typed is kept.
    await expect(page.getByRole('alert').filter({ hasText: '1 problem' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(title);
    const link = page.getByLabel('Link (http or https)');
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await link.fill('https://example.org/gaceta');
    await expect(link).toHaveValue('https://example.org/gaceta');
    await page.getByRole('button', { name: 'Save the source' }).click();
    await expect(page.getByRole('status')).toHaveText('Source created.');

    await page.goto(`/en/admin/countries/${country.id}`);
    await page.getByRole('link', { name: 'Sources and verification of each fact' }).click();
    await page
      .getByRole('link', { name: 'Edit the sources of “CAT ratification or accession”' })
      .click();
    await page.getByLabel(title).check();
    await page.getByLabel('Last verified on').fill('2020-03-04');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
    await expect(page.locator('tr[data-fact="cat"]')).toContainText(title);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/en/admin/sources/recheck');
    await expect(page.getByRole('row', { name: new RegExp(country.name) })).toContainText(
      'CAT ratification or accession',
    );

    await page.goto(`/es/countries/${country.slug}`);
    const marker = page.locator('details[data-fact="cat"]');
    await marker.locator('summary').click();
    await expect(marker.getByRole('link', { name: title })).toHaveAttribute(
      'href',
      'https://example.org/gaceta',
    );
    await expect(marker).toContainText('Verificado por última vez: 4 de marzo de 2020');

    const [audit] = await queryDb<{ actorId: string | null }>(
      `SELECT "actorId" FROM "AuditLog" WHERE action = 'factCitation.update'
       AND after->>'entityId' = $1`,
      [country.id],
    );
    expect(audit?.actorId).toBeTruthy();
  });

  test('applies a correction the data update queued for a field an editor had changed', async ({
    page,
  }) => {
    const country = await createCitedCountry();
    const proposed = JSON.stringify('2002-03-04');
    await queryDb(
      `INSERT INTO "DataProposal" (id, "entityType", "entityKey", "entityId", field, "currentValue",
         "proposedValue", "seededValue", "proposedHash")
       VALUES ($1, 'country', $2, $3, 'catRatifiedOn', '"2001-02-03"', $4::jsonb, '"2000-01-01"', $5)`,
      [
        e2eTag('dp'),
        country.slug,
        country.id,
        proposed,
        createHash('sha256').update(proposed).digest('hex'),
      ],
    );
    await signInAs(page, 'EDITOR');
    await page.goto('/en/admin/changes');
    const item = page.locator('li', { hasText: country.name });
    await expect(item).toContainText('2001-02-03');
    await expect(item).toContainText('2002-03-04');
    await expectNoSeriousA11yViolations(page);
    await item.getByRole('button', { name: 'Apply the correction' }).click();
    await expect(page.getByRole('status')).toHaveText('Correction applied.');
    await expect(page.locator('li', { hasText: country.name })).toHaveCount(0);

    const [row] = await queryDb<{ cat: string; version: number }>(
      `SELECT to_char("catRatifiedOn", 'YYYY-MM-DD') AS cat, version FROM "Country" WHERE id = $1`,
      [country.id],
    );
    expect(row).toEqual({ cat: '2002-03-04', version: 2 });
    const actions = await queryDb<{ action: string }>(
      `SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`,
      [country.id],
    );
    expect(actions.map((a) => a.action)).toContain('country.update');
  });
});
