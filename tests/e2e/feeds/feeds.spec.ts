import { randomUUID } from 'node:crypto';

import { expect, type Page, test } from '@playwright/test';

import { childOf, readAtomFeed } from '../../support/atom-checks';
import { readCalendar } from '../../support/ical-checks';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryE2eDb } from '../fixtures/db';
import { type LibraryFixture, seedLibrary } from '../fixtures/library';

// Each worker seeds its own theme and documents and filters by that theme (fixtures/library.ts).
let library: LibraryFixture;
test.beforeAll(async () => {
  library = await seedLibrary();
});
test.afterAll(async () => {
  await library?.cleanup();
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** The head's autodiscovery link of `type`, as an absolute URL. */
const alternateHref = (page: Page, type: string) =>
  page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href');

/** Fetches a feed or calendar as a subscriber's program would, and checks its headers. */
const fetchFile = async (page: Page, url: string, contentType: string) => {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe(contentType);
  expect(headers['cache-control']).toBe('public, max-age=300');
  expect(headers).toMatchObject(SECURITY_HEADERS);
  // Nothing that would keep a shared cache from storing it (the proxy's locale cookie).
  expect(headers['set-cookie']).toBeUndefined();
  return response.text();
};

const LIBRARY = {
  es: { feed: 'Fuente Atom de estos documentos', subscribe: 'Suscribirse a esta lista' },
  en: { feed: 'Atom feed of these documents', subscribe: 'Subscribe to this list' },
} as const;

for (const locale of ['es', 'en'] as const) {
  test(`[PUBLIC] the filtered library announces its feed, which serves the same filter (${locale})`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/${locale}/documents?theme=${library.themeSlug}&type=LAW&page=1`);
    const path = `/${locale}/documents/feed.xml?theme=${library.themeSlug}&type=LAW`;
    // Autodiscovery in the head: absolute, with the page's filters (not its page number).
    expect(await alternateHref(page, 'application/atom+xml')).toBe(`${baseURL}${path}`);
    // The visible link, for people.
    const subscribe = page.getByRole('region', { name: LIBRARY[locale].subscribe });
    const link = subscribe.getByRole('link', { name: LIBRARY[locale].feed });
    await expect(link).toHaveAttribute('href', path);
    await expectNoSeriousA11yViolations(page);

    const { feed } = readAtomFeed(
      await fetchFile(page, `${baseURL}${path}`, 'application/atom+xml; charset=utf-8'),
    );
    expect(feed.language).toBe(locale);
    // The three published laws of the theme, not the draft one.
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.url).toMatch(
        new RegExp(`^${baseURL}/${locale}/documents/${library.tag}-0[0-2]$`),
      );
      expect(item.published?.getUTCFullYear()).toBe(2019);
    }
    const titles = feed.items.map((item) => item.title);
    expect(titles).toContain(locale === 'es' ? library.law.es : library.law.en);
    // The entry links lead to the documents' pages.
    await page.goto(feed.items[0]!.url!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.items[0]!.title!);
  });
}

test('[PUBLIC] the subscribe links fit a 320 px screen and work without JavaScript (pt)', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`/pt/documents?theme=${library.themeSlug}`);
  const subscribe = page.getByRole('region', { name: 'Assinar esta lista' });
  const link = subscribe.getByRole('link', { name: 'Feed Atom destes documentos' });
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeVisible();
  // The section and its links wrap inside the screen (the page's own width is the header's).
  for (const box of [await subscribe.boundingBox(), await link.boundingBox()]) {
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  }
  // A plain link to the feed, followed without JavaScript.
  const response = await page.request.get(
    new URL((await link.getAttribute('href')) ?? '', page.url()).toString(),
  );
  expect(readAtomFeed(await response.text()).feed.items).toHaveLength(library.total);
  await context.close();
});

test('[PUBLIC] the events page announces its feed and calendar with its filters (en)', async ({
  page,
  baseURL,
}) => {
  // One upcoming workshop of the test's own, in a country of the seed data.
  const slug = `e2e-feed-${randomUUID().slice(0, 8)}`;
  const [country] = await queryE2eDb<{ id: string }>(
    `SELECT id FROM "Country" WHERE slug = 'argentina'`,
  );
  await queryE2eDb(
    `INSERT INTO "Event" (id, slug, kind, "originalLocale", "startsOn", "endsOn", "countryId",
       status, "updatedAt", sources)
     VALUES ($1, $1, 'WORKSHOP', 'en', '2099-04-02', '2099-04-03', $2, 'PUBLISHED', now(), '{}')`,
    [slug, country!.id],
  );
  await queryE2eDb(
    `INSERT INTO "EventTranslation" ("eventId", locale, title) VALUES ($1, 'en', $2)`,
    [slug, `Test workshop ${slug}`],
  );
  try {
    await page.goto('/en/events?country=argentina&kind=WORKSHOP');
    const feedPath = '/en/events/feed.xml?country=argentina&kind=WORKSHOP';
    const calendarPath = '/en/events/calendar.ics?country=argentina&kind=WORKSHOP';
    expect(await alternateHref(page, 'application/atom+xml')).toBe(`${baseURL}${feedPath}`);
    expect(await alternateHref(page, 'text/calendar')).toBe(`${baseURL}${calendarPath}`);
    const subscribe = page.getByRole('region', { name: 'Subscribe to this list' });
    await expect(
      subscribe.getByRole('link', { name: 'Atom feed of these events' }),
    ).toHaveAttribute('href', feedPath);
    await expect(
      subscribe.getByRole('link', { name: 'Calendar of upcoming events (iCalendar)' }),
    ).toHaveAttribute('href', calendarPath);
    await expectNoSeriousA11yViolations(page);

    const { feed } = readAtomFeed(
      await fetchFile(page, `${baseURL}${feedPath}`, 'application/atom+xml; charset=utf-8'),
    );
    expect(feed.items.map((item) => item.title)).toContain(`Test workshop ${slug}`);

    const calendar = readCalendar(
      await fetchFile(page, `${baseURL}${calendarPath}`, 'text/calendar; charset=utf-8'),
    );
    const event = calendar.events.find((item) => item.url === `${baseURL}/en/events/${slug}`);
    expect(event?.start.toString()).toBe('2099-04-02');
    expect(event?.end?.toString()).toBe('2099-04-04');
    expect(calendar.events.every((item) => item.categories.includes('Workshop'))).toBe(true);
  } finally {
    await queryE2eDb(`DELETE FROM "Event" WHERE slug = $1`, [slug]);
  }
});

test('[PUBLIC] /news announces its feed, which lists the filter’s published news in the reader’s language (pt)', async ({
  page,
  baseURL,
}) => {
  // A theme of the test's own with two published items (one without Portuguese) and a draft.
  const tag = `e2e-newsfeed-${randomUUID().slice(0, 8)}`;
  const themeSlug = `${tag}-theme`;
  await queryE2eDb(`INSERT INTO "Theme" (id, slug) VALUES ($1, $1)`, [themeSlug]);
  await queryE2eDb(
    `INSERT INTO "ThemeTranslation" ("themeId", locale, label) VALUES ($1, 'es', $2), ($1, 'pt', $3)`,
    [themeSlug, `Tema ${tag}`, `Tema PT ${tag}`],
  );
  const news = async (
    name: string,
    publishedOn: string,
    status: 'PUBLISHED' | 'DRAFT',
    texts: [locale: string, title: string][],
  ) => {
    const id = `${tag}-${name}`;
    await queryE2eDb(
      `INSERT INTO "News" (id, slug, "originalLocale", "publishedOn", status, "updatedAt")
       VALUES ($1, $1, 'es', $2, $3, now())`,
      [id, publishedOn, status],
    );
    for (const [locale, title] of texts)
      await queryE2eDb(
        `INSERT INTO "NewsTranslation" ("newsId", locale, title, summary) VALUES ($1, $2, $3, $4)`,
        [id, locale, title, `${title}.`],
      );
    await queryE2eDb(`INSERT INTO "_NewsToTheme" ("A", "B") VALUES ($1, $2)`, [id, themeSlug]);
    return id;
  };
  const translated = await news('visita', '2025-05-20', 'PUBLISHED', [
    ['es', `Visita ${tag}`],
    ['pt', `Visita PT ${tag}`],
  ]);
  const spanishOnly = await news('taller', '2025-02-11', 'PUBLISHED', [['es', `Taller ${tag}`]]);
  await news('borrador', '2025-12-01', 'DRAFT', [
    ['es', `Borrador ${tag}`],
    ['pt', `Rascunho ${tag}`],
  ]);
  try {
    await page.goto(`/pt/news?theme=${themeSlug}&page=1`);
    const path = `/pt/news/feed.xml?theme=${themeSlug}`;
    // Autodiscovery in the head and a visible link, both with the page's filter.
    expect(await alternateHref(page, 'application/atom+xml')).toBe(`${baseURL}${path}`);
    const subscribe = page.getByRole('region', { name: 'Assinar esta lista' });
    const link = subscribe.getByRole('link', { name: 'Feed Atom destas notícias' });
    await expect(link).toHaveAttribute('href', path);
    await expectNoSeriousA11yViolations(page);

    const { feed, entries } = readAtomFeed(
      await fetchFile(page, `${baseURL}${path}`, 'application/atom+xml; charset=utf-8'),
    );
    expect(feed.language).toBe('pt');
    expect(feed.title).toBe(`Notícias (Tema: Tema PT ${tag}) – Prevenir`);
    // Latest first, the draft never; the Spanish-only item in Spanish, marked as such.
    expect(feed.items.map((item) => [item.url, item.title])).toEqual([
      [`${baseURL}/pt/news/${translated}`, `Visita PT ${tag}`],
      [`${baseURL}/pt/news/${spanishOnly}`, `Taller ${tag}`],
    ]);
    expect(entries.map((entry) => childOf(entry, 'title')!.lang)).toEqual(['pt', 'es']);
    // The entry links lead to the items' pages, which show the same text.
    await page.goto(feed.items[1]!.url!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Taller ${tag}`);
  } finally {
    await queryE2eDb(`DELETE FROM "News" WHERE slug LIKE $1`, [`${tag}-%`]);
    await queryE2eDb(`DELETE FROM "Theme" WHERE slug = $1`, [themeSlug]);
  }
});
