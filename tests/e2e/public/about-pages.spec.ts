import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb } from '../fixtures/backoffice';
import { type MailboxMail, mailsTo } from '../fixtures/mailbox';

/** CONTACT_EMAIL of the e2e server (playwright.config.ts). */
const OPERATORS = 'operators@prevenir.test';

test.beforeAll(async () => {
  // Every browser reaches the e2e server from 127.0.0.1: repeated runs start from fresh counters.
  await queryDb(`DELETE FROM rate_limit WHERE key LIKE 'contact-%'`);
});

const FOOTER = {
  es: {
    nav: 'Sobre este sitio',
    pages: [
      ['Acerca de Prevenir', '/es/about', 'Acerca de Prevenir'],
      ['Contacto', '/es/contact', 'Contacto'],
      ['Datos y licencia', '/es/data', 'Datos y licencia'],
    ],
    licence: 'con la licencia CC BY 4.0 (Creative Commons Attribution 4.0 International)',
    feed: 'Canal Atom de la biblioteca',
  },
  en: {
    nav: 'About this site',
    pages: [
      ['About Prevenir', '/en/about', 'About Prevenir'],
      ['Contact', '/en/contact', 'Contact'],
      ['Data and licence', '/en/data', 'Data and licence'],
    ],
    licence: 'under the licence CC BY 4.0 (Creative Commons Attribution 4.0 International)',
    feed: 'Atom feed of the library',
  },
} as const;

const footerLink = (page: Page, navigation: string, link: string) =>
  page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: navigation })
    .getByRole('link', { name: link });

for (const [locale, expected] of Object.entries(FOOTER)) {
  test(`[PUBLIC] the footer leads to the about, contact and data pages (${locale})`, async ({
    page,
  }) => {
    for (const [link, path, heading] of expected.pages) {
      await page.goto(`/${locale}`);
      await footerLink(page, expected.nav, link).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expectNoSeriousA11yViolations(page);
    }
    // The data page: the configured licence (CC BY 4.0 by default) and the portal's feeds.
    const main = page.getByRole('main');
    await expect(main).toContainText(expected.licence);
    await expect(main.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await expect(main.getByRole('link', { name: expected.feed })).toHaveAttribute(
      'href',
      `/${locale}/documents/feed.xml`,
    );
  });
}

/** The mail to the operators that answers `sender` (Reply-To), once it has arrived. */
const mailFrom = async (sender: string): Promise<MailboxMail> => {
  const find = async () =>
    (await mailsTo(OPERATORS)).find((mail) =>
      mail.parsed.replyTo?.some((reply) => reply.address === sender),
    );
  await expect.poll(find, { timeout: 30_000 }).toBeTruthy();
  return (await find())!;
};

test('[PUBLIC] the contact form shows its errors next to what was typed (en, axe)', async ({
  page,
}) => {
  await page.goto('/en/contact');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Message').fill('Hello');
  await page.getByLabel('Your e-mail address').fill('not an address');
  await page.getByRole('button', { name: 'Send the message' }).click();
  await expect(page.getByText('There is 1 problem in the form')).toBeVisible();
  await expect(page.locator('#f-email-error')).toHaveText('Enter a valid e-mail address.');
  await expect(page.getByLabel('Message')).toHaveValue('Hello');
  await expect(page.getByLabel('Your e-mail address')).toHaveValue('not an address');
  await expectNoSeriousA11yViolations(page);
});

// Axe runs a script in the page, which a page without JavaScript cannot: the tests above check
// the same pages and form states with it.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[PUBLIC] a visitor writes to the operators: errors keep what was typed, then the message arrives', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const sender = `${e2eTag('contacto')}@prevenir.test`;
    const message = 'Quisiéramos sumar la agenda de nuestro mecanismo al calendario del portal.';

    await page.goto('/es/contact');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacto');
    await expect(page.getByRole('link', { name: OPERATORS })).toHaveAttribute(
      'href',
      `mailto:${OPERATORS}`,
    );

    // No address and a bad one: refused by the server, what was typed comes back with the page.
    await page.getByLabel('Su nombre (opcional)').fill('Ana Pérez');
    await page.getByLabel('Tema').selectOption({ label: 'Alianza o colaboración' });
    await page.getByLabel('Mensaje').fill(message);
    await page.getByRole('button', { name: 'Enviar el mensaje' }).click();
    await expect(page.getByText('Hay 1 problema en el formulario')).toBeVisible();
    await expect(page.locator('#f-email-error')).toHaveText('Este campo es obligatorio.');
    await expect(page.getByLabel('Mensaje')).toHaveValue(message);
    await expect(page.getByLabel('Tema')).toHaveValue('partnership');
    await expect(page.getByLabel('Su nombre (opcional)')).toHaveValue('Ana Pérez');

    await page.getByLabel('Su correo electrónico').fill('ana@');
    await page.getByRole('button', { name: 'Enviar el mensaje' }).click();
    await expect(page.locator('#f-email-error')).toHaveText(
      'Escriba una dirección de correo electrónico válida.',
    );
    await expect(page.getByLabel('Su correo electrónico')).toHaveValue('ana@');

    await page.getByLabel('Su correo electrónico').fill(sender);
    // People take more than the form's 3-second minimum; the test says so explicitly.
    await page.waitForTimeout(3_500);
    await page.getByRole('button', { name: 'Enviar el mensaje' }).click();
    await expect(page).toHaveURL(/\/es\/contact\?sent=1$/);
    await expect(page.getByRole('status')).toContainText('Gracias. Su mensaje se ha enviado');

    const mail = await mailFrom(sender);
    expect(mail.parsed.subject).toBe('Prevenir – formulario de contacto: Alianza o colaboración');
    expect(mail.text).toContain(`Ana Pérez <${sender}> escribió mediante el formulario`);
    expect(mail.text).toContain(message);
  });
});
