import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';

// What a visitor reads, per language (messages OpcatMap and CountryTimeline; Peru's seeded data).
const TEXT = {
  en: {
    mapTitle: 'Map of Latin America by OPCAT status',
    legend: 'OPCAT status',
    statuses: [
      'State party, NPM deadline passed without designation',
      'State party without NPM, deadline unknown',
      'State party without NPM, within the deadline',
      'National preventive mechanism designated',
      'Signatory, not a party',
      'Not a party',
    ],
    designated: 'National preventive mechanism designated',
    peru: 'Peru',
    timeline: 'Timeline',
    // "Ratified", "Acceded to" or "Became a party to", as the data records it.
    catParty: /(Ratified|Acceded to|Became a party to) the Convention against Torture \(CAT\)/,
    catDate: 'July 7, 1988',
    deadline: 'Deadline to designate the NPM',
    derived: 'Calculated under OPCAT arts. 17 and 28, not a recorded event',
  },
  es: {
    mapTitle: 'Mapa de América Latina según el estado del OPCAT',
    legend: 'Estado respecto del OPCAT',
    statuses: [
      'Estado parte, plazo del MNP vencido sin designación',
      'Estado parte sin MNP, plazo desconocido',
      'Estado parte sin MNP, dentro del plazo',
      'Mecanismo nacional de prevención designado',
      'Signatario, no es parte',
      'No es parte',
    ],
    designated: 'Mecanismo nacional de prevención designado',
    peru: 'Perú',
    timeline: 'Cronología',
    catParty:
      /(Ratificación de|Adhesión a|Pasa a ser parte de) la Convención contra la Tortura \(CAT\)/,
    catDate: '7 de julio de 1988',
    deadline: 'Plazo para designar el MNP',
    derived: 'Calculado según los arts. 17 y 28 del OPCAT; no es un hecho registrado',
  },
} as const;

test.describe('[PUBLIC] OPCAT map and country timeline', () => {
  for (const [locale, text] of Object.entries(TEXT)) {
    test(`the home map links Peru to its page, with a legend that lists it (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      const map = page.getByRole('group', { name: text.mapTitle });
      const peru = map.getByRole('link', { name: `${text.peru}: ${text.designated}`, exact: true });
      await expect(peru).toHaveAttribute('href', `/${locale}/countries/peru`);
      await peru.focus();
      await expect(peru).toBeFocused();

      const legend = page.getByRole('list', { name: text.legend, exact: true });
      const groups = legend.locator(':scope > li');
      await expect(groups).toHaveCount(text.statuses.length);
      for (const [index, status] of text.statuses.entries()) {
        await expect(groups.nth(index)).toContainText(status);
      }
      const designated = groups.filter({ hasText: text.designated });
      await expect(designated.getByRole('link', { name: text.peru, exact: true })).toHaveAttribute(
        'href',
        `/${locale}/countries/peru`,
      );
      await expectNoSeriousA11yViolations(page);

      await peru.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/countries/peru$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.peru);
    });

    test(`Peru's page shows a dated timeline from CAT ratification (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/countries/peru`);
      const timeline = page.locator('section[aria-labelledby="timeline"]');
      await expect(timeline.getByRole('heading', { level: 2 })).toHaveText(text.timeline);
      const entries = timeline.getByRole('listitem');
      await expect(entries.first()).toContainText(text.catParty);
      await expect(entries.first().locator('time')).toHaveText(text.catDate);
      await expect(entries.first().locator('time')).toHaveAttribute('datetime', '1988-07-07');
      // The NPM deadline is computed from the treaty, and says so.
      await expect(entries.filter({ hasText: text.deadline })).toContainText(text.derived);
      // Peru's NPM designation is known only to the year: no day or month is shown.
      await expect(entries.last().locator('time')).toHaveText('2015');
      await expectNoSeriousA11yViolations(page);
    });
  }
});
