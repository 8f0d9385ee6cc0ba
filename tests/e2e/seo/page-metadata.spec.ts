import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

import { e2eTag, queryDb } from '../fixtures/backoffice';

// What search engines and link previews read in the head: a localized title and description,
// Open Graph and Twitter tags with the language's sharing image (absolute, served as a PNG), the
// language and its alternatives, and article data for dated texts.

const tag = e2eTag('meta');
const DOCUMENT = `informe-${tag}`;
const NEWS = `noticia-${tag}`;
const TEXTS = {
  es: {
    document: [
      'Informe anual de monitoreo',
      'Resumen del informe:\ncárceles y comisarías visitadas.',
    ],
    news: ['Visita a un centro de detención', 'El mecanismo visitó un centro de detención.'],
  },
  en: {
    document: [
      'Annual monitoring report',
      'Summary of the report:\nprisons and police stations visited.',
    ],
    news: ['Visit to a detention centre', 'The mechanism visited a detention centre.'],
  },
} as const;

test.beforeAll(async () => {
  await queryDb(
    `INSERT INTO "Document" (id, slug, type, "originalLocale", "publishedOn", "datePrecision", sources, status, "updatedAt")
     VALUES ($1, $1, 'REPORT', 'es', '2025-04-03', 'DAY', '{}', 'PUBLISHED', now())`,
    [DOCUMENT],
  );
  await queryDb(
    `INSERT INTO "News" (id, slug, "originalLocale", "publishedOn", status, "updatedAt")
     VALUES ($1, $1, 'es', '2025-05-20', 'PUBLISHED', '2025-06-01T10:00:00Z')`,
    [NEWS],
  );
  for (const locale of ['es', 'en'] as const) {
    const [docTitle, docSummary] = TEXTS[locale].document;
    const [newsTitle, newsSummary] = TEXTS[locale].news;
    await queryDb(
      `INSERT INTO "DocumentTranslation" ("documentId", locale, title, summary) VALUES ($1, $2, $3, $4)`,
      [DOCUMENT, locale, docTitle, docSummary],
    );
    await queryDb(
      `INSERT INTO "NewsTranslation" ("newsId", locale, title, summary) VALUES ($1, $2, $3, $4)`,
      [NEWS, locale, newsTitle, newsSummary],
    );
  }
});

test.afterAll(async () => {
  await queryDb(`DELETE FROM "Document" WHERE id = $1`, [DOCUMENT]);
  await queryDb(`DELETE FROM "News" WHERE id = $1`, [NEWS]);
});

const meta = (page: Page, attribute: 'name' | 'property', key: string) =>
  page.locator(`meta[${attribute}="${key}"]`);

const contentOf = async (page: Page, attribute: 'name' | 'property', key: string) =>
  Promise.all(
    (await meta(page, attribute, key).all()).map(async (el) => el.getAttribute('content')),
  );

const expectPng = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  return response.body();
};

type Case = {
  path: string;
  title: string | RegExp;
  description: string | RegExp;
  ogTitle: string;
  type: 'website' | 'article';
};

const CASES: Record<'es' | 'en', Record<string, Case>> = {
  es: {
    home: {
      path: '/es',
      title: 'Prevenir – Red de prevención de la tortura de América Latina',
      description:
        'Mecanismos nacionales y locales de prevención, estado del OPCAT y buenas prácticas para la prevención de la tortura en América Latina.',
      ogTitle: 'Prevenir – Red de prevención de la tortura de América Latina',
      type: 'website',
    },
    country: {
      path: '/es/countries/peru',
      title: 'Perú | Prevenir',
      description:
        /^Perú: situación de los tratados, mecanismo nacional de prevención y contactos\. OPCAT: Estado parte \(adhesión\)\. Mecanismo nacional: .+\.$/,
      ogTitle: 'Perú',
      type: 'website',
    },
    document: {
      path: `/es/documents/${DOCUMENT}`,
      title: `${TEXTS.es.document[0]} | Prevenir`,
      description: 'Resumen del informe: cárceles y comisarías visitadas.',
      ogTitle: TEXTS.es.document[0],
      type: 'article',
    },
    news: {
      path: `/es/news/${NEWS}`,
      title: `${TEXTS.es.news[0]} | Prevenir`,
      description: TEXTS.es.news[1],
      ogTitle: TEXTS.es.news[0],
      type: 'article',
    },
  },
  en: {
    home: {
      path: '/en',
      title: 'Prevenir – Torture prevention network of Latin America',
      description:
        'National and local preventive mechanisms, OPCAT status and good practices for torture prevention in Latin America.',
      ogTitle: 'Prevenir – Torture prevention network of Latin America',
      type: 'website',
    },
    country: {
      path: '/en/countries/peru',
      title: 'Peru | Prevenir',
      description:
        /^Peru: treaty status, national preventive mechanism and contacts\. OPCAT: Party \(acceded\)\. National mechanism: .+\.$/,
      ogTitle: 'Peru',
      type: 'website',
    },
    document: {
      path: `/en/documents/${DOCUMENT}`,
      title: `${TEXTS.en.document[0]} | Prevenir`,
      description: 'Summary of the report: prisons and police stations visited.',
      ogTitle: TEXTS.en.document[0],
      type: 'article',
    },
    news: {
      path: `/en/news/${NEWS}`,
      title: `${TEXTS.en.news[0]} | Prevenir`,
      description: TEXTS.en.news[1],
      ogTitle: TEXTS.en.news[0],
      type: 'article',
    },
  },
};

const OG_LOCALES = { es: ['es_419', ['pt_BR', 'en']], en: ['en', ['es_419', 'pt_BR']] } as const;

for (const locale of ['es', 'en'] as const) {
  for (const [name, expected] of Object.entries(CASES[locale])) {
    test(`[PUBLIC] ${name} page in ${locale}: title, description, sharing tags and image`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto(expected.path);
      await expect(page).toHaveTitle(expected.title);
      const description = meta(page, 'name', 'description');
      await expect(description).toHaveAttribute('content', expected.description);
      const text = (await description.getAttribute('content'))!;

      // Open Graph and Twitter repeat the page's own words.
      expect(await contentOf(page, 'property', 'og:title')).toEqual([expected.ogTitle]);
      expect(await contentOf(page, 'property', 'og:description')).toEqual([text]);
      expect(await contentOf(page, 'property', 'og:type')).toEqual([expected.type]);
      expect(await contentOf(page, 'property', 'og:site_name')).toEqual(['Prevenir']);
      expect(await contentOf(page, 'property', 'og:url')).toEqual([`${baseURL}${expected.path}`]);
      expect(await contentOf(page, 'name', 'twitter:card')).toEqual(['summary_large_image']);
      expect(await contentOf(page, 'name', 'twitter:description')).toEqual([text]);

      // The language, and the others it is available in.
      const [ogLocale, alternates] = OG_LOCALES[locale];
      expect(await contentOf(page, 'property', 'og:locale')).toEqual([ogLocale]);
      expect(await contentOf(page, 'property', 'og:locale:alternate')).toEqual(alternates);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${baseURL}${expected.path}`,
      );

      // The sharing image: absolute, in the page's language, a 1200 × 630 PNG that is served.
      const image = `${baseURL}/social/prevenir-${locale}.png`;
      expect(await contentOf(page, 'property', 'og:image')).toEqual([image]);
      expect(await contentOf(page, 'property', 'og:image:width')).toEqual(['1200']);
      expect(await contentOf(page, 'property', 'og:image:height')).toEqual(['630']);
      expect((await contentOf(page, 'property', 'og:image:alt'))[0]).toMatch(/^Prevenir – /);
      expect(await contentOf(page, 'name', 'twitter:image')).toEqual([image]);
      const png = await expectPng(request, image);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

      if (name === 'document')
        expect(await contentOf(page, 'property', 'article:published_time')).toEqual(['2025-04-03']);
      if (name === 'news') {
        expect(await contentOf(page, 'property', 'article:published_time')).toEqual(['2025-05-20']);
        expect(await contentOf(page, 'property', 'article:modified_time')).toEqual(['2025-06-01']);
      }
    });
  }
}

test('[PUBLIC] the icons are announced and served from the site root', async ({
  page,
  request,
}) => {
  await page.goto('/pt/countries');
  const hrefs = async (rel: string) =>
    Promise.all(
      (await page.locator(`head link[rel="${rel}"]`).all()).map(async (el) =>
        el.getAttribute('href'),
      ),
    );
  expect(await hrefs('icon')).toEqual(['/favicon.ico', '/icon.svg']);
  expect(await hrefs('apple-touch-icon')).toEqual(['/apple-touch-icon.png']);

  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
  const svg = await request.get('/icon.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  await expectPng(request, '/apple-touch-icon.png');
  // The locale proxy leaves them alone: no redirect to /es/favicon.ico, no locale cookie.
  expect(favicon.headers()['set-cookie']).toBeUndefined();
});
