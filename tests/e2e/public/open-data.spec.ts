import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { createPublishedMechanism, queryDb } from '../fixtures/backoffice';
import { createRecommendation } from '../fixtures/recommendations';

test.beforeAll(async () => {
  // Every browser reaches the e2e server from 127.0.0.1: repeated runs start from fresh counters.
  await queryDb(`DELETE FROM rate_limit WHERE key LIKE 'api-client%'`);
});

test('[PUBLIC] the footer leads to the API reference, with the licence and a working API', async ({
  page,
  request,
}) => {
  await page.goto('/en');
  await page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: 'About this site' })
    .getByRole('link', { name: 'Open data API' })
    .click();
  await expect(page).toHaveURL(/\/en\/data\/api$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data API');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(main).toContainText('GET /countries/{slug}');
  await expect(main).toContainText('GET /recommendations/{slug}');
  await expect(main).toContainText('One recommendation (by its slug or id)');
  await expectNoSeriousA11yViolations(page);

  // The reference's links work: the OpenAPI document and the API it describes.
  const openapiHref = await main.getByRole('link', { name: 'openapi.json' }).getAttribute('href');
  const openapi = (await (await request.get(openapiHref!)).json()) as { openapi: string };
  expect(openapi.openapi).toBe('3.1.0');
  const countries = await request.get('/api/v1/countries?lang=en');
  expect(countries.status()).toBe(200);
  const body = (await countries.json()) as { data: { name: string }[] };
  expect(body.data.length).toBeGreaterThan(0);
  const again = await request.get('/api/v1/countries?lang=en', {
    headers: { 'If-None-Match': countries.headers().etag! },
  });
  expect(again.status()).toBe(304);
});

test('[PUBLIC] the countries list downloads as CSV and JSON in its current order', async ({
  page,
  request,
}) => {
  await page.goto('/es/countries?sort=opcat&dir=desc');
  const exports = page.getByRole('region', { name: 'Descargar esta lista' });
  const csvLink = exports.getByRole('link', { name: 'CSV (hoja de cálculo)' });
  const csvHref = (await csvLink.getAttribute('href'))!;
  expect(new URL(csvHref, page.url()).searchParams.toString()).toBe('lang=es&sort=opcat&dir=desc');
  await expectNoSeriousA11yViolations(page);

  const csv = await request.get(csvHref);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8')).toMatch(/^slug,iso2,iso3,name,name_language,/);

  const jsonHref = await exports.getByRole('link', { name: 'JSON' }).getAttribute('href');
  const rows = (await (await request.get(jsonHref!)).json()) as { links: { html: string } }[];
  // The same rows as the page's table, each with the permalink of its page.
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(rows.length);
  expect(rows[0]!.links.html).toMatch(/\/es\/countries\/[a-z0-9-]+$/);
});

test('[PUBLIC] the library offers its filtered list as files', async ({ page, request }) => {
  await page.goto('/en/documents?type=REPORT');
  const exports = page.getByRole('region', { name: 'Download this list' });
  const jsonHref = (await exports.getByRole('link', { name: 'JSON' }).getAttribute('href'))!;
  expect(new URL(jsonHref, page.url()).searchParams.get('type')).toBe('REPORT');
  const documents = (await (await request.get(jsonHref)).json()) as { type: string }[];
  expect(documents.every((document) => document.type === 'REPORT')).toBe(true);
  await expectNoSeriousA11yViolations(page);
});

test('[PUBLIC] search results download with their query', async ({ page, request }) => {
  await page.goto('/es/search?q=mecanismo');
  const exports = page.getByRole('region', { name: 'Descargar esta lista' });
  const csvHref = (await exports
    .getByRole('link', { name: 'CSV (hoja de cálculo)' })
    .getAttribute('href'))!;
  expect(new URL(csvHref, page.url()).searchParams.get('q')).toBe('mecanismo');
  const csv = await (await request.get(csvHref)).text();
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(header).toBe('type,subtype,title,title_language,language,snippet,date,countries,url');
  expect(rows.length).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
});

test('[PUBLIC] recommendations download from the region view and a country’s section', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const mechanism = await createPublishedMechanism('+598 2000 0010');
  const recommendation = await createRecommendation(mechanism.id, 'UPR', {
    en: `Give the mechanism ${mechanism.slug} access to every place of detention.`,
  });

  await page.goto(`/en/recommendations?country=${recommendation.countrySlug}&body=UPR`);
  const regionExports = page.getByRole('region', { name: 'Download this list' });
  const csvHref = (await regionExports
    .getByRole('link', { name: 'CSV (spreadsheet)' })
    .getAttribute('href'))!;
  const csvQuery = new URL(csvHref, page.url()).searchParams;
  expect(csvQuery.get('country')).toBe(recommendation.countrySlug);
  expect(csvQuery.get('body')).toBe('UPR');
  await expectNoSeriousA11yViolations(page);
  const csv = await request.get(csvHref);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(header).toMatch(/^id,slug,body,symbol,paragraph,citation,issued_on,/);
  const row = rows.find((line) => line.includes(`,${recommendation.slug},`));
  expect(row).toContain(`/en/recommendations/${recommendation.slug}`);
  expect(rows.every((line) => line.split(',')[2] === 'UPR')).toBe(true);

  await page.goto(`/es/countries/${recommendation.countrySlug}`);
  const section = page.getByRole('region', { name: 'Recomendaciones' });
  const countryExports = section.getByRole('region', { name: 'Descargar esta lista' });
  const jsonHref = (await countryExports.getByRole('link', { name: 'JSON' }).getAttribute('href'))!;
  expect(new URL(jsonHref, page.url()).searchParams.get('country')).toBe(
    recommendation.countrySlug,
  );
  await expectNoSeriousA11yViolations(page);
  const items = (await (await request.get(jsonHref)).json()) as {
    slug: string;
    countries: { slug: string }[];
    source: { citation: string };
  }[];
  expect(items.find((item) => item.slug === recommendation.slug)?.source.citation).toBe(
    recommendation.citation,
  );
  expect(
    items.every((item) => item.countries.some((c) => c.slug === recommendation.countrySlug)),
  ).toBe(true);
  // Other specs add recommendations to the same country meanwhile: compare this one only.
  await expect(section.getByRole('link', { name: recommendation.citation })).toBeVisible();
});
