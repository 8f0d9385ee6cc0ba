import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { createUser, e2eTag, queryDb, signIn } from '../fixtures/backoffice';

const TEXT = {
  es: {
    save: 'Guardar cambios',
    saved: 'Cambios guardados.',
    changes: 'Campos cambiados',
    title: 'Título (Español)',
    changed: 'Cambiado',
    raw: 'Datos sin procesar (JSON)',
  },
  pt: {
    save: 'Salvar alterações',
    saved: 'Alterações salvas.',
    changes: 'Campos alterados',
    title: 'Título (Espanhol)',
    changed: 'Alterado',
    raw: 'Dados brutos (JSON)',
  },
} as const;

for (const locale of ['es', 'pt'] as const) {
  const text = TEXT[locale];

  test(`[ADMIN] the audit log shows an edited title as a labelled before and after, raw JSON one click away (${locale})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const tag = e2eTag('audit');
    const oldTitle = `Informe original ${tag}`;
    const newTitle = `Informe corregido ${tag}`;
    await queryDb(
      `INSERT INTO "Document" (id, slug, type, "originalLocale", "publishedOn", sources, "updatedAt")
       VALUES ($1, $1, 'REPORT', 'es', '2024-05-06', '{}', now())`,
      [tag],
    );
    await queryDb(
      `INSERT INTO "DocumentTranslation" ("documentId", locale, title) VALUES ($1, 'es', $2)`,
      [tag, oldTitle],
    );

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, await createUser('EDITOR'), locale);
    await editor.goto(`/${locale}/admin/documents/${tag}`);
    await editor.locator('#f-translations-es-title').fill(newTitle);
    await editor.getByRole('button', { name: text.save }).click();
    await expect(editor.getByText(text.saved)).toBeVisible();
    await editorContext.close();

    const admin = await createUser('ADMIN');
    await signIn(page, admin, locale);
    await page.goto(`/${locale}/admin/audit?action=document.update`);
    const entry = page.getByRole('row').filter({ hasText: `document ${tag}` });
    await expect(entry).toHaveCount(1);
    const changes = entry.getByRole('table', { name: text.changes });
    // The title is the only change: version and timestamps are no news.
    await expect(changes.locator('tbody tr')).toHaveCount(1);
    const title = changes.locator('tbody tr');
    await expect(title.getByRole('rowheader')).toContainText(text.title);
    await expect(title.getByRole('rowheader')).toContainText(text.changed);
    await expect(title.locator('del')).toContainText(oldTitle);
    await expect(title.locator('ins')).toContainText(newTitle);
    await expect(title.locator('del [lang=es], ins [lang=es]')).toHaveCount(2);

    const raw = entry.locator('details').filter({ hasText: text.raw });
    await expect(raw.locator('pre').first()).toBeHidden();
    await expectNoSeriousA11yViolations(page);
    await raw.getByText(text.raw).click();
    await expect(raw.locator('pre')).toHaveCount(2);
    await expect(raw.locator('pre').first()).toContainText(`"title": "${oldTitle}"`);
    await expect(raw.locator('pre').last()).toContainText(`"title": "${newTitle}"`);
    await expectNoSeriousA11yViolations(page);

    // The same without JavaScript: the page is server-rendered and <details> needs none.
    const plainContext = await browser.newContext({ javaScriptEnabled: false });
    const plain = await plainContext.newPage();
    await signIn(plain, admin, locale);
    await plain.goto(`/${locale}/admin/audit?action=document.update`);
    const plainRaw = plain
      .getByRole('row')
      .filter({ hasText: `document ${tag}` })
      .locator('details')
      .filter({ hasText: text.raw });
    await plainRaw.getByText(text.raw).click();
    await expect(plainRaw.locator('pre').last()).toContainText(`"title": "${newTitle}"`);
    await plainContext.close();
  });
}
