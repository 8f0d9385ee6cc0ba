import { randomUUID } from 'node:crypto';

import { expect, type Page, test } from '@playwright/test';

import { readAtomFeed } from '../../support/atom-checks';
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
