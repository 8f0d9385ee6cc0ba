import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ZSearchPageQuerySchema } from '@/lib/validation/search';
import { prisma } from '@/server/db';

import { createTestCountry } from '../../../tests/support/backoffice-fixtures';
import { createTestFileRecord, uniqueTag } from '../../../tests/support/library-fixtures';
import { searchContent } from './search-content';

// Every row carries the tag as a word, so queries that include it only see this file's rows
// even though other test files share the database.
const tag = uniqueTag();
const ids = { country: '', theme: '', mechanism: '' };

const search = (locale: 'es' | 'pt' | 'en', params: Record<string, string>) =>
  searchContent({ locale, query: ZSearchPageQuerySchema.parse(params) });
const slugs = (result: Awaited<ReturnType<typeof search>>) =>
  result.items.map((item) => item.href.split('/').pop()!.replace(`${tag}-`, ''));
const plain = (marked: string) => marked.replaceAll('\u0001', '').replaceAll('\u0002', '');

beforeAll(async () => {
  const country = await createTestCountry(`${tag}-land`, 'Tierralejana');
  ids.country = country.id;
  ids.theme = (
    await prisma.theme.create({
      data: {
        slug: `${tag}-theme`,
        translations: { create: [{ locale: 'es', label: 'Cárceles' }] },
      },
    })
  ).id;
  ids.mechanism = (
    await prisma.mechanism.create({
      data: {
        slug: `${tag}-npm`,
        countryId: ids.country,
        level: 'NATIONAL',
        originalLocale: 'es',
        status: 'PUBLISHED',
        translations: {
          create: [
            { locale: 'es', name: `Defensoría del Pueblo de Tierralejana ${tag}` },
            { locale: 'en', name: `Ombudsperson's Office of Tierralejana ${tag}` },
          ],
        },
      },
    })
  ).id;
  const document = (
    slug: string,
    originalLocale: 'es' | 'pt' | 'en',
    texts: Partial<Record<'es' | 'pt' | 'en', [string, string]>>,
    extra: { publishedOn?: string; status?: 'DRAFT' | 'PUBLISHED'; themed?: boolean } = {},
  ) =>
    prisma.document.create({
      data: {
        slug: `${tag}-${slug}`,
        type: 'REPORT',
        originalLocale,
        status: extra.status ?? 'PUBLISHED',
        publishedOn: new Date(extra.publishedOn ?? '2024-05-01'),
        translations: {
          create: Object.entries(texts).map(([locale, [title, summary]]) => ({
            locale: locale as 'es' | 'pt' | 'en',
            title: `${title} ${tag}`,
            summary,
          })),
        },
        countries: { connect: [{ id: ids.country }] },
        themes: { connect: extra.themed ? [{ id: ids.theme }] : [] },
      },
    });
  await document(
    'women',
    'es',
    {
      es: [
        'Mujeres privadas de libertad en cárceles',
        'Informe sobre la situación de las mujeres privadas de libertad y la prevención de la tortura.',
      ],
      pt: [
        'Mulheres privadas de liberdade nas prisões',
        'Relatório sobre a situação das mulheres privadas de liberdade.',
      ],
    },
    { themed: true },
  );
  await document('police', 'es', {
    es: [
      'Comisarías y custodia policial',
      'Las mujeres y los hombres detenidos en comisarías; la libertad condicional no está privada de controles.',
    ],
  });
  await document(
    'english',
    'en',
    {
      en: [
        'Torture prevention in <b>police</b> custody',
        'Safeguards in the first hours of police custody.',
      ],
    },
    { publishedOn: '2019-03-01' },
  );
  await document(
    'draft',
    'es',
    { es: ['Borrador sobre cárceles', 'No publicado.'] },
    { status: 'DRAFT' },
  );
  await prisma.event.create({
    data: {
      slug: `${tag}-workshop`,
      kind: 'WORKSHOP',
      originalLocale: 'pt',
      startsOn: new Date('2025-06-01'),
      datePrecision: 'MONTH',
      status: 'PUBLISHED',
      countryId: ids.country,
      translations: {
        create: [
          {
            locale: 'pt',
            title: `Oficina sobre prevenção da tortura ${tag}`,
            summary: 'Oficina em Tierralejana.',
          },
        ],
      },
    },
  });
});

afterAll(async () => {
  await prisma.document.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.event.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.mechanism.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.theme.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.country.deleteMany({ where: { slug: { startsWith: tag } } });
});

describe('searchContent', () => {
  it('matches stems without accents and highlights the original words', async () => {
    const result = await search('es', { q: `${tag} carcel` });
    expect(slugs(result)).toContain('women');
    const women = result.items.find((item) => item.href.endsWith('-women'))!;
    expect(women.title).toContain('\u0001cárceles\u0002');
    expect(women.locale).toBe('es');
  });

  it('finds a document by its Portuguese translation and shows that translation', async () => {
    const result = await search('pt', { q: `${tag} mulheres prisões` });
    expect(slugs(result)).toEqual(['women']);
    expect(result.items[0]!.locale).toBe('pt');
    expect(plain(result.items[0]!.title)).toBe(`Mulheres privadas de liberdade nas prisões ${tag}`);
  });

  it('finds a Spanish-only document from /en with Spanish words, shown in Spanish', async () => {
    const result = await search('en', { q: `${tag} comisarías` });
    expect(slugs(result)).toEqual(['police']);
    expect(result.items[0]!.locale).toBe('es');
  });

  it("takes the snippet from the summary when it matches, else from the file's text", async () => {
    const file = await createTestFileRecord(
      tag,
      'Capítulo uno. El hacinamiento en los pabellones agrava los malos tratos.',
    );
    // Both documents have the file: the summary decides which text the snippet comes from.
    const document = (slug: string, summary: string) =>
      prisma.document.create({
        data: {
          slug: `${tag}-${slug}`,
          type: 'REPORT',
          originalLocale: 'es',
          status: 'PUBLISHED',
          publishedOn: new Date('2024-05-01'),
          fileId: file.id,
          translations: { create: [{ locale: 'es', title: `Informe anual ${tag}`, summary }] },
        },
      });
    try {
      await document('in-file', 'Resumen de las visitas del año.');
      // The summary matches when it holds every word of the query, the tag included.
      await document('in-summary', `El hacinamiento carcelario en cifras (${tag}).`);
      const result = await search('es', { q: `${tag} hacinamiento` });
      const snippet = (slug: string) =>
        result.items.find((item) => item.href.endsWith(`-${slug}`))!.snippet;
      expect(snippet('in-summary')).toContain('\u0001hacinamiento\u0002 carcelario en cifras');
      expect(snippet('in-summary')).not.toMatch(/Capítulo|pabellones/);
      expect(snippet('in-file')).toContain('Resumen de las visitas del año.');
      expect(snippet('in-file')).toContain('El \u0001hacinamiento\u0002 en los');
    } finally {
      // Gone before the next test: the others count this file's documents.
      await prisma.document.deleteMany({
        where: { slug: { in: [`${tag}-in-file`, `${tag}-in-summary`] } },
      });
      await prisma.storedFile.delete({ where: { id: file.id } });
    }
  });

  it('matches a quoted phrase only where its words are adjacent', async () => {
    const result = await search('es', { q: `${tag} "privadas de libertad"` });
    expect(slugs(result)).toEqual(['women']);
  });

  it('matches the last word as a prefix', async () => {
    const result = await search('es', { q: `${tag} comisar` });
    expect(slugs(result)).toContain('police');
  });

  it('leaves out words after a minus sign', async () => {
    const result = await search('es', { q: `${tag} mujeres -comisarías` });
    expect(slugs(result)).toEqual(['women']);
  });

  it('never returns unpublished content', async () => {
    const result = await search('es', { q: `${tag} borrador` });
    expect(slugs(result)).not.toContain('draft');
    expect((await search('es', { q: `${tag} "borrador sobre cárceles"` })).total).toBe(0);
  });

  it('counts facets and filters by them', async () => {
    const all = await search('es', { q: tag });
    expect(all.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'document', count: 3 },
        { value: 'mechanism', count: 1 },
        { value: 'event', count: 1 },
      ]),
    );
    expect(all.facets.theme).toEqual([
      { value: `${tag}-theme`, label: 'Cárceles', labelLocale: 'es', count: 1 },
    ]);
    expect(all.facets.country.find((f) => f.value === `${tag}-land`)?.count).toBe(5);
    const events = await search('es', { q: tag, type: 'event' });
    expect(slugs(events)).toEqual(['workshop']);
    expect(events.items[0]!.datePrecision).toBe('MONTH');
    const themed = await search('es', { q: tag, theme: `${tag}-theme` });
    expect(slugs(themed)).toEqual(['women']);
    // Every language version is searched: the mechanism's English translation matches too.
    const english = await search('es', { q: tag, language: 'en' });
    expect(slugs(english).sort()).toEqual(['english', 'npm']);
  });

  it("labels facets in the visitor's language, else in Spanish, else with the slug", async () => {
    const english = await search('en', { q: tag });
    expect(english.facets.theme).toEqual([
      { value: `${tag}-theme`, label: 'Cárceles', labelLocale: 'es', count: 1 },
    ]);
    // A published country with no name yet: listed under its slug, never named by a query.
    const word = uniqueTag();
    const nameless = await createTestCountry(`${tag}-nameless`);
    await prisma.countryTranslation.deleteMany({ where: { countryId: nameless.id } });
    await prisma.document.create({
      data: {
        slug: `${tag}-nameless-report`,
        type: 'REPORT',
        originalLocale: 'es',
        status: 'PUBLISHED',
        publishedOn: new Date('2024-05-01'),
        translations: { create: [{ locale: 'es', title: `Informe ${word}`, summary: 'Informe.' }] },
        countries: { connect: [{ id: nameless.id }] },
      },
    });
    const found = await search('en', { q: word });
    expect(found.facets.country).toEqual([
      { value: `${tag}-nameless`, label: `${tag}-nameless`, labelLocale: 'en', count: 1 },
    ]);
    const byCode = await search('en', { q: nameless.iso3 });
    expect(byCode.countries.map((country) => country.href)).not.toContain(
      `/countries/${tag}-nameless`,
    );
  });

  it('keeps markup in titles as text (the page escapes it)', async () => {
    const result = await search('en', { q: `${tag} safeguards` });
    expect(plain(result.items[0]!.title)).toBe(
      `Torture prevention in <b>police</b> custody ${tag}`,
    );
  });

  it('drops filters that name nothing', async () => {
    const result = await search('es', { q: tag, theme: 'no-such-theme' });
    expect(result.query.theme).toBeUndefined();
    expect(result.total).toBe(5);
  });

  it('suggests the right spelling of a misspelt mechanism name and still finds it', async () => {
    const result = await search('en', { q: 'Defensoira del Puebol de Tierralejana' });
    expect(result.suggestion).toBe('Defensoría del Pueblo de Tierralejana');
    // Nothing matched as typed: the results are the corrected query's.
    expect(result.resultsFor).toBe('Defensoría del Pueblo de Tierralejana');
    expect(slugs(result)).toContain('npm');
    expect(result.query.q).toBe('Defensoira del Puebol de Tierralejana');
  });

  it('names a mechanism found in English by its official Spanish name, the English one second', async () => {
    const result = await search('en', { q: `Ombudsperson Tierralejana ${tag}` });
    const found = result.items.find((item) => item.type === 'mechanism')!;
    expect(plain(found.title)).toBe(`Defensoría del Pueblo de Tierralejana ${tag}`);
    expect(found.titleLocale).toBe('es');
    expect(plain(found.translatedTitle!)).toBe(`Ombudsperson's Office of Tierralejana ${tag}`);
    expect(found.locale).toBe('en');
    // Shown in its own language, it has no second name.
    const inSpanish = await search('es', { q: `Defensoría Tierralejana ${tag}` });
    const own = inSpanish.items.find((item) => item.type === 'mechanism')!;
    expect(own).toMatchObject({ titleLocale: 'es', translatedTitle: null });
  });

  it('suggests the accented spelling of a name word, whichever spelling was saved first', async () => {
    // A word of letters only, unique to this run: Portuguese "Ouvidoria…", Spanish "Ouvidória…".
    const letters = tag.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);
    const mechanism = await prisma.mechanism.create({
      data: {
        slug: `${tag}-ouvidoria`,
        countryId: ids.country,
        level: 'LOCAL',
        originalLocale: 'pt',
        status: 'PUBLISHED',
        // The Portuguese spelling is saved first.
        translations: { create: [{ locale: 'pt', name: `Ouvidoria${letters} Regional` }] },
      },
    });
    await prisma.mechanismTranslation.create({
      data: { mechanismId: mechanism.id, locale: 'es', name: `Ouvidória${letters} Regional` },
    });
    const result = await search('pt', { q: `Ouvidoira${letters}` });
    expect(result.suggestion).toBe(`Ouvidória${letters}`);
    expect(slugs(result)).toContain('ouvidoria');
  });

  it('keeps the index in step with edits and deletions (triggers)', async () => {
    const doc = await prisma.document.findUniqueOrThrow({ where: { slug: `${tag}-police` } });
    await prisma.documentTranslation.update({
      where: { documentId_locale: { documentId: doc.id, locale: 'es' } },
      data: { title: `Calabozos ${tag}` },
    });
    expect(slugs(await search('es', { q: `${tag} calabozos` }))).toEqual(['police']);
    await prisma.document.update({ where: { id: doc.id }, data: { status: 'DRAFT' } });
    expect(slugs(await search('es', { q: `${tag} calabozos` }))).not.toContain('police');
    await prisma.document.update({ where: { id: doc.id }, data: { status: 'PUBLISHED' } });
    expect(slugs(await search('es', { q: `${tag} calabozos` }))).toEqual(['police']);
    await prisma.document.delete({ where: { id: doc.id } });
    expect(slugs(await search('es', { q: `${tag} calabozos` }))).not.toContain('police');
  });
});

// Whatever a visitor types, the search answers: results or an empty list, never an error.
const BAD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['blanks', ' \t\n  '],
  ['very long', 'tortura '.repeat(2000)],
  ['one very long word', 'a'.repeat(5000)],
  ['only punctuation', '!!!???...,,,;;;'],
  ['tsquery operators', '&|!():*<-> & | ! <2> :*A'],
  ['SQL injection', `'; DROP TABLE "SearchEntry"; --`],
  ['SQL comment and union', `tortura' UNION SELECT * FROM "User" --`],
  ['unbalanced double quote', '"mujeres privadas'],
  ['only quotes', '""""""'],
  ['unbalanced parentheses', '((( tortura'],
  ['dangling operators', 'tortura or'],
  ['leading minus only', '- - -'],
  ['or alone', 'OR'],
  ['emoji', '🔥💧🏳️‍🌈'],
  ['emoji and words', '😀 tortura 👮'],
  ['Cyrillic', 'пытки профилактика'],
  ['Chinese', '酷刑 预防'],
  ['Arabic, right to left', 'منع التعذيب'],
  ['mixed scripts in one word', 'torturaпытки酷刑'],
  ['combining accents', 'prevencio\u0301n'],
  ['NUL and control characters', 'tor\u0000tura\u0007\u001b[31m'],
  ['lone surrogate', 'tortura \ud800 prevención'],
  ['bidi override', '\u202etortura'],
  ['backslashes', '\\\\ \\" \\\''],
  ['HTML', '<script>alert(1)</script>'],
  ['LIKE wildcards', '%_% tortu%'],
  ['prefix syntax typed by hand', 'tortu:* & prev:*'],
  ['numbers only', '2024 12 31'],
  ['a stop word', 'de'],
];

describe('searchContent with bad input', () => {
  it.each(BAD_INPUTS)('answers %s without an error', async (_name, q) => {
    for (const locale of ['es', 'en'] as const) {
      const result = await search(locale, { q });
      expect(Array.isArray(result.items)).toBe(true);
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.items.length).toBeLessThanOrEqual(result.perPage);
    }
  });

  it('never fails on any string (property-based)', { timeout: 180_000 }, async () => {
    const pieces = fc.constantFrom(
      '"',
      "'",
      '-',
      ' or ',
      ' OR ',
      '&',
      '|',
      '!',
      '(',
      ')',
      ':',
      '*',
      ':*',
      '<->',
      '<1>',
      '\\',
      ';',
      '--',
      '%',
      '\u0000',
      '\u0301',
      '🔥',
      'tortura',
      'prevención',
      'mulheres',
      'police',
      'Defensoría',
      ' ',
      '\n',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('es', 'pt', 'en'), async (q, locale) => {
        const result = await searchContent({
          locale,
          query: ZSearchPageQuerySchema.parse({ q }),
        });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});
