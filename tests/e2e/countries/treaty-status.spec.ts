import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { queryDb } from '../fixtures/backoffice';
import {
  createTreatyCase,
  recordRealTreatyFacts,
  removeTreatyCases,
  type TreatyCase,
} from '../fixtures/treaty-cases';

// What a visitor reads, per language (messages TreatyStatus and Deadlines).
const TEXT = {
  en: {
    partyAcceded: 'Party (acceded)',
    partyRatified: 'Party (ratified)',
    party: 'Party',
    signatory: 'Signatory, not a party',
    notParty: 'Not a party',
    statusUnknown: 'Status unknown',
    dateUnknown: 'Date unknown',
    deadlineUnknownBadge: 'Deadline unknown',
    colombiaDue: 'Due by December 10, 2026',
    deadlinePassed: 'Deadline passed',
    colombiaAccession: 'November 10, 2025',
    cubaCat: 'May 17, 1995',
    lateCat: 'January 5, 1990',
    lateDesignation: 'Designated in 2019, 9 years after the deadline',
    lateDeadline: 'January 11, 2010',
    lateInForce: 'January 11, 2009',
    ratifiedOpcat: 'Ratified OPCAT',
    deadlineLabel: 'Deadline to designate the NPM',
    unknownCount: (n: number) =>
      n === 1
        ? '1 state party without a mechanism whose deadline is unknown'
        : `${n} states parties without a mechanism whose deadline is unknown`,
    noneKnownOverdue: 'No state is known to be past its deadline without a mechanism',
    overdueCount: (n: number) => (n === 1 ? '1 state past its deadline' : `${n} states past`),
  },
  es: {
    partyAcceded: 'Estado parte (adhesión)',
    partyRatified: 'Estado parte (ratificación)',
    party: 'Estado parte',
    signatory: 'Signatario, no es parte',
    notParty: 'No es parte',
    statusUnknown: 'Situación desconocida',
    dateUnknown: 'Fecha desconocida',
    deadlineUnknownBadge: 'Plazo desconocido',
    colombiaDue: 'Vence el 10 de diciembre de 2026',
    deadlinePassed: 'Plazo vencido',
    colombiaAccession: '10 de noviembre de 2025',
    cubaCat: '17 de mayo de 1995',
    lateCat: '5 de enero de 1990',
    lateDesignation: 'Designado en 2019, 9 años después del plazo',
    lateDeadline: '11 de enero de 2010',
    lateInForce: '11 de enero de 2009',
    ratifiedOpcat: 'Ratificación del OPCAT',
    deadlineLabel: 'Plazo para designar el MNP',
    unknownCount: (n: number) =>
      n === 1
        ? '1 Estado parte sin mecanismo cuyo plazo es desconocido'
        : `${n} Estados partes sin mecanismo cuyo plazo es desconocido`,
    noneKnownOverdue: 'No se sabe de ningún Estado con el plazo vencido sin mecanismo',
    overdueCount: (n: number) =>
      n === 1 ? '1 Estado con el plazo vencido' : `${n} Estados con el plazo vencido`,
  },
} as const;

// Colombia may designate up to and including 10 Dec 2026 (OPCAT arts. 17 and 28).
const colombiaOverdue = () => Date.now() >= Date.UTC(2026, 11, 11);

let unknown: TreatyCase;
let late: TreatyCase;
let signatory: TreatyCase;
let postponed: TreatyCase;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await recordRealTreatyFacts();
  unknown = await createTreatyCase(
    { es: 'sin fecha', pt: 'sem data', en: 'undated' },
    { opcatStatus: 'PARTY' },
  );
  late = await createTreatyCase(
    { es: 'tardío', pt: 'atrasado', en: 'late' },
    {
      catRatifiedOn: '1990-01-05',
      catBy: 'ACCESSION',
      opcatStatus: 'PARTY',
      opcatSignedOn: '2005-06-06',
      opcatRatifiedOn: '2008-12-12',
      opcatBy: 'RATIFICATION',
      npmYear: 2019,
    },
  );
  signatory = await createTreatyCase(
    { es: 'signatario', pt: 'signatário', en: 'signatory' },
    { catStatus: 'SIGNATORY', opcatStatus: 'NOT_PARTY' },
  );
  postponed = await createTreatyCase(
    { es: 'con aplazamiento', pt: 'com adiamento', en: 'postponed' },
    {
      opcatStatus: 'PARTY',
      opcatRatifiedOn: '2010-07-20',
      opcatBy: 'RATIFICATION',
      npmPostponedTo: '2014-08-19',
      npmYear: 2013,
    },
  );
});

test.afterAll(async () => {
  await removeTreatyCases([unknown, late, signatory, postponed].filter(Boolean));
});

/** The CAT, OPCAT and NPM cells of a country's row in the countries table. */
const cells = (page: Page, name: string) => {
  const row = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
  const td = row.locator('td');
  return { cat: td.nth(0), opcat: td.nth(1), npm: td.nth(2) };
};

for (const [locale, text] of Object.entries(TEXT)) {
  test(`the countries table words every standing distinctly (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/countries`);
    const lang = locale as keyof TreatyCase['names'];

    const colombia = cells(page, 'Colombia');
    await expect(colombia.opcat).toHaveText(`${text.partyAcceded}${text.colombiaAccession}`);
    await expect(colombia.npm).toContainText(
      colombiaOverdue() ? text.deadlinePassed : text.colombiaDue,
    );

    const cuba = cells(page, 'Cuba');
    await expect(cuba.cat).toHaveText(`${text.partyRatified}${text.cubaCat}`);
    await expect(cuba.opcat).toHaveText(text.notParty);

    // A party whose date is not recorded is a party with an unknown date, never "not a party".
    const undated = cells(page, unknown.names[lang]);
    await expect(undated.cat).toHaveText(text.statusUnknown);
    await expect(undated.opcat).toHaveText(`${text.party}${text.dateUnknown}`);
    await expect(undated.npm).toContainText(text.deadlineUnknownBadge);

    const lateRow = cells(page, late.names[lang]);
    await expect(lateRow.cat).toHaveText(`${text.partyAcceded}${text.lateCat}`);
    await expect(lateRow.opcat).toHaveText(new RegExp(`^${escape(text.partyRatified)}`));
    await expect(lateRow.npm).toContainText(text.lateDesignation);

    const signatoryRow = cells(page, signatory.names[lang]);
    await expect(signatoryRow.cat).toHaveText(text.signatory);
    await expect(signatoryRow.opcat).toHaveText(text.notParty);

    await expectNoSeriousA11yViolations(page);
  });

  test(`a country page tells how late its NPM was designated (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/countries/${late.slug}`);
    const facts = page.locator('section[aria-labelledby="treaty-status"]');
    await expect(facts).toContainText(text.partyAcceded);
    await expect(facts).toContainText(text.partyRatified);
    await expect(facts).toContainText(text.lateInForce);
    const deadline = facts.locator('dl > div').filter({ hasText: text.deadlineLabel });
    await expect(deadline.locator('time').first()).toHaveText(text.lateDeadline);
    await expect(deadline.locator('time').first()).toHaveAttribute('datetime', '2010-01-11');
    await expect(deadline).toContainText(text.lateDesignation);

    const timeline = page.locator('section[aria-labelledby="timeline"]').getByRole('listitem');
    await expect(timeline.filter({ hasText: text.ratifiedOpcat })).toContainText('2008');
    const designation = timeline.last();
    await expect(designation.locator('time')).toHaveText('2019');
    await expect(designation).toContainText(text.lateDesignation);
    await expectNoSeriousA11yViolations(page);
  });

  test(`the home page counts States whose deadline is unknown (${locale})`, async ({ page }) => {
    const [row] = await queryDb<{ count: string }>(
      `SELECT count(*) FROM "Country" c
       WHERE c.status = 'PUBLISHED' AND c."opcatStatus" = 'PARTY'
         AND c."opcatRatifiedOn" IS NULL AND c."npmPostponedTo" IS NULL
         AND NOT EXISTS (SELECT 1 FROM "Mechanism" m WHERE m."countryId" = c.id
                         AND m.level = 'NATIONAL' AND m.status = 'PUBLISHED')`,
    );
    const unknownCount = Number(row!.count);
    expect(unknownCount).toBeGreaterThanOrEqual(1);

    await page.goto(`/${locale}`);
    const glance = page.locator('section[aria-labelledby="at-a-glance"]');
    await expect(glance).toContainText(text.unknownCount(unknownCount));

    const deadlines = page.locator('section[aria-labelledby="npm-deadlines"]');
    const unknownGroup = deadlines.locator('li[data-group="unknown"]');
    await expect(unknownGroup).toContainText(text.unknownCount(unknownCount));
    await expect(
      unknownGroup.getByRole('link', { name: unknown.names[locale as 'es' | 'en'] }),
    ).toHaveAttribute('href', `/${locale}/countries/${unknown.slug}`);

    // With a deadline unknown, "none overdue" is only ever "none known to be overdue".
    const overdueGroup = deadlines.locator('li[data-group="overdue"]');
    const overdue = await overdueGroup.getByRole('link').count();
    const overdueText = overdue === 0 ? text.noneKnownOverdue : text.overdueCount(overdue);
    await expect(overdueGroup).toContainText(overdueText);
    await expect(glance).toContainText(overdueText);

    const colombiaGroup = colombiaOverdue()
      ? overdueGroup
      : deadlines.locator('[data-group="pending"]');
    await expect(colombiaGroup.getByRole('link', { name: 'Colombia' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('a party without a recorded date keeps its milestones as "date unknown" (en)', async ({
  page,
}) => {
  await page.goto(`/en/countries/${unknown.slug}`);
  const facts = page.locator('section[aria-labelledby="treaty-status"]');
  await expect(facts).toContainText(
    'Unknown: the date of ratification or accession is not on record',
  );
  await expect(facts).not.toContainText('Not a party');
  const undated = page.locator('section[aria-labelledby="timeline"]').locator('ul');
  await expect(undated.getByRole('listitem')).toHaveText([
    'Became a party to OPCAT: date unknown',
    'Deadline to designate the NPM: date unknown',
  ]);
  await expectNoSeriousA11yViolations(page);
});

test('an art. 24 postponement is explained where it applies (pt)', async ({ page }) => {
  await page.goto(`/pt/countries/${postponed.slug}`);
  const deadline = page
    .locator('section[aria-labelledby="treaty-status"] dl > div')
    .filter({ hasText: 'Prazo para designar o MNP' });
  await expect(deadline.locator('time').first()).toHaveAttribute('datetime', '2014-08-19');
  await expect(deadline).toContainText('Adiado por uma declaração nos termos do art. 24 do OPCAT');
  await expect(deadline).toContainText('por no máximo três anos');
  await expect(deadline).toContainText(
    'Sem a declaração, o prazo teria vencido em 19 de agosto de 2011.',
  );
  await expect(deadline).toContainText('Mecanismo designado dentro do prazo');
  await expectNoSeriousA11yViolations(page);
});

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
