// The data update against a real PostgreSQL seeded the way deployments were before it existed:
// the first seed (tests/support/legacy-seed) with the first data (prisma/data/previous). A database
// of its own: the seed and the update need one that holds nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ZUpdateCountrySchema } from '@/lib/validation/countries';
import { ZUpdateRecommendationSchema } from '@/lib/validation/recommendations';

import { seedDatabase as seedLegacyDatabase } from '../../../tests/support/legacy-seed/seed-database';
import { ownDatabase } from '../../../tests/support/own-database';
import type { DataUpdateResult } from './apply-data-update';
import { RECOMMENDATION_RECORDS } from './data-files';

const database = ownDatabase('data_update');
// Opened before the modules that use src/server/db are imported: that client reads DATABASE_URL
// once, on import, and would otherwise work on the shared test database.
const prisma = await database.open();
const { findContentForEdit } = await import('@/server/content/find-admin-content');
const { updateContent } = await import('@/server/content/lifecycle');
const { countryType } = await import('@/server/countries/country-type');
const { toCountryFormValues } = await import('@/server/countries/to-country-form-values');
const { createActor, formInput } = await import('../../../tests/support/backoffice-fixtures');
const { findRecommendations } = await import('@/server/recommendations/find-recommendations');
const { recommendationType } = await import('@/server/recommendations/recommendation-type');
const { toRecommendationFormValues } =
  await import('@/server/recommendations/to-recommendation-form-values');
const { applyDataUpdate } = await import('./apply-data-update');
const { buildDesiredState } = await import('./build-desired-state');
const { runDataUpdate } = await import('./run-data-update');
let first: DataUpdateResult;
let second: DataUpdateResult;
let editorId: string;
const quiet = { log: () => {} };

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

const country = (iso2: string) =>
  prisma.country.findUniqueOrThrow({
    where: { iso2 },
    include: { translations: { orderBy: { locale: 'asc' } } },
  });

const mechanism = (slug: string) =>
  prisma.mechanism.findUniqueOrThrow({
    where: { slug },
    include: { translations: { orderBy: { locale: 'asc' } }, parent: { select: { slug: true } } },
  });

/** Every row the update may touch, to compare two states of the database. */
const snapshot = async () => ({
  countries: await prisma.country.findMany({
    orderBy: { iso2: 'asc' },
    include: { translations: { orderBy: { locale: 'asc' } } },
  }),
  mechanisms: await prisma.mechanism.findMany({
    orderBy: { slug: 'asc' },
    include: { translations: { orderBy: { locale: 'asc' } } },
  }),
  sources: await prisma.source.findMany({ orderBy: { key: 'asc' } }),
  recommendations: await prisma.recommendation.findMany({
    orderBy: { slug: 'asc' },
    include: {
      translations: { orderBy: { locale: 'asc' } },
      countries: { select: { iso2: true } },
      themes: { select: { slug: true } },
    },
  }),
  citations: await prisma.factCitation.findMany({
    orderBy: { id: 'asc' },
    include: { sources: { select: { key: true }, orderBy: { key: 'asc' } } },
  }),
  proposals: await prisma.dataProposal.findMany({ orderBy: { id: 'asc' } }),
  audit: await prisma.auditLog.count(),
});

beforeAll(async () => {
  await seedLegacyDatabase(prisma, () => {});

  // An editor corrects Guatemala's CAT date by hand (to a value of their own) before the update.
  const editor = await createActor('EDITOR');
  editorId = editor.id;
  const guatemala = await country('GT');
  const form = await findContentForEdit(countryType, guatemala.id);
  const values = { ...toCountryFormValues(form!), catRatifiedOn: '1990-01-06' };
  await updateContent(countryType, {
    actor: editor,
    id: guatemala.id,
    data: ZUpdateCountrySchema.parse(formInput(values)),
  });

  first = await runDataUpdate(prisma, quiet);
}, 120_000);

afterAll(async () => {
  await database.close();
});

describe('the data update on a database seeded with the previous data', () => {
  it('applies the treaty corrections to fields nobody edited, as system changes in the audit log', async () => {
    const venezuela = await country('VE');
    expect(day(venezuela.catRatifiedOn)).toBe('1991-07-29');
    expect(day((await country('CU')).catRatifiedOn)).toBe('1995-05-17');
    expect(day((await country('DO')).catRatifiedOn)).toBe('2012-01-24');
    const colombia = await country('CO');
    expect(day(colombia.opcatRatifiedOn)).toBe('2025-11-10');
    expect(colombia.opcatBy).toBe('ACCESSION');
    expect((await country('PE')).opcatBy).toBe('ACCESSION');
    expect(day((await country('UY')).opcatSignedOn)).toBe('2004-01-12');

    const audits = await prisma.auditLog.findMany({
      where: { action: 'data.update', entityType: 'country', entityId: venezuela.id },
      orderBy: { createdAt: 'asc' },
    });
    // First the research notes' move, then the corrections.
    expect(audits).toHaveLength(2);
    const audit = audits[1]!;
    expect(audit.actorId).toBeNull();
    expect(audit.before).toMatchObject({ catRatifiedOn: '1991-06-29', catBy: null });
    expect(audit.after).toMatchObject({ catRatifiedOn: '1991-07-29', catBy: 'RATIFICATION' });
    // Each system change bumps the version, so an editor's form opened before it conflicts.
    expect(venezuela.version).toBe(3);
  });

  it("keeps the editor's value and queues the correction for review", async () => {
    const guatemala = await country('GT');
    expect(day(guatemala.catRatifiedOn)).toBe('1990-01-06');
    // Other fields of the same row are still corrected.
    expect(guatemala.catBy).toBe('ACCESSION');
    expect(day(guatemala.opcatSignedOn)).toBe('2003-09-25');

    const proposals = await prisma.dataProposal.findMany();
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      entityType: 'country',
      entityKey: 'GT',
      entityId: guatemala.id,
      field: 'catRatifiedOn',
      currentValue: '1990-01-06',
      proposedValue: '1990-01-05',
      seededValue: '1990-06-05',
      status: 'PENDING',
    });
    expect(first.proposed).toBe(1);
    // The editor's own change stays attributed to them.
    expect(
      await prisma.auditLog.count({ where: { action: 'country.update', actorId: editorId } }),
    ).toBe(1);
  });

  it('moves research notes out of public text into staff notes', async () => {
    expect(await prisma.countryTranslation.count({ where: { notes: { not: null } } })).toBe(0);
    expect(await prisma.mechanismTranslation.count({ where: { notes: { not: null } } })).toBe(0);
    const argentina = await country('AR');
    expect(argentina.staffNotes).toContain('official Spanish names were not checked');
    const sanJuan = await mechanism('argentina-san-juan');
    expect(sanJuan.staffNotes).toContain('call for NGO candidates');
  });

  it('gives local mechanisms their official names and laws, and adds the new ones', async () => {
    const mendoza = await mechanism('argentina-mendoza');
    expect(mendoza.originalLocale).toBe('es');
    const es = mendoza.translations.find((t) => t.locale === 'es');
    const en = mendoza.translations.find((t) => t.locale === 'en');
    expect(es?.name).toBe(
      'Comisión Provincial de Prevención de la Tortura y otros Tratos o Penas Crueles, Inhumanos o Degradantes',
    );
    expect(es?.legalBasis).toContain('Ley 8284');
    expect(en?.legalBasis).toBeNull();
    expect(en?.name).toBe('Provincial Commission for the Prevention of Torture and Ill-treatment');

    const buenosAires = await mechanism('argentina-buenos-aires');
    expect(buenosAires.parent?.slug).toBe('argentina-npm');
    expect(buenosAires.website).toBe('https://www.comisionporlamemoria.org');
    expect(
      await prisma.mechanism.count({ where: { level: 'LOCAL', country: { iso2: 'AR' } } }),
    ).toBe(10);
    expect(
      await prisma.mechanism.count({ where: { level: 'LOCAL', country: { iso2: 'BR' } } }),
    ).toBe(12);
    // Minas Gerais has no known name: none is made up, and APT's English rendering is dropped.
    const minas = await mechanism('brazil-minas-gerais');
    expect(minas.translations.every((t) => t.name === null)).toBe(true);
  });

  it('cites the UN Treaty Collection for treaty dates and the curated source for contacts', async () => {
    const guatemala = await country('GT');
    const cat = await prisma.factCitation.findUniqueOrThrow({
      where: {
        entityType_entityId_fact: { entityType: 'country', entityId: guatemala.id, fact: 'cat' },
      },
      include: { sources: true },
    });
    expect(cat.sources.map((s) => s.key).sort()).toEqual(['ohchr-cat-export-2024', 'untc-cat']);
    expect(day(cat.verifiedOn)).toBe('2026-02-03');
    const untc = cat.sources.find((s) => s.key === 'untc-cat');
    expect(untc?.title).toContain('Convention against Torture');
    expect(untc?.url).toBe(
      'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_en',
    );

    const peru = await mechanism('peru-npm');
    expect(peru.email).toBe('defensor@defensoria.gob.pe');
    const email = await prisma.factCitation.findUniqueOrThrow({
      where: {
        entityType_entityId_fact: { entityType: 'mechanism', entityId: peru.id, fact: 'email' },
      },
      include: { sources: true },
    });
    expect(email.sources.map((s) => s.key)).toContain('scribd-mnpt-pe-tercer-informe');
    expect(email.verifiedPrecision).toBe('MONTH');
  });

  it('gives the six seeded documents their links and dates, and adds the curated library', async () => {
    const declaration = await prisma.document.findUniqueOrThrow({
      where: { slug: 'buenos-aires-declaration-2013' },
    });
    expect(declaration).toMatchObject({ datePrecision: 'MONTH' });
    expect(day(declaration.publishedOn)).toBe('2013-08-01');
    expect(declaration.externalUrl).toContain('partnerships-torture-prevention-southern-cone');
    // Already dated by the first seed, and no copy found: unchanged.
    const communique = await prisma.document.findUniqueOrThrow({
      where: { slug: 'cndh-communique-dgddh-255-2024' },
    });
    expect(communique.externalUrl).toBeNull();
    expect(communique.version).toBe(1);
    expect(await prisma.document.count()).toBe(60);
    const law = await prisma.document.findUniqueOrThrow({
      where: { slug: 'ley-8284-comision-provincial-de-prevencion-de-la-tortura-y-otros-trato' },
      include: { mechanisms: { select: { slug: true } } },
    });
    expect(law).toMatchObject({ type: 'LAW', status: 'PUBLISHED' });
    expect(law.mechanisms).toEqual([{ slug: 'argentina-mendoza' }]);
    expect(
      await prisma.auditLog.count({
        where: { action: 'data.update', entityType: 'document', actorId: null },
      }),
    ).toBe(54 + 4);
  });

  it('adds the quoted recommendations, published where the country pages list them', async () => {
    const paraguay = RECOMMENDATION_RECORDS.filter((record) => record.country === 'PY');
    const list = await findRecommendations({ locale: 'es', query: { country: 'paraguay' } });
    expect(list.items.map((item) => `${item.symbol} ${item.paragraph}`).sort()).toEqual(
      paraguay.map((record) => `${record.symbol} ${record.paragraph}`).sort(),
    );
    // No Spanish text was quoted: the list shows the English one read, and says so.
    const first = list.items.find((item) => item.slug === paraguay[0]!.slug)!;
    expect(first).toMatchObject({ text: paraguay[0]!.text, textLocale: 'en' });
    for (const record of RECOMMENDATION_RECORDS) {
      const source = await prisma.source.findUniqueOrThrow({
        where: { key: `recommendation:${record.slug}` },
      });
      expect(source.url).toBe(record.sourceUrl);
    }
    expect(
      await prisma.auditLog.count({
        where: { action: 'data.update', entityType: 'recommendation', actorId: null },
      }),
    ).toBe(RECOMMENDATION_RECORDS.length);
  });

  it('changes nothing when it runs again', async () => {
    const before = await snapshot();
    second = await runDataUpdate(prisma, quiet);
    expect(second).toMatchObject({
      created: 0,
      updated: 0,
      fieldsWritten: 0,
      proposed: 0,
      notesMoved: 0,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the data update on a recommendation an editor changed', () => {
  it("keeps the editor's text, queues the data's correction and corrects the other fields", async () => {
    // One whose original text is the one quoted, so the editors' form (which requires the original
    // language's text) accepts it as it is.
    const record = RECOMMENDATION_RECORDS.find(
      (r) => (r.documentLanguage ?? r.textLocale) === r.textLocale,
    )!;
    const row = await prisma.recommendation.findUniqueOrThrow({ where: { slug: record.slug } });
    const editor = await createActor('EDITOR');
    const form = await findContentForEdit(recommendationType, row.id);
    const edited = `${record.text} [editor]`;
    await updateContent(recommendationType, {
      actor: editor,
      id: row.id,
      data: ZUpdateRecommendationSchema.parse(
        formInput({
          ...toRecommendationFormValues(form!),
          [`translations.${record.textLocale}.text`]: edited,
        }),
      ),
    });

    // The data now reads otherwise for the text (the editor's field) and the link (untouched).
    const corrected = `${record.text} (corrected)`;
    const url = `${record.sourceUrl}&corrected`;
    const desired = buildDesiredState().map((state) =>
      state.type === 'recommendation' && state.key === record.slug
        ? {
            ...state,
            fields: { ...state.fields, [`text.${record.textLocale}`]: corrected, sourceUrl: url },
          }
        : state,
    );
    const result = await prisma.$transaction(
      (db) => applyDataUpdate(db, { desired, legacy: [], mode: 'update' }),
      { timeout: 120_000 },
    );

    expect(result).toMatchObject({ created: 0, updated: 1, fieldsWritten: 1, proposed: 1 });
    const after = await prisma.recommendation.findUniqueOrThrow({
      where: { slug: record.slug },
      include: { translations: true },
    });
    expect(after.sourceUrl).toBe(url);
    expect(after.translations.find((t) => t.locale === record.textLocale)?.text).toBe(edited);
    const proposal = await prisma.dataProposal.findFirstOrThrow({
      where: { entityType: 'recommendation', entityKey: record.slug },
    });
    expect(proposal).toMatchObject({
      field: `text.${record.textLocale}`,
      currentValue: edited,
      proposedValue: corrected,
      seededValue: record.text,
      status: 'PENDING',
    });
  });
});
