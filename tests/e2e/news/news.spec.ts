import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import {
  createPublishedMechanism,
  createUser,
  e2eTag,
  queryDb,
  signIn,
  signInAs,
} from '../fixtures/backoffice';

// A 1×1 PNG: the upload is checked by content, so it has to be a real image. Files are stored
// once per content, so each run's copy gets its own trailing bytes (decoders ignore them).
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const BODY = [
  'Primer párrafo con *énfasis*.',
  '',
  '## Hallazgos de la visita',
  '',
  '- hacinamiento',
  '- falta de agua potable',
  '',
  'Más en [el informe](https://example.org/informe) o [escríbanos](mailto:mnp@example.org).',
  '',
  '<script>window.__injected = true</script>',
  '',
  '[pulse aquí](javascript:window.__injected=true) y [esto](data:text/html,hola)',
].join('\n');

test('[ADMIN] an editor writes a news item in Spanish with a Markdown body and an image, publishes it, and it shows on /es/news, the home page and its country page; /en shows the fallback notice', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const tag = e2eTag('news');
  const title = `Visita de monitoreo ${tag}`;
  const png = Buffer.concat([PNG_1X1, Buffer.from(tag)]);
  await signInAs(page, 'EDITOR');

  await page.goto('/es/admin/news/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nueva noticia' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator('#f-translations-es-title').fill(title);
  await page.locator('#f-translations-es-summary').fill(`Resumen ${tag}.`);
  await page.locator('#f-translations-es-body').fill(BODY);
  await page.getByRole('group', { name: 'Países' }).getByLabel('Paraguay', { exact: true }).check();
  await page.locator('#f-file').setInputFiles({
    name: 'visita.png',
    mimeType: 'image/png',
    buffer: png,
  });

  // An image without its alt text is refused, and what was typed is kept.
  await page.getByRole('button', { name: 'Crear borrador' }).click();
  await expect(page.getByText('Hay 1 problema en el formulario')).toBeVisible();
  await expect(page.locator('#f-translations-es-imageAlt')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-translations-es-title')).toHaveValue(title);
  await expect(page.locator('#f-translations-es-body')).toHaveValue(BODY);
  await expectNoSeriousA11yViolations(page);

  await page.locator('#f-translations-es-imageAlt').fill('Patio de la unidad penal visitada');
  await page.locator('#f-file').setInputFiles({
    name: 'visita.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await page.getByRole('button', { name: 'Crear borrador' }).click();
  await expect(page.getByText('Creado como borrador.')).toBeVisible();
  await expect(page.getByText('Imagen actual: visita.png')).toBeVisible();
  const id = page.url().match(/\/admin\/news\/([^/?]+)/)![1]!;
  const [row] = await queryDb<{ slug: string; status: string; imageId: string }>(
    'SELECT slug, status, "imageId" FROM "News" WHERE id = $1',
    [id],
  );
  expect(row).toMatchObject({ status: 'DRAFT' });
  const slug = row!.slug;

  // A draft is not public, nor its image.
  expect((await page.request.get(`/es/news/${slug}`)).status()).toBe(404);
  expect((await page.request.get(`/api/files/${row!.imageId}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Publicar' }).click();
  await expect(page.getByText('Publicado.', { exact: true })).toBeVisible();
  const [audit] = await queryDb<{ actions: string[] }>(
    `SELECT array_agg(action ORDER BY "createdAt") AS actions FROM "AuditLog" WHERE "entityId" = $1`,
    [id],
  );
  expect(audit!.actions).toEqual(['news.create', 'news.publish']);

  await page.goto('/es/news');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const article = page.locator('article');
  await expect(
    article.getByRole('heading', { level: 2, name: 'Hallazgos de la visita' }),
  ).toBeVisible();
  await expect(
    article.getByRole('listitem').filter({ hasText: 'falta de agua potable' }),
  ).toBeVisible();
  await expect(article.getByRole('link', { name: 'el informe' })).toHaveAttribute(
    'href',
    'https://example.org/informe',
  );
  await expect(article.getByRole('link', { name: 'escríbanos' })).toHaveAttribute(
    'href',
    'mailto:mnp@example.org',
  );
  // Raw HTML and javascript:/data: links never render; their text stays as text.
  await expect(article.locator('script')).toHaveCount(0);
  await expect(article.getByText('pulse aquí')).toBeVisible();
  await expect(article.getByRole('link', { name: /pulse aquí|esto/ })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected === true)).toBe(
    false,
  );
  const image = article.getByRole('img', { name: 'Patio de la unidad penal visitada' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(page.getByRole('link', { name: 'Paraguay' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/es');
  await expect(
    page.getByRole('region', { name: 'Noticias recientes' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await page.goto('/es/countries/paraguay');
  await expect(
    page.getByRole('region', { name: 'Noticias recientes' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Todas las noticias sobre Paraguay' }).click();
  await expect(page).toHaveURL(/\/es\/news\?country=paraguay$/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.goto(`/en/news/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText('This content is not yet available in English; shown in Spanish.'),
  ).toBeVisible();
  await expect(page.locator('h1')).toHaveAttribute('lang', 'es');
  await expect(page.locator('link[rel="alternate"][hreflang="pt"]')).toHaveAttribute(
    'href',
    new RegExp(`/pt/news/${slug}$`),
  );
  await expectNoSeriousA11yViolations(page);
});

test('[ADMIN] a focal point proposes a news item about their mechanism; it is public only once an editor approves it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const mechanism = await createPublishedMechanism('+595 21 000 000');
  const title = `El mecanismo presentó su informe ${e2eTag('prop')}`;

  const focalPage = await (await browser.newContext()).newPage();
  await signIn(focalPage, await createUser('FOCAL_POINT', mechanism.id));
  await focalPage.goto('/es/admin/proposals');
  await focalPage.getByRole('link', { name: 'Proponer una noticia' }).click();
  await expect(
    focalPage.getByRole('heading', { level: 1, name: 'Proponer una noticia' }),
  ).toBeVisible();
  // A focal point's news is about their own mechanism: no choice of mechanisms.
  await expect(focalPage.getByRole('group', { name: 'Mecanismos' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(focalPage);
  await focalPage.locator('#f-translations-es-title').fill(title);
  await focalPage.locator('#f-translations-es-body').fill('Texto de la **propuesta**.');
  await focalPage.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await expect(focalPage.getByText('Propuesta enviada', { exact: false })).toBeVisible();
  await expect(focalPage.getByRole('row', { name: /Nueva noticia/ }).first()).toContainText(
    'Pendiente',
  );

  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto('/es/news');
  await expect(publicPage.getByRole('link', { name: title })).toHaveCount(0);

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, await createUser('EDITOR'), 'pt');
  await editorPage.goto('/pt/admin/changes');
  await editorPage
    .getByRole('row', { name: new RegExp(mechanism.name) })
    .filter({ hasText: 'Nova notícia' })
    .getByRole('link', { name: 'Nova notícia' })
    .click();
  await expect(editorPage.getByRole('row', { name: /Título \(Espanhol\)/ })).toContainText(title);
  await expectNoSeriousA11yViolations(editorPage);
  await editorPage.getByRole('button', { name: 'Aprovar e aplicar' }).click();
  await expect(editorPage.getByText('Proposta aprovada e aplicada.')).toBeVisible();

  await publicPage.goto(`/es/mechanisms/${mechanism.slug}`);
  await publicPage
    .getByRole('region', { name: 'Noticias recientes' })
    .getByRole('link', { name: title })
    .click();
  await expect(publicPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(publicPage.locator('article strong')).toHaveText('propuesta');
  await expect(publicPage.getByRole('link', { name: mechanism.name })).toBeVisible();
  await expectNoSeriousA11yViolations(publicPage);
});
