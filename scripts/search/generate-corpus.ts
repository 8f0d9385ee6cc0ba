// A realistic synthetic corpus for measuring search: documents with long PDF-like text, local
// mechanisms and events in Spanish, Portuguese and English, linked to the seeded countries and
// themes. Deterministic: entity i is the same whatever the batch or run, so a corpus can grow
// from 10,000 to 100,000 documents by generating only the missing ones.
//
//   DATABASE_URL=... npx tsx scripts/search/generate-corpus.ts --documents 100000 \
//     --mechanisms 1000 --events 5000 [--seed 42]
//
// The database must be migrated and seeded (countries and themes come from the seed).
import { parseArgs } from 'node:util';

import pg from 'pg';

import {
  ACTORS,
  CITIES,
  DOCUMENT_TITLES,
  EVENT_TITLES,
  FINDINGS,
  type Lang,
  MECHANISM_NAMES,
  ORGANISERS,
  PEOPLE,
  PLACES,
  RECOMMENDATIONS,
  SENTENCES,
  TOPICS,
} from './corpus-vocabulary';

export type CorpusSize = { documents: number; mechanisms: number; events: number };
export type GenerateCorpusOptions = CorpusSize & {
  seed?: number;
  /** Entities below these counts already exist and are skipped. */
  from?: Partial<CorpusSize>;
  log?: (message: string) => void;
};

const LANGS: Lang[] = ['es', 'pt', 'en'];
const DOCUMENT_TYPES = [
  'REPORT',
  'GUIDE',
  'DECLARATION',
  'LAW',
  'RECOMMENDATION',
  'TRAINING',
  'OTHER',
];
const DOCUMENT_TYPE_WEIGHTS = [40, 15, 5, 8, 12, 10, 10];
const EVENT_KINDS = ['CONFERENCE', 'WORKSHOP', 'EXCHANGE', 'WEBINAR', 'OTHER'];
const BATCH = 2000;

/** mulberry32: a small, fast, seedable PRNG. */
const prng = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** One generator per entity, so entity i never depends on how many came before it. */
const rngFor = (seed: number, kind: number, index: number) =>
  prng(Math.imul(seed ^ 0x9e3779b9, 31) + kind * 1_000_003 + index * 7919);

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const weighted = <T>(rng: Rng, items: readonly T[], weights: number[]) => {
  let roll = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((roll -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
};
/** Languages: Spanish most, then Portuguese, then English. */
const originalLanguage = (rng: Rng): Lang => weighted(rng, LANGS, [55, 25, 20]);
/** Recent years are likelier, as in a growing library (1995–2026). */
const recentYear = (rng: Rng) => 2026 - Math.floor(31 * rng() ** 1.8);
const isoDate = (year: number, rng: Rng) =>
  `${year}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`;

type Country = { id: string; names: Record<Lang, string> };

/** The slots of one text: chosen once, filled in each language, so translations match. */
const slots = (rng: Rng, countries: Country[], topic?: number) => ({
  topic: topic ?? int(rng, 0, TOPICS.length - 1),
  place: int(rng, 0, PLACES.length - 1),
  finding: int(rng, 0, FINDINGS.length - 1),
  finding2: int(rng, 0, FINDINGS.length - 1),
  actor: int(rng, 0, ACTORS.length - 1),
  actor2: int(rng, 0, ACTORS.length - 1),
  recommendation: int(rng, 0, RECOMMENDATIONS.length - 1),
  city: pick(rng, CITIES),
  country: pick(rng, countries),
  person: pick(rng, PEOPLE),
  year: recentYear(rng),
  n: int(rng, 2, 60),
});
type Slots = ReturnType<typeof slots>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const fill = (template: string, lang: Lang, s: Slots) =>
  capitalise(
    template
      .replaceAll('{topic}', TOPICS[s.topic]![lang])
      .replaceAll('{place}', PLACES[s.place]![lang])
      .replaceAll('{finding2}', FINDINGS[s.finding2]![lang])
      .replaceAll('{finding}', FINDINGS[s.finding]![lang])
      .replaceAll('{actor2}', capitalise(ACTORS[s.actor2]![lang]))
      .replaceAll('{actor}', ACTORS[s.actor]![lang])
      .replaceAll('{recommendation}', RECOMMENDATIONS[s.recommendation]![lang])
      .replaceAll('{city}', s.city)
      .replaceAll('{country}', s.country.names[lang])
      .replaceAll('{person}', s.person)
      .replaceAll('{year2}', String(Math.min(2026, s.year + 2)))
      .replaceAll('{year}', String(s.year))
      .replaceAll('{n}', String(s.n)),
  );

const sentences = (rng: Rng, lang: Lang, countries: Country[], count: number, topic: number) =>
  Array.from({ length: count }, () =>
    fill(pick(rng, SENTENCES[lang]), lang, slots(rng, countries, rng() < 0.4 ? topic : undefined)),
  );

/** PDF-like text: pages of paragraphs, page numbers and a running header. */
const longText = (rng: Rng, lang: Lang, countries: Country[], title: string, topic: number) => {
  const pages = int(rng, 2, 6);
  const parts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    parts.push(`${title} — ${page}`);
    for (let p = int(rng, 2, 3); p > 0; p--)
      parts.push(sentences(rng, lang, countries, int(rng, 2, 4), topic).join(' '));
  }
  return parts.join('\n\n');
};

/** Other languages a text is translated into (title and summary only, as editors do). */
const translations = (rng: Rng, original: Lang) =>
  LANGS.filter((lang) => lang === original || rng() < 0.4);

type Columns = Record<string, unknown[]>;
const columns = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<K, unknown[]>;

/**
 * Multi-row insert through unnest(): one statement, one array parameter per column, plus
 * columns that are the same on every row (SQL literals, never input).
 */
const insert = async (
  client: pg.Client,
  table: string,
  data: Columns,
  types: string[],
  constants: Record<string, string> = {},
) => {
  const names = Object.keys(data);
  if (data[names[0]!]!.length === 0) return;
  const target = [...names, ...Object.keys(constants)].map((name) => `"${name}"`).join(', ');
  const params = names.map((_, i) => `$${i + 1}::${types[i]}[]`).join(', ');
  const values = ['u.*', ...Object.values(constants)].join(', ');
  await client.query(
    `INSERT INTO "${table}" (${target}) SELECT ${values} FROM unnest(${params}) u`,
    names.map((name) => data[name]),
  );
};

const PUBLISHED = {
  status: `'PUBLISHED'::"PublicationStatus"`,
  sources: `'{}'::text[]`,
  updatedAt: 'now()',
};

const loadCountries = async (client: pg.Client): Promise<Country[]> => {
  const { rows } = await client.query<{ id: string; locale: Lang; name: string }>(
    `SELECT c.id, t.locale::text AS locale, t.name FROM "Country" c
     JOIN "CountryTranslation" t ON t."countryId" = c.id WHERE c.status = 'PUBLISHED'`,
  );
  const byId = new Map<string, Country>();
  for (const row of rows) {
    const country = byId.get(row.id) ?? { id: row.id, names: { es: '', pt: '', en: '' } };
    country.names[row.locale] = row.name;
    byId.set(row.id, country);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
};

const generateMechanisms = async (
  client: pg.Client,
  seed: number,
  countries: Country[],
  from: number,
  to: number,
) => {
  for (let start = from; start < to; start += BATCH) {
    const m = columns('id', 'slug', 'countryId', 'jurisdiction', 'acronym', 'originalLocale');
    const t = columns('mechanismId', 'locale', 'name', 'legalBasis', 'notes');
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const rng = rngFor(seed, 1, i);
      const id = `genmech${i}`;
      const city = pick(rng, CITIES);
      const country = pick(rng, countries);
      const original = originalLanguage(rng);
      const template = int(rng, 0, MECHANISM_NAMES.es.length - 1);
      m.id.push(id);
      m.slug.push(`gen-mechanism-${i}`);
      m.countryId.push(country.id);
      m.jurisdiction.push(`${city} ${i}`);
      m.acronym.push(rng() < 0.6 ? `CLPT-${city.slice(0, 3).toUpperCase()}${i}` : null);
      m.originalLocale.push(original);
      for (const lang of LANGS.filter((l) => l === original || rng() < 0.7)) {
        const s = slots(rng, countries);
        t.mechanismId.push(id);
        t.locale.push(lang);
        t.name.push(MECHANISM_NAMES[lang][template]!.replace('{city}', city));
        t.legalBasis.push(lang === original ? `Ley ${s.n}${s.year} (${s.year})` : null);
        t.notes.push(rng() < 0.5 ? fill(pick(rng, SENTENCES[lang]), lang, s) : null);
      }
    }
    await insert(client, 'Mechanism', m, ['text', 'text', 'text', 'text', 'text', '"Locale"'], {
      ...PUBLISHED,
      level: `'LOCAL'::"MechanismLevel"`,
    });
    await insert(client, 'MechanismTranslation', t, ['text', '"Locale"', 'text', 'text', 'text']);
  }
};

const generateDocuments = async (
  client: pg.Client,
  seed: number,
  refs: { countries: Country[]; themes: string[]; mechanisms: number },
  from: number,
  to: number,
  log: (message: string) => void,
) => {
  const { countries, themes } = refs;
  for (let start = from; start < to; start += BATCH) {
    const f = columns('id', 'sha256', 'filename', 'size', 'extractedText');
    const d = columns('id', 'slug', 'type', 'originalLocale', 'publishedOn', 'fileId');
    const t = columns('documentId', 'locale', 'title', 'summary');
    const dt = columns('A', 'B');
    const cd = columns('A', 'B');
    const dm = columns('A', 'B');
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const rng = rngFor(seed, 2, i);
      const id = `gendoc${i}`;
      const type = weighted(rng, DOCUMENT_TYPES, DOCUMENT_TYPE_WEIGHTS);
      const original = originalLanguage(rng);
      const s = slots(rng, countries);
      const titleTemplate = int(rng, 0, DOCUMENT_TITLES[type]!.es.length - 1);
      const hasFile = rng() < 0.7;
      const fileId = hasFile ? `genfile${i}` : null;
      const texts = translations(rng, original).map((lang) => ({
        lang,
        title: fill(DOCUMENT_TITLES[type]![lang][titleTemplate]!, lang, s),
        summary: [
          fill(SENTENCES[lang][1]!, lang, s),
          fill(SENTENCES[lang][0]!, lang, s),
          fill(SENTENCES[lang][3]!, lang, s),
        ].join(' '),
      }));
      if (fileId) {
        const title = texts.find((x) => x.lang === original)!.title;
        const text = longText(rng, original, countries, title, s.topic);
        f.id.push(fileId);
        f.sha256.push(i.toString(16).padStart(64, '0'));
        f.filename.push(`document-${i}.pdf`);
        f.size.push(text.length * 4);
        f.extractedText.push(text);
      }
      d.id.push(id);
      d.slug.push(`gen-document-${i}`);
      d.type.push(type);
      d.originalLocale.push(original);
      d.publishedOn.push(rng() < 0.9 ? isoDate(s.year, rng) : null);
      d.fileId.push(fileId);
      for (const text of texts) {
        t.documentId.push(id);
        t.locale.push(text.lang);
        t.title.push(text.title);
        t.summary.push(text.summary);
      }
      for (const theme of new Set([pick(rng, themes), pick(rng, themes)])) {
        dt.A.push(id);
        dt.B.push(theme);
      }
      cd.A.push(s.country.id);
      cd.B.push(id);
      if (refs.mechanisms > 0 && rng() < 0.3) {
        dm.A.push(id);
        dm.B.push(`genmech${int(rng, 0, refs.mechanisms - 1)}`);
      }
    }
    await insert(client, 'StoredFile', f, ['text', 'text', 'text', 'int', 'text'], {
      contentType: `'application/pdf'`,
    });
    await insert(
      client,
      'Document',
      d,
      ['text', 'text', '"DocumentType"', '"Locale"', 'date', 'text'],
      PUBLISHED,
    );
    await insert(client, 'DocumentTranslation', t, ['text', '"Locale"', 'text', 'text']);
    await insert(client, '_DocumentToTheme', dt, ['text', 'text']);
    await insert(client, '_CountryToDocument', cd, ['text', 'text']);
    await insert(client, '_DocumentToMechanism', dm, ['text', 'text']);
    if ((start / BATCH) % 10 === 9) log(`  documents: ${Math.min(to, start + BATCH)}`);
  }
};

const generateEvents = async (
  client: pg.Client,
  seed: number,
  refs: { countries: Country[]; mechanisms: number },
  from: number,
  to: number,
) => {
  for (let start = from; start < to; start += BATCH) {
    const v = columns('id', 'slug', 'kind', 'originalLocale', 'startsOn', 'city', 'countryId');
    const t = columns('eventId', 'locale', 'title', 'summary', 'organisers');
    const em = columns('A', 'B');
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const rng = rngFor(seed, 3, i);
      const id = `genevent${i}`;
      const kind = pick(rng, EVENT_KINDS);
      const original = originalLanguage(rng);
      const s = slots(rng, refs.countries);
      const template = int(rng, 0, EVENT_TITLES[kind]!.es.length - 1);
      v.id.push(id);
      v.slug.push(`gen-event-${i}`);
      v.kind.push(kind);
      v.originalLocale.push(original);
      v.startsOn.push(isoDate(Math.min(2027, s.year + int(rng, 0, 1)), rng));
      v.city.push(s.city);
      v.countryId.push(s.country.id);
      for (const lang of translations(rng, original)) {
        t.eventId.push(id);
        t.locale.push(lang);
        t.title.push(fill(EVENT_TITLES[kind]![lang][template]!, lang, s));
        t.summary.push(
          [fill(SENTENCES[lang][7]!, lang, s), fill(SENTENCES[lang][4]!, lang, s)].join(' '),
        );
        t.organisers.push(pick(rng, ORGANISERS));
      }
      if (refs.mechanisms > 0 && rng() < 0.3) {
        em.A.push(id);
        em.B.push(`genmech${int(rng, 0, refs.mechanisms - 1)}`);
      }
    }
    await insert(
      client,
      'Event',
      v,
      ['text', 'text', '"EventKind"', '"Locale"', 'date', 'text', 'text'],
      PUBLISHED,
    );
    await insert(client, 'EventTranslation', t, ['text', '"Locale"', 'text', 'text', 'text']);
    await insert(client, '_EventToMechanism', em, ['text', 'text']);
  }
};

/**
 * Builds the search entries of the generated ids in batches (the triggers were off), on two
 * connections at once: stemming and indexing are CPU-bound and the machines have two cores.
 */
const refreshIndex = async (
  clients: pg.Client[],
  fn: string,
  prefix: string,
  from: number,
  to: number,
) => {
  const batches: string[][] = [];
  for (let start = from; start < to; start += BATCH)
    batches.push(
      Array.from(
        { length: Math.min(to, start + BATCH) - start },
        (_, k) => `${prefix}${start + k}`,
      ),
    );
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < batches.length)
        await client.query(`SELECT ${fn}($1::text[])`, [batches[next++]]);
    }),
  );
};

/**
 * Adds the synthetic corpus to a migrated, seeded database. Rows go in with multi-row inserts
 * while the search triggers are off (session_replication_role = replica), then the search
 * entries are built in batches with the same functions the triggers call.
 */
export const generateCorpus = async (databaseUrl: string, options: GenerateCorpusOptions) => {
  const { seed = 42, from = {}, log = () => {} } = options;
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const countries = await loadCountries(client);
    const themes = (
      await client.query<{ id: string }>('SELECT id FROM "Theme" ORDER BY id')
    ).rows.map((r) => r.id);
    if (countries.length === 0 || themes.length === 0)
      throw new Error('No countries or themes: run the seed (npm run db:seed) first.');

    await client.query('SET session_replication_role = replica');
    const started = performance.now();
    await generateMechanisms(client, seed, countries, from.mechanisms ?? 0, options.mechanisms);
    await generateDocuments(
      client,
      seed,
      { countries, themes, mechanisms: options.mechanisms },
      from.documents ?? 0,
      options.documents,
      log,
    );
    await generateEvents(
      client,
      seed,
      { countries, mechanisms: options.mechanisms },
      from.events ?? 0,
      options.events,
    );
    await client.query('SET session_replication_role = DEFAULT');
    log(`  rows inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const indexing = performance.now();
    const second = new pg.Client(databaseUrl);
    await second.connect();
    try {
      const clients = [client, second];
      await refreshIndex(
        clients,
        'search_refresh_mechanisms',
        'genmech',
        from.mechanisms ?? 0,
        options.mechanisms,
      );
      await refreshIndex(
        clients,
        'search_refresh_documents',
        'gendoc',
        from.documents ?? 0,
        options.documents,
      );
      await refreshIndex(
        clients,
        'search_refresh_events',
        'genevent',
        from.events ?? 0,
        options.events,
      );
    } finally {
      await second.end();
    }
    log(`  search entries built in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
};

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '10000' },
      mechanisms: { type: 'string', default: '1000' },
      events: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '42' },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set.');
    process.exit(1);
  }
  const size = {
    documents: Number(values.documents),
    mechanisms: Number(values.mechanisms),
    events: Number(values.events),
  };
  console.log(`Generating ${JSON.stringify(size)} (seed ${values.seed})`);
  await generateCorpus(databaseUrl, { ...size, seed: Number(values.seed), log: console.log });
  console.log('Done.');
}
