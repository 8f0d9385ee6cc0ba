// Synthetic load for the page benchmark: N documents and M events, with translations and
// relations, added to a seeded throwaway database. Never run against a real portal.
import pg from 'pg';

export type PortalLoadOptions = { databaseUrl: string; documents: number; events: number };

const LOCALES = ['es', 'pt', 'en'] as const;
const TYPES = ['REPORT', 'GUIDE', 'DECLARATION', 'LAW', 'RECOMMENDATION', 'TRAINING', 'OTHER'];
const KINDS = ['CONFERENCE', 'WORKSHOP', 'EXCHANGE', 'WEBINAR', 'OTHER'];
const TOPICS: Record<(typeof LOCALES)[number], string[]> = {
  es: [
    'visitas sin previo aviso',
    'mujeres privadas de libertad',
    'independencia del MNP',
    'centros de detención juvenil',
    'salud en prisiones',
  ],
  pt: [
    'visitas sem aviso prévio',
    'mulheres privadas de liberdade',
    'independência do MNP',
    'unidades socioeducativas',
    'saúde nas prisões',
  ],
  en: [
    'unannounced visits',
    'women deprived of liberty',
    'independence of the NPM',
    'juvenile detention',
    'health in prisons',
  ],
};

// A fixed sequence, so every run measures the same data.
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const isoDay = (i: number) => new Date(Date.UTC(2000 + (i % 27), i % 12, 1 + (i % 28)));

export const generatePortalLoad = async ({ databaseUrl, documents, events }: PortalLoadOptions) => {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const ids = async (table: string) =>
      (await client.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY id`)).rows.map(
        (r) => r.id,
      );
    // One connection runs one query at a time.
    const countries = await ids('Country');
    const mechanisms = await ids('Mechanism');
    const themes = await ids('Theme');

    await client.query('BEGIN');
    for (let i = 0; i < documents; i++) {
      const id = `bench-doc-${i}`;
      const original = pick(LOCALES, i);
      await client.query(
        `INSERT INTO "Document" (id, slug, type, "originalLocale", "publishedOn", sources, status, "updatedAt")
         VALUES ($1, $1, $2::"DocumentType", $3::"Locale", $4, ARRAY['benchmark data'], 'PUBLISHED', now())`,
        [id, pick(TYPES, i), original, isoDay(i)],
      );
      // Two thirds of the documents are translated into every language, the rest only exist in the original.
      for (const locale of i % 3 === 0 ? [original] : LOCALES) {
        const topic = pick(TOPICS[locale], i);
        await client.query(
          `INSERT INTO "DocumentTranslation" ("documentId", locale, title, summary) VALUES ($1, $2::"Locale", $3, $4)`,
          [id, locale, `${topic} ${i}`, `${topic}: ${TOPICS[locale].join('; ')}. `.repeat(4)],
        );
      }
      await client.query(`INSERT INTO "_CountryToDocument" ("A", "B") VALUES ($1, $2)`, [
        pick(countries, i),
        id,
      ]);
      await client.query(`INSERT INTO "_DocumentToTheme" ("A", "B") VALUES ($1, $2)`, [
        id,
        pick(themes, i),
      ]);
      await client.query(`INSERT INTO "_DocumentToMechanism" ("A", "B") VALUES ($1, $2)`, [
        id,
        pick(mechanisms, i),
      ]);
    }
    for (let i = 0; i < events; i++) {
      const id = `bench-event-${i}`;
      const original = pick(LOCALES, i);
      await client.query(
        `INSERT INTO "Event" (id, slug, kind, "originalLocale", "startsOn", city, "countryId", sources, status, "updatedAt")
         VALUES ($1, $1, $2::"EventKind", $3::"Locale", $4, 'Ciudad', $5, ARRAY['benchmark data'], 'PUBLISHED', now())`,
        [id, pick(KINDS, i), original, isoDay(i * 7), pick(countries, i)],
      );
      await client.query(
        `INSERT INTO "EventTranslation" ("eventId", locale, title, summary) VALUES ($1, $2::"Locale", $3, $4)`,
        [id, original, `${pick(TOPICS[original], i)} – ${i}`, pick(TOPICS[original], i + 1)],
      );
      await client.query(`INSERT INTO "_EventToMechanism" ("A", "B") VALUES ($1, $2)`, [
        id,
        pick(mechanisms, i),
      ]);
    }
    await client.query('COMMIT');
    // What autovacuum would do within the minute after a bulk load, done now rather than while the
    // benchmark measures: visibility map and hint bits set, statistics current (as generate-corpus).
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
};
