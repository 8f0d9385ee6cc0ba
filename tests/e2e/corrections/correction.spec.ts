import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import {
  createPublishedMechanism,
  createUser,
  e2eTag,
  freeIsoCodes,
  queryDb,
  signIn,
} from '../fixtures/backoffice';
import { waitForMail } from '../fixtures/mailbox';

// The e2e server's mails go to the run's SMTP server (tests/e2e/fixtures/mailbox.ts).
test.beforeAll(async () => {
  // Every browser reaches the e2e server from 127.0.0.1: repeated runs start from fresh counters.
  await queryDb(`DELETE FROM rate_limit WHERE key LIKE 'correction-%'`);
});

/** People take more than the form's 3-second minimum; the test says so explicitly. */
const takeTimeToFill = (page: Page) => page.waitForTimeout(3_500);

const createPublishedCountry = async () => {
  const slug = e2eTag('pais');
  const { iso2, iso3 } = await freeIsoCodes();
  await queryDb(
    `INSERT INTO "Country" (id, slug, iso2, iso3, subregion, federal, "opcatStatus", status, "updatedAt")
     VALUES ($1, $1, $2, $3, 'SOUTH_AMERICA', false, 'SIGNATORY', 'PUBLISHED', now())`,
    [slug, iso2, iso3],
  );
  const name = `País de prueba ${slug}`;
  await queryDb(
    `INSERT INTO "CountryTranslation" ("countryId", locale, name) VALUES ($1, 'es', $2), ($1, 'pt', $2)`,
    [slug, name],
  );
  return { id: slug, slug, name };
};

test('[PUBLIC] a visitor proposes a new phone number and an editor accepts it: the page shows it with its source, by title', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const mechanism = await createPublishedMechanism('+598 2000 0000');
  const newPhone = `+598 2${Math.floor(1e6 + Math.random() * 9e6)}`;
  const source = `https://www.example.org/${mechanism.slug}/contacto`;
  const sourceTitle = `Contacto del mecanismo ${mechanism.slug}`;
  const sender = `${mechanism.slug}@prevenir.test`;

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/es/mechanisms/${mechanism.slug}`);
  await visitor.getByRole('link', { name: 'Proponer una corrección' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Proponer una corrección');
  await expect(visitor.getByRole('main').getByText(mechanism.name, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);

  // A script source is refused; what was typed stays.
  await visitor.getByLabel('Qué dato').selectOption({ label: 'Teléfono' });
  await visitor.getByLabel('El valor correcto').fill(newPhone);
  await visitor.getByLabel('Fuente (dirección web)').fill('javascript:alert(1)');
  await visitor.getByLabel('Su correo electrónico (opcional)').fill(sender);
  await visitor.getByRole('button', { name: 'Enviar la corrección' }).click();
  await expect(visitor.getByText('Hay 1 problema en el formulario')).toBeVisible();
  await expect(visitor.locator('#f-sourceUrl-error')).toHaveText(
    'Escriba una dirección web completa que empiece por http:// o https://.',
  );
  await expect(visitor.getByLabel('El valor correcto')).toHaveValue(newPhone);
  await expect(visitor.getByLabel('Qué dato')).toHaveValue('phone');
  await expectNoSeriousA11yViolations(visitor);

  await visitor.getByLabel('Fuente (dirección web)').fill(source);
  await takeTimeToFill(visitor);
  await visitor.getByRole('button', { name: 'Enviar la corrección' }).click();
  await expect(visitor.getByRole('status')).toContainText('Gracias. Su corrección se ha enviado');
  await expectNoSeriousA11yViolations(visitor);
  const [stored] = await queryDb<{ id: string; status: string; contactEmail: string }>(
    `SELECT id, status, "contactEmail" FROM "Correction" WHERE "entityId" = $1`,
    [mechanism.id],
  );
  expect(stored).toMatchObject({ status: 'PENDING', contactEmail: sender });
  // Nothing is public before an editor accepts it.
  await visitor.goto(`/es/mechanisms/${mechanism.slug}`);
  await expect(visitor.getByText(newPhone)).toHaveCount(0);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, await createUser('EDITOR'), 'en');
  await editor
    .getByRole('navigation', { name: 'Back office' })
    .getByRole('link', { name: 'Corrections' })
    .click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await expectNoSeriousA11yViolations(editor);
  await editor
    .getByRole('row', { name: new RegExp(mechanism.name) })
    .getByRole('link')
    .click();
  await expect(
    editor.getByRole('heading', { level: 1, name: 'Review a correction' }),
  ).toBeVisible();
  const diff = editor.getByRole('table', { name: 'The fact now and as proposed' });
  await expect(diff).toContainText('+598 2000 0000');
  await expect(diff).toContainText(newPhone);
  await expect(editor.getByText(sender)).toHaveCount(2);
  await expectNoSeriousA11yViolations(editor);
  await expect(editor.getByLabel('Value to apply')).toHaveValue(newPhone);
  // The address is not a source record yet: the editor titles it (the site's name to start with).
  await expect(editor.getByLabel('Source title')).toHaveValue('example.org');
  await editor.getByLabel('Source title').fill(sourceTitle);
  await editor.getByLabel('Note to the sender').fill('Comprobado en el sitio oficial.');
  await expect(editor.getByLabel(`Answer the sender by e-mail (${sender})`)).toBeChecked();
  await editor.getByRole('button', { name: 'Accept and apply' }).click();
  await expect(editor.getByRole('status')).toHaveText(
    'Correction accepted; the sender has been thanked by e-mail.',
  );
  await expectNoSeriousA11yViolations(editor);

  // The sender is thanked in the language they wrote in, and their address is gone.
  const mail = await waitForMail(sender);
  expect(mail.parsed.subject).toBe('Su corrección a Prevenir ha sido aceptada');
  expect(mail.text).toContain('Nota del equipo editorial: Comprobado en el sitio oficial.');
  const [answered] = await queryDb<{ status: string; contactEmail: string | null }>(
    `SELECT status, "contactEmail" FROM "Correction" WHERE id = $1`,
    [stored!.id],
  );
  expect(answered).toEqual({ status: 'ACCEPTED', contactEmail: null });
  const audit = await queryDb<{
    action: string;
    after: { sources?: string[]; sourceUrl?: string };
  }>(`SELECT action, after FROM "AuditLog" WHERE "entityId" IN ($1, $2) ORDER BY "createdAt"`, [
    mechanism.id,
    stored!.id,
  ]);
  expect(audit.map((entry) => entry.action)).toEqual([
    'correction.propose',
    'mechanism.update',
    'correction.accept',
  ]);
  // The legacy list of addresses, which no public page shows, is left as it was.
  expect(audit[1]?.after.sources).toEqual([]);
  expect(audit[2]?.after.sourceUrl).toBe(source);

  await visitor.reload();
  await expect(visitor.getByText(newPhone)).toBeVisible();
  await expect(visitor.getByText('+598 2000 0000')).toHaveCount(0);
  // The phone's source marker and the page's sources list the new source by its title.
  const marker = visitor.locator('details[data-fact="phone"]');
  await expect(marker).toContainText(sourceTitle);
  await expect(marker).toHaveAttribute('data-verified-on', new Date().toISOString().slice(0, 10));
  await expect(
    visitor.getByRole('region', { name: 'Fuentes' }).getByRole('link', { name: sourceTitle }),
  ).toHaveAttribute('href', source);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[PUBLIC] a visitor corrects a country’s date in Portuguese; an editor rejects it and the sender is told in Portuguese', async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const country = await createPublishedCountry();
    const sender = `${country.slug}@prevenir.test`;

    await page.goto(`/pt/countries/${country.slug}`);
    await page.getByRole('link', { name: 'Propor uma correção' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Propor uma correção');
    await page.getByLabel('Qual dado').selectOption({ label: 'OPCAT: data de assinatura' });
    await page.getByLabel('O valor correto').fill('15 de setembro de 2005');
    await page.getByLabel('Seu e-mail (opcional)').fill(sender);
    // No source: refused by the server, what was typed comes back with the page.
    await page.getByRole('button', { name: 'Enviar a correção' }).click();
    await expect(page.getByText('Há 1 problema no formulário')).toBeVisible();
    await expect(page.locator('#f-sourceUrl-error')).toHaveText('Este campo é obrigatório.');
    await expect(page.getByLabel('O valor correto')).toHaveValue('15 de setembro de 2005');
    await expect(page.getByLabel('Qual dado')).toHaveValue('opcatSignedOn');
    await expect(page.getByLabel('Seu e-mail (opcional)')).toHaveValue(sender);

    await page
      .getByLabel('Fonte (endereço web)')
      .fill('https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9-b');
    await takeTimeToFill(page);
    await page.getByRole('button', { name: 'Enviar a correção' }).click();
    await expect(page).toHaveURL(new RegExp(`/pt/countries/${country.slug}/correction\\?sent=1$`));
    await expect(page.getByRole('status')).toContainText('Obrigado. Sua correção foi enviada');

    const editor = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await signIn(editor, await createUser('EDITOR'), 'es');
    await editor.goto('/es/admin/corrections');
    await editor
      .getByRole('row', { name: new RegExp(country.name) })
      .getByRole('link')
      .click();
    // The sender wrote the date in words: the date input starts empty, the table shows it.
    await expect(
      editor.getByRole('table', { name: 'El dato ahora y como se propone' }),
    ).toContainText('15 de setembro de 2005');
    await expect(editor.getByLabel('Valor que se aplicará')).toHaveValue('');
    await expectNoSeriousA11yViolations(editor);
    await editor.getByLabel('Nota para quien la envió').fill('A fonte não confirma esta data.');
    await editor.getByRole('button', { name: 'Rechazar' }).click();
    await expect(editor.getByRole('status')).toHaveText(
      'Corrección rechazada; se ha avisado por correo a quien la envió.',
    );
    await editor.getByRole('link', { name: 'Rechazadas' }).click();
    await expect(editor.getByRole('row', { name: new RegExp(country.name) })).toBeVisible();
    await expectNoSeriousA11yViolations(editor);

    const mail = await waitForMail(sender);
    expect(mail.parsed.subject).toBe('Sua correção ao Prevenir foi revisada');
    expect(mail.text).toContain('A equipe editorial a revisou e não a aplicou.');
    expect(mail.text).toContain('Nota da equipe editorial: A fonte não confirma esta data.');
    const [unchanged] = await queryDb<{ opcatSignedOn: Date | null }>(
      `SELECT "opcatSignedOn" FROM "Country" WHERE id = $1`,
      [country.id],
    );
    expect(unchanged?.opcatSignedOn).toBeNull();
  });
});
