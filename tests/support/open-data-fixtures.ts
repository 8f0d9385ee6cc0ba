// Published and draft content of every kind the open-data API serves, for a database of the test
// file's own (tests/support/own-database.ts): lists and totals then hold exactly these rows.
import type { PrismaClient } from '@/generated/prisma/client';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Published documents in the library; one more, a draft, must never appear. */
export const PUBLISHED_DOCUMENTS = 25;

export const seedOpenData = async (db: PrismaClient) => {
  const alba = await db.country.create({
    data: {
      slug: 'alba',
      iso2: '71',
      iso3: '071',
      subregion: 'SOUTH_AMERICA',
      federal: true,
      opcatStatus: 'PARTY',
      opcatBy: 'RATIFICATION',
      opcatSignedOn: day('2004-03-01'),
      opcatRatifiedOn: day('2005-06-01'),
      catStatus: 'PARTY',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'es', name: 'Alba' },
          { locale: 'pt', name: 'Alva' },
        ],
      },
    },
  });
  const boreal = await db.country.create({
    data: {
      slug: 'boreal',
      iso2: '72',
      iso3: '072',
      subregion: 'CARIBBEAN',
      federal: false,
      opcatStatus: 'NOT_PARTY',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', name: 'Boreal' }] },
    },
  });
  await db.country.create({
    data: {
      slug: 'draft-country',
      iso2: '73',
      iso3: '073',
      subregion: 'CARIBBEAN',
      federal: false,
      opcatStatus: 'PARTY',
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', name: 'Borrador' }] },
    },
  });
  await db.factCitation.create({
    data: {
      entityType: 'country',
      entityId: alba.id,
      fact: 'opcatRatified',
      verifiedOn: day('2026-01-15'),
      sources: {
        create: [
          {
            title: 'UN Treaty Collection: OPCAT',
            publisher: 'United Nations',
            url: 'https://treaties.un.org/example',
            lang: 'en',
          },
        ],
      },
    },
  });

  const npm = await db.mechanism.create({
    data: {
      slug: 'alba-npm',
      countryId: alba.id,
      level: 'NATIONAL',
      originalLocale: 'es',
      model: 'NEW_SPECIALISED_BODY',
      designatedOn: day('2007-02-01'),
      status: 'PUBLISHED',
      translations: {
        create: [{ locale: 'es', name: 'Comité Nacional de Alba', legalBasis: 'Ley 1/2006' }],
      },
    },
  });
  const draftMechanism = await db.mechanism.create({
    data: {
      slug: 'alba-draft-mechanism',
      countryId: alba.id,
      level: 'LOCAL',
      jurisdiction: 'Norte',
      originalLocale: 'es',
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', name: 'Mecanismo en borrador' }] },
    },
  });

  const theme = await db.theme.create({
    data: {
      slug: 'detention',
      translations: {
        create: [
          { locale: 'es', label: 'Detención' },
          { locale: 'en', label: 'Detention' },
        ],
      },
    },
  });

  for (let index = 1; index <= PUBLISHED_DOCUMENTS; index++) {
    const number = String(index).padStart(2, '0');
    await db.document.create({
      data: {
        slug: `report-${number}`,
        // The first one exists only in Portuguese, its original language.
        type: index % 5 === 0 ? 'LAW' : 'REPORT',
        originalLocale: index === 1 ? 'pt' : 'es',
        // Two documents share each date, so the order must break ties to stay stable.
        publishedOn: day(`20${String(10 + Math.ceil(index / 2)).padStart(2, '0')}-01-01`),
        status: 'PUBLISHED',
        translations: {
          create:
            index === 1
              ? [{ locale: 'pt', title: 'Relatório em português' }]
              : [
                  { locale: 'es', title: `Informe ${number}`, summary: 'Resumen' },
                  { locale: 'en', title: `Report ${number}` },
                ],
        },
        countries: { connect: [{ id: alba.id }] },
        mechanisms: index === 2 ? { connect: [{ id: npm.id }] } : undefined,
        themes: index <= 3 ? { connect: [{ id: theme.id }] } : undefined,
      },
    });
  }
  await db.document.create({
    data: {
      slug: 'draft-report',
      type: 'REPORT',
      originalLocale: 'es',
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', title: 'Informe en borrador' }] },
      countries: { connect: [{ id: alba.id }] },
      themes: { connect: [{ id: theme.id }] },
    },
  });

  await db.event.createMany({
    data: [
      {
        slug: 'future-forum',
        kind: 'CONFERENCE',
        originalLocale: 'es',
        startsOn: day('2099-05-01'),
        city: 'Ciudad Alba',
        countryId: alba.id,
        status: 'PUBLISHED',
      },
      {
        slug: 'past-workshop',
        kind: 'WORKSHOP',
        originalLocale: 'en',
        startsOn: day('2015-05-01'),
        online: true,
        status: 'PUBLISHED',
      },
      {
        slug: 'draft-event',
        kind: 'WORKSHOP',
        originalLocale: 'es',
        startsOn: day('2099-06-01'),
        status: 'DRAFT',
      },
    ],
  });
  for (const event of await db.event.findMany({ select: { id: true, slug: true } })) {
    await db.eventTranslation.create({
      data: { eventId: event.id, locale: 'es', title: `Evento ${event.slug}` },
    });
  }

  await db.news.create({
    data: {
      slug: 'alba-news',
      originalLocale: 'es',
      publishedOn: day('2026-03-01'),
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', title: 'Noticia de Alba', body: '**Texto**' }] },
      countries: { connect: [{ id: alba.id }] },
      themes: { connect: [{ id: theme.id }] },
    },
  });
  await seedRecommendations(db, {
    alba: alba.id,
    boreal: boreal.id,
    npm: npm.id,
    draftMechanism: draftMechanism.id,
    theme: theme.id,
  });

  await db.news.create({
    data: {
      slug: 'draft-news',
      originalLocale: 'es',
      publishedOn: day('2026-04-01'),
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', title: 'Noticia en borrador' }] },
    },
  });
};

/**
 * Generated (not real) recommendations: two published about Alba (one with a history of two
 * published follow-ups, plus a draft one and one by a draft mechanism that must never show), one
 * about Boreal, and a draft.
 */
const seedRecommendations = async (
  db: PrismaClient,
  ids: { alba: string; boreal: string; npm: string; draftMechanism: string; theme: string },
) => {
  const followUp = (
    reportedOn: string,
    implementation: 'IN_PROGRESS' | 'PARTIALLY_IMPLEMENTED' | 'IMPLEMENTED',
    status: 'PUBLISHED' | 'DRAFT',
    text: { locale: 'es' | 'en'; text: string },
    mechanismId = ids.npm,
  ) => ({
    mechanismId,
    reportedOn: day(reportedOn),
    implementation,
    originalLocale: text.locale,
    status,
    translations: { create: [text] },
  });
  await db.recommendation.create({
    data: {
      slug: 'cat-c-alb-co-1-12',
      body: 'CAT',
      symbol: 'CAT/C/ALB/CO/1',
      paragraph: '12',
      issuedOn: day('2024-05-10'),
      originalLocale: 'en',
      sourceUrl: 'https://example.org/cat-c-alb-co-1',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'en', text: 'Guarantee the independence of the national mechanism.' },
          { locale: 'es', text: 'Garantizar la independencia del mecanismo nacional.' },
        ],
      },
      countries: { connect: [{ id: ids.alba }] },
      mechanisms: { connect: [{ id: ids.npm }] },
      themes: { connect: [{ id: ids.theme }] },
      followUps: {
        create: [
          followUp('2025-01-10', 'IN_PROGRESS', 'PUBLISHED', {
            locale: 'es',
            text: 'Se presentó un proyecto de ley.',
          }),
          followUp('2025-06-01', 'PARTIALLY_IMPLEMENTED', 'PUBLISHED', {
            locale: 'en',
            text: 'The law was passed; its budget is pending.',
          }),
          followUp('2025-09-01', 'IMPLEMENTED', 'DRAFT', {
            locale: 'es',
            text: 'Seguimiento en borrador',
          }),
          followUp(
            '2025-10-01',
            'IMPLEMENTED',
            'PUBLISHED',
            { locale: 'es', text: 'Seguimiento de un mecanismo en borrador' },
            ids.draftMechanism,
          ),
        ],
      },
    },
  });
  await db.recommendation.create({
    data: {
      slug: 'a-hrc-55-1-118-5',
      body: 'UPR',
      symbol: 'A/HRC/55/1',
      paragraph: '118.5',
      issuedOn: day('2023-03-01'),
      uprCycle: 4,
      recommendingState: 'Boreal',
      position: 'SUPPORTED',
      // Only in Portuguese, its original language.
      originalLocale: 'pt',
      sourceUrl: 'https://example.org/a-hrc-55-1',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'pt', text: 'Ratificar o protocolo facultativo.' }] },
      countries: { connect: [{ id: ids.alba }] },
    },
  });
  await db.recommendation.create({
    data: {
      slug: 'iachr-bor-2024-3',
      body: 'IACHR',
      symbol: 'IACHR/BOR/2024',
      paragraph: '3',
      // The same date as the CAT one: the order breaks the tie by symbol.
      issuedOn: day('2024-05-10'),
      position: 'NOTED',
      originalLocale: 'es',
      sourceUrl: 'https://example.org/iachr-bor-2024',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', text: 'Crear un mecanismo local.' }] },
      countries: { connect: [{ id: ids.boreal }] },
    },
  });
  await db.recommendation.create({
    data: {
      slug: 'draft-recommendation',
      body: 'CAT',
      symbol: 'CAT/C/ALB/CO/2',
      paragraph: '1',
      issuedOn: day('2026-01-01'),
      originalLocale: 'es',
      sourceUrl: 'https://example.org/draft',
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', text: 'Recomendación en borrador' }] },
      countries: { connect: [{ id: ids.alba }] },
      mechanisms: { connect: [{ id: ids.npm }] },
    },
  });
};

type RouteHandler = (
  request: Request,
  context?: { params: Promise<{ slug: string }> },
) => Promise<Response>;

const ROUTE_MODULES: Record<string, () => Promise<{ GET: unknown }>> = {
  countries: () => import('@/app/api/v1/countries/route'),
  'countries/[slug]': () => import('@/app/api/v1/countries/[slug]/route'),
  mechanisms: () => import('@/app/api/v1/mechanisms/route'),
  'mechanisms/[slug]': () => import('@/app/api/v1/mechanisms/[slug]/route'),
  documents: () => import('@/app/api/v1/documents/route'),
  'documents/[slug]': () => import('@/app/api/v1/documents/[slug]/route'),
  events: () => import('@/app/api/v1/events/route'),
  'events/[slug]': () => import('@/app/api/v1/events/[slug]/route'),
  news: () => import('@/app/api/v1/news/route'),
  'news/[slug]': () => import('@/app/api/v1/news/[slug]/route'),
  recommendations: () => import('@/app/api/v1/recommendations/route'),
  'recommendations/[slug]': () => import('@/app/api/v1/recommendations/[slug]/route'),
  themes: () => import('@/app/api/v1/themes/route'),
  'themes/[slug]': () => import('@/app/api/v1/themes/[slug]/route'),
};

/**
 * The API's GET handlers by route (`documents`, `documents/[slug]`), imported once the test's own
 * database is open (src/server/db reads DATABASE_URL on import).
 */
export const loadOpenDataRoutes = async () => {
  const entries = await Promise.all(
    Object.entries(ROUTE_MODULES).map(async ([route, load]) => [
      route,
      (await load()).GET as RouteHandler,
    ]),
  );
  return Object.fromEntries(entries) as Record<string, RouteHandler>;
};

/** Calls the route of an API path as Next.js would, e.g. `/api/v1/documents/report-02?lang=en`. */
export const callOpenData = (
  routes: Record<string, RouteHandler>,
  path: string,
  headers: Record<string, string> = {},
) => {
  const url = new URL(path, 'http://localhost');
  const [, , , collection, slug] = url.pathname.split('/');
  const handler = routes[slug ? `${collection}/[slug]` : collection!]!;
  return handler(
    new Request(url, { headers }),
    slug ? { params: Promise.resolve({ slug }) } : undefined,
  );
};
