import path from 'node:path';

import { expect, type Page, test, type TestInfo } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { e2eTag, queryDb } from '../fixtures/backoffice';
import { expectNoHorizontalScroll, expectTouchTargets } from '../fixtures/layout';

const LOCALES = ['es', 'pt', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** Phones (320, 390) and a tablet: no page may scroll sideways at any of them. */
const NARROW_WIDTHS = [768, 390, 320] as const;
/** Widths of the screenshots saved for review (test-results/screenshots). */
const PHONE = 390;
const DESKTOP = 1280;
const HEIGHT = 800;

type Route = { name: string; path: string; status?: number };

/** Every public page once, with seeded rows; the news item is made by its test. */
const ROUTES: Route[] = [
  { name: 'home', path: '' },
  { name: 'countries', path: '/countries' },
  { name: 'country', path: '/countries/peru' },
  { name: 'country-federal', path: '/countries/brazil' },
  // The local-mechanism coverage: a tall map (Argentina) and the widest one (Mexico).
  { name: 'country-federal-ar', path: '/countries/argentina' },
  { name: 'country-federal-mx', path: '/countries/mexico' },
  { name: 'mechanisms', path: '/mechanisms' },
  { name: 'mechanism', path: '/mechanisms/peru-npm' },
  // Filtered and paginated: the active-filter chips and the pagination show.
  { name: 'documents', path: '/documents?type=REPORT' },
  { name: 'document', path: '/documents/buenos-aires-declaration-2013' },
  { name: 'events', path: '/events' },
  { name: 'event', path: '/events/mexico-argentina-npm-meeting-2024' },
  { name: 'news', path: '/news' },
  { name: 'network', path: '/network' },
  { name: 'news-item', path: '/news/' },
  { name: 'search', path: '/search?q=tortura&type=document' },
  { name: 'subscribe', path: '/subscribe' },
  // Without a token: the page that says the link is invalid (the pages a mail links to).
  { name: 'subscription-link', path: '/subscribe/manage' },
  { name: 'country-correction', path: '/countries/peru/correction' },
  { name: 'mechanism-correction', path: '/mechanisms/brazil-npm/correction' },
  { name: 'sign-in', path: '/sign-in' },
  { name: 'forgot-password', path: '/forgot-password' },
  { name: 'not-found', path: '/no-such-page', status: 404 },
];

// Long unbroken strings, as editors paste them: they must wrap, not widen the page.
const LONG_URL =
  'https://www.example.org/informes/mecanismo-nacional-de-prevencion-de-la-tortura/2025/visita-de-monitoreo-unidad-penal-numero-doce.pdf';
const LONG_EMAIL = 'coordinacion.mecanismo.nacional.prevencion.tortura@defensoria.example.org';

/** A published news item in the three languages, dated long ago so no list leads with it. */
const createNews = async () => {
  const slug = e2eTag('e2e-layout-news');
  await queryDb(
    `INSERT INTO "News" (id, slug, "originalLocale", "publishedOn", status, "updatedAt")
     VALUES ($1, $1, 'es', '2001-01-01', 'PUBLISHED', now())`,
    [slug],
  );
  const body = `Informe completo: ${LONG_URL}\n\nContacto: <${LONG_EMAIL}>`;
  for (const [locale, title] of [
    ['es', 'Visita de monitoreo a la unidad penal'],
    ['pt', 'Visita de monitoramento à unidade prisional'],
    ['en', 'Monitoring visit to the prison'],
  ] as const) {
    await queryDb(
      `INSERT INTO "NewsTranslation" ("newsId", locale, title, summary, body) VALUES ($1, $2, $3, $4, $5)`,
      [slug, locale, title, `${title}: ${LONG_URL}`, body],
    );
  }
  return {
    slug,
    cleanup: () => queryDb(`DELETE FROM "News" WHERE id = $1`, [slug]),
  };
};

/**
 * Saved for review with E2E_SCREENSHOTS=1 only: nothing asserts them, and the 138 full-page
 * captures were a quarter of this file's time in every CI run.
 */
const screenshot = async (page: Page, testInfo: TestInfo, name: string) => {
  if (process.env.E2E_SCREENSHOTS !== '1') return;
  await page.screenshot({
    fullPage: true,
    path: path.join(testInfo.project.outputDir, 'screenshots', `${name}.png`),
  });
};

test.describe('[PUBLIC] small screens', () => {
  // One page per route, the three languages one after the other: the browser keeps the scripts
  // and styles, so each language costs a page load only (a test per language cost a new context).
  for (const route of ROUTES) {
    test(`${route.name} fits 320–768 px without sideways scrolling in es, pt and en; targets are 24 px or more`, async ({
      page,
    }, testInfo) => {
      let routePath = route.path;
      let cleanup: (() => Promise<unknown>) | undefined;
      if (route.name === 'news-item') {
        const news = await createNews();
        routePath += news.slug;
        cleanup = news.cleanup;
      }
      try {
        for (const locale of LOCALES) {
          await page.setViewportSize({ width: DESKTOP, height: HEIGHT });
          const response = await page.goto(`/${locale}${routePath}`);
          expect.soft(response?.status(), `/${locale}${routePath}`).toBe(route.status ?? 200);
          await expectTouchTargets(page);
          await screenshot(page, testInfo, `${locale}-${route.name}-${DESKTOP}`);

          // One load, several widths: the layout is CSS only, so resizing re-lays the page out.
          for (const width of NARROW_WIDTHS) {
            await page.setViewportSize({ width, height: HEIGHT });
            await expectNoHorizontalScroll(page);
            if (width === PHONE) {
              await expectTouchTargets(page);
              await screenshot(page, testInfo, `${locale}-${route.name}-${PHONE}`);
            }
          }
        }
      } finally {
        await cleanup?.();
      }
    });
  }

  const NPM_HEADER: Record<Locale, string> = {
    es: 'Mecanismo nacional de prevención',
    pt: 'Mecanismo nacional de prevenção',
    en: 'National preventive mechanism',
  };

  for (const locale of LOCALES) {
    test(`the countries table keeps each State's NPM on a ${PHONE} px screen (${locale})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: PHONE, height: HEIGHT });
      await page.goto(`/${locale}/countries`);
      const peru = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: /^Per[uú]$/ }) });
      // The column's header names the cell (stacked rows repeat it as the cell's label).
      const header = page.getByRole('columnheader', { name: new RegExp(`^${NPM_HEADER[locale]}`) });
      const column = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
      const npm = peru.locator('th, td').nth(column);
      await expect(npm).toContainText('Defensor');
      // Scrolled to vertically only: a scrolling table (the old layout) would hide it sideways.
      await npm.evaluate((cell) => window.scrollTo(0, cell.getBoundingClientRect().top - 100));
      const box = (await npm.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE);
      await expect(npm).toBeInViewport({ ratio: 1 });
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
