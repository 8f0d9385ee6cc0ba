import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  uniqueTag,
} from '../../../../tests/support/backoffice-fixtures';
import { CSV_HEADER, csvFile, csvRow, opener } from '../../../../tests/support/recommendation-csv';
import { importRecommendations } from './import-recommendations';

const setup = async () => ({
  editor: await createActor('EDITOR'),
  country: await createTestCountry(),
  symbol: `CAT/C/${uniqueTag()}/CO/1`,
});

describe('importing recommendations from CSV', () => {
  it('checks without writing, then imports, and the same file again changes nothing', async () => {
    const { editor, country, symbol } = await setup();
    const bytes = csvFile([
      CSV_HEADER,
      csvRow({ symbol, paragraph: 1, country: country.iso3 }),
      csvRow({ symbol, paragraph: 2, country: country.iso3 }),
    ]);
    const dryRun = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: false,
    });
    expect(dryRun).toMatchObject({ rows: 2, errors: [], committed: false, created: 0 });
    expect(await prisma.recommendation.count({ where: { symbol } })).toBe(0);

    const first = await importRecommendations({ actor: editor, open: opener(bytes), commit: true });
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, committed: true });
    const stored = await prisma.recommendation.findFirst({
      where: { symbol, paragraph: '1' },
      include: { countries: true, translations: true },
    });
    expect(stored).toMatchObject({ body: 'CAT', position: 'SUPPORTED', status: 'DRAFT' });
    expect(stored?.countries.map((c) => c.id)).toEqual([country.id]);
    expect(stored?.translations).toHaveLength(2);

    const audits = await prisma.auditLog.count({ where: { entityId: stored?.id } });
    const again = await importRecommendations({ actor: editor, open: opener(bytes), commit: true });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await prisma.auditLog.count({ where: { entityId: stored?.id } })).toBe(audits);

    const edited = csvFile([
      CSV_HEADER,
      csvRow({ symbol, paragraph: 1, country: country.iso3, text: 'A corrected text.' }),
      csvRow({ symbol, paragraph: 2, country: country.iso3 }),
    ]);
    const update = await importRecommendations({
      actor: editor,
      open: opener(edited),
      commit: true,
    });
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const text = await prisma.recommendationTranslation.findFirst({
      where: { recommendationId: stored?.id, locale: 'en' },
    });
    expect(text?.text).toBe('A corrected text.');
  });

  it('reports every invalid row with its line and reason, and then writes nothing', async () => {
    const { editor, country, symbol } = await setup();
    const bytes = csvFile([
      CSV_HEADER,
      csvRow({ symbol, paragraph: 1, country: country.iso3 }),
      csvRow({ symbol, paragraph: 2, date: '2024-02-30' }),
      csvRow({ symbol, paragraph: 3, country: 'ZZZ9' }),
      csvRow({ symbol, paragraph: 1 }),
      csvRow({ symbol, paragraph: 4, text: '' }).replace('"Texto de prueba 4"', '""'),
    ]);
    const report = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: true,
    });
    expect(report.errors).toEqual([
      { line: 3, reason: 'invalid', detail: 'date' },
      { line: 4, reason: 'unknownCountry', detail: 'ZZZ9' },
      { line: 5, reason: 'duplicate', detail: '2' },
      { line: 6, reason: 'invalid', detail: 'text_en' },
    ]);
    expect(report.committed).toBe(false);
    expect(await prisma.recommendation.count({ where: { symbol } })).toBe(0);
  });

  it('refuses a file that is not UTF-8, lacks columns or has a broken quote', async () => {
    const { editor, symbol } = await setup();
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(
        `${CSV_HEADER}\r\nCAT,${symbol},1,2024-05-10,https://e.org,es,"Acci`,
      ),
      0xf3, // "ó" in Latin-1: not a valid UTF-8 byte sequence here
      ...new TextEncoder().encode('n",,,\r\n'),
    ]);
    const encoding = await importRecommendations({
      actor: editor,
      open: opener(latin1),
      commit: false,
    });
    expect(encoding.errors).toEqual([{ line: 0, reason: 'encoding', detail: '' }]);

    const noColumns = await importRecommendations({
      actor: editor,
      open: opener(csvFile(['symbol,paragraph,text_en', `${symbol},1,Text`])),
      commit: false,
    });
    expect(noColumns.errors).toEqual([
      { line: 1, reason: 'missingColumns', detail: 'body, date, source_url' },
    ]);

    const quotes = await importRecommendations({
      actor: editor,
      open: opener(
        csvFile([CSV_HEADER, csvRow({ symbol, paragraph: 1 }), `CAT,${symbol},2,"bad"quote,x`]),
      ),
      commit: false,
    });
    expect(quotes.errors).toEqual([{ line: 3, reason: 'quotes', detail: '' }]);
  });

  it('reads the headings of index exports (Recommendation, Document symbol, Response)', async () => {
    const { editor, symbol } = await setup();
    const bytes = csvFile([
      'Body,Document symbol,Paragraph,Date,Source,Recommendation,Response,Cycle',
      `Universal Periodic Review,${symbol},118.5,2023-01-27,https://example.org/upr,Ratify OPCAT,Noted,4th`,
    ]);
    const report = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: true,
    });
    expect(report).toMatchObject({ errors: [], created: 1 });
    const stored = await prisma.recommendation.findFirst({ where: { symbol } });
    expect(stored).toMatchObject({
      body: 'UPR',
      paragraph: '118.5',
      position: 'NOTED',
      uprCycle: 4,
      originalLocale: 'en',
    });
  });

  it("reads a Universal Human Rights Index sheet: its headings, '- ' list cells, English names", async () => {
    const { editor, country, symbol } = await setup();
    const countryName = (
      await prisma.countryTranslation.findFirstOrThrow({
        where: { countryId: country.id },
      })
    ).name;
    const bytes = csvFile([
      'Text,Countries Concerned,Reccomending Body,Document Symbol,Paragraph,Document Publication Date,UPR Position,Source URL',
      `Ratify OPCAT,"- ${countryName}",- UPR,${symbol},118.5,2023-01-27,- Supported,https://example.org/upr`,
    ]);
    const report = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: true,
    });
    expect(report).toMatchObject({ errors: [], created: 1 });
    const stored = await prisma.recommendation.findFirst({
      where: { symbol },
      include: { countries: true },
    });
    expect(stored).toMatchObject({ body: 'UPR', position: 'SUPPORTED', originalLocale: 'en' });
    expect(stored?.countries.map((c) => c.id)).toEqual([country.id]);
  });

  it('checks a 10 MB file of 10,000 rows, streamed, and refuses one over the size limit', async () => {
    const { editor, symbol } = await setup();
    const lines = [CSV_HEADER];
    for (let n = 1; n <= 10_000; n += 1) lines.push(csvRow({ symbol, paragraph: n, filler: 450 }));
    const bytes = csvFile(lines);
    expect(bytes.byteLength).toBeGreaterThan(10 * 1024 * 1024);
    const report = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: false,
    });
    expect(report).toMatchObject({ rows: 10_000, errors: [] });

    const tooLarge = await importRecommendations({
      actor: editor,
      open: opener(bytes),
      commit: false,
      maxBytes: 1024 * 1024,
    });
    expect(tooLarge.errors).toEqual([{ line: 0, reason: 'tooLarge', detail: '' }]);
  });
});
