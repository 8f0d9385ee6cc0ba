import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

// The Southern Cone conference of the sourced seed data (prisma/seed), 14–16 August 2013.
const CONFERENCE = {
  es: {
    year: 'Año',
    apply: 'Aplicar filtros',
    past: 'Eventos pasados',
    title: 'Alianzas para la prevención de la tortura en el Cono Sur',
    dates: /14\s*–\s*16 de agosto de 2013/,
    calendar: 'Añadir al calendario (.ics)',
  },
  en: {
    year: 'Year',
    apply: 'Apply filters',
    past: 'Past events',
    title: 'Partnerships for torture prevention in the Southern Cone',
    dates: /August 14\s*–\s*16, 2013/,
    calendar: 'Add to calendar (.ics)',
  },
  pt: {
    year: 'Ano',
    apply: 'Aplicar filtros',
    past: 'Eventos passados',
    title: 'Parcerias para a prevenção da tortura no Cone Sul',
    dates: /14\s*–\s*16 de agosto de 2013/,
    calendar: 'Adicionar ao calendário (.ics)',
  },
} as const;

const section = (page: Page, name: string) => page.getByRole('region', { name });

test.describe('[PUBLIC] events', () => {
  for (const locale of ['es', 'en'] as const) {
    const text = CONFERENCE[locale];
    test(`filtering by year 2013 finds the Southern Cone conference (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/events`);
      await expectNoSeriousA11yViolations(page);

      await page.getByLabel(text.year).selectOption('2013');
      await page.getByRole('button', { name: text.apply }).click();
      await expect(page).toHaveURL(/[?&]year=2013(&|$)/);
      const past = section(page, text.past);
      await expect(past.getByRole('listitem')).toHaveCount(1);
      await expectNoSeriousA11yViolations(page);

      await past.getByRole('link', { name: text.title }).click();
      await expect(page).toHaveURL(`/${locale}/events/southern-cone-conference-2013`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
      await expect(page.locator('dl')).toContainText(text.dates);
      await expect(page.locator('dl')).toContainText('Buenos Aires, Argentina');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('the .ics link downloads a calendar file in the page’s language (pt)', async ({ page }) => {
    await page.goto('/pt/events/southern-cone-conference-2013');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: CONFERENCE.pt.calendar }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('southern-cone-conference-2013.ics');
    const ics = (await readFile(await download.path(), 'utf8')).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART;VALUE=DATE:20130814');
    expect(ics).toContain('DTEND;VALUE=DATE:20130817');
    expect(ics).toContain(`SUMMARY:${CONFERENCE.pt.title}`);
    await expectNoSeriousA11yViolations(page);
  });

  test('the .ics route answers 404 JSON for an unknown event', async ({ request }) => {
    const response = await request.get('/api/events/no-such-event/ics');
    expect(response.status()).toBe(404);
    expect(await response.json()).toHaveProperty('error');
  });

  test('bad parameters render the page, and filters work without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/es/events?country=zzz&level=foo&year=abc&kind=%3Cb%3E');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eventos');
    await expect(page.getByLabel('Año')).toHaveValue('');

    await page.getByLabel('Tipo').selectOption({ label: 'Conferencia' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect(page).toHaveURL(/[?&]kind=CONFERENCE/);
    const past = section(page, 'Eventos pasados');
    await expect(past.getByRole('link', { name: CONFERENCE.es.title })).toBeVisible();
    for (const item of await past.getByRole('listitem').all())
      await expect(item).toContainText('Conferencia');
    await context.close();
  });

  test('an unknown event is a localized 404 (en)', async ({ page }) => {
    const response = await page.goto('/en/events/no-such-event');
    expect(response?.status()).toBe(404);
  });
});
