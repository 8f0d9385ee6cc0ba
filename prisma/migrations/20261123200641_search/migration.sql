-- Full-text search over published mechanisms, documents and events (src/server/search/).
-- Written by hand: Prisma's schema language cannot express text search configurations,
-- tsvector columns or triggers. None of these objects is in schema.prisma, so later
-- schema-to-schema diffs neither see nor drop them. Columns use text, not Prisma's enums,
-- so a later enum change by Prisma never finds this table in its way.

-- Prisma applies this file statement by statement, outside a transaction (the pg adapter), so a
-- failed run can leave objects behind. Clearing them first lets a re-run start clean, after
-- `DELETE FROM _prisma_migrations WHERE migration_name = '20261123200641_search' AND finished_at
-- IS NULL` (`prisma migrate resolve` needs the native engine we cannot download). On a database
-- that never saw this migration these statements do nothing.
DROP TABLE IF EXISTS "SearchEntry" CASCADE;
DROP TABLE IF EXISTS "SearchWord" CASCADE;
DROP FUNCTION IF EXISTS search_on_change() CASCADE;
DROP FUNCTION IF EXISTS search_refresh(text, text[]);
DROP FUNCTION IF EXISTS search_refresh_documents(text[]);
DROP FUNCTION IF EXISTS search_refresh_mechanisms(text[]);
DROP FUNCTION IF EXISTS search_refresh_events(text[]);
DROP FUNCTION IF EXISTS search_add_words(text[]);
DROP TEXT SEARCH CONFIGURATION IF EXISTS search_es;
DROP TEXT SEARCH CONFIGURATION IF EXISTS search_pt;
DROP TEXT SEARCH CONFIGURATION IF EXISTS search_en;

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it looks its dictionary up through search_path): naming the
-- dictionary makes the result depend on the input alone, so indexes may use it.
CREATE OR REPLACE FUNCTION search_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;

-- One configuration per language: the language's stemmer and stop words, with accents
-- removed first. Documents and queries go through the same chain, so "prevencion" finds
-- "prevención", and ts_headline still highlights the accented original text.
CREATE TEXT SEARCH CONFIGURATION search_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION search_es
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION search_pt (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION search_pt
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION search_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search_en
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

-- STABLE, not IMMUTABLE: the cast looks the name up, and an honest STABLE function is inlined
-- into queries (an IMMUTABLE one with a STABLE body would be called once per row instead).
CREATE OR REPLACE FUNCTION search_config(locale text) RETURNS regconfig
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT (CASE locale WHEN 'pt' THEN 'public.search_pt'
                            WHEN 'en' THEN 'public.search_en'
                            ELSE 'public.search_es' END)::regconfig $$;

-- Control characters 1 and 2 mark highlights in ts_headline output: stored text never has them.
CREATE OR REPLACE FUNCTION search_clean(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(value, E'\x01\x02', '') $$;

-- A stable pseudo-random number in [0, 1) per entity: the order in which a large match set
-- is sampled for counts and facets.
CREATE OR REPLACE FUNCTION search_sample_key(entity_type text, entity_id text) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT ('x' || substr(md5(entity_type || ':' || entity_id), 1, 8))::bit(32)::bigint
               / 4294967296.0 $$;

-- Filter and sampling tags, stored as extra lexemes in both vectors so that the GIN indexes
-- apply filters and sample large match sets themselves: ~t<type>, ~l<language>, ~p (primary
-- row), ~y<year>, ~h<theme id>, ~c<country id>, and ~z<j> on rows whose bucket
-- floor(sampleKey * 4096) is below 2^j (so ~z0 marks 1/4096 of all rows, ~z11 half of them).
-- No word ever becomes such a lexeme: the parser drops "~".
CREATE OR REPLACE FUNCTION search_tags(
  entity_type text, locale text, is_primary boolean, year integer, theme_ids text[],
  country_ids text[], sample_key float8) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(
    ARRAY['~t' || entity_type, '~l' || locale]
    || CASE WHEN is_primary THEN ARRAY['~p'] ELSE ARRAY[]::text[] END
    || CASE WHEN year IS NOT NULL THEN ARRAY['~y' || year] ELSE ARRAY[]::text[] END
    || ARRAY(SELECT '~h' || id FROM unnest(theme_ids) id WHERE id IS NOT NULL)
    || ARRAY(SELECT '~c' || id FROM unnest(country_ids) id WHERE id IS NOT NULL)
    || ARRAY(SELECT '~z' || j FROM generate_series(0, 11) j
             WHERE floor(sample_key * 4096) < (1 << j))) $$;

-- Prefixes (3 to 12 characters) of the stemmed words of titles and names, as ~f<prefix>
-- lexemes (summaries and long texts match whole words only, which keeps the vectors small). A word typed in part ("tortu") is then one exact GIN lookup: a ":*"
-- prefix query instead reads every row of every word that starts so, which grows with the corpus.
CREATE OR REPLACE FUNCTION search_prefixes(words tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT '~f' || left(w.lexeme, n)
    FROM unnest(words) w, generate_series(3, least(char_length(w.lexeme) - 1, 12)) n
    WHERE w.lexeme NOT LIKE '~%')) $$;

-- A lexeme in tsquery syntax.
CREATE OR REPLACE FUNCTION search_lexeme(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT '''' || replace(replace(value, '\', '\\'), '''', '''''') || '''' $$;

-- The last word of a query, typed in part: the word itself or any word it begins (its ~f tag).
-- Anything that is not exactly one lexeme is matched as typed (a stop word: not at all).
CREATE OR REPLACE FUNCTION search_prefix_query(config regconfig, word text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE WHEN count(*) = 1
                    THEN (search_lexeme(min(w.lexeme)) || ' | '
                          || search_lexeme('~f' || left(min(w.lexeme), 12)))::tsquery
                    ELSE plainto_tsquery(config, word) END
        FROM unnest(to_tsvector(config, word)) w $$;

-- One row per published entity and language it has text in. The row of the entity's
-- original language (or, lacking one, its first language) is "primary": visitors of every
-- language search it, besides the rows in their own language.
CREATE TABLE "SearchEntry" (
  "entityType"     text    NOT NULL CHECK ("entityType" IN ('document', 'mechanism', 'event')),
  "entityId"       text    NOT NULL,
  "locale"         text    NOT NULL CHECK ("locale" IN ('es', 'pt', 'en')),
  "isPrimary"      boolean NOT NULL,
  "originalLocale" text    NOT NULL,
  "slug"           text    NOT NULL,
  -- Document type, event kind or mechanism level.
  "subtype"        text,
  "title"          text    NOT NULL,
  "summary"        text,
  -- A document's extracted file text, a mechanism's legal basis (primary rows only).
  "body"           text,
  -- Publication date or event start, drives recency in ranking. Null for mechanisms.
  "sortDate"       date,
  "year"           integer,
  "themeIds"       text[]  NOT NULL DEFAULT '{}',
  "countryIds"     text[]  NOT NULL DEFAULT '{}',
  "sampleKey"      float8  NOT NULL,
  -- Title (A), acronym/jurisdiction (A/B), summary (B), country and theme names (C), the
  -- prefixes of title words, and the tags: what ranking reads.
  "head"           tsvector NOT NULL,
  -- "head" and the long text (D): what matching reads, so a query scans one index once.
  "textVector"     tsvector NOT NULL,
  PRIMARY KEY ("entityType", "entityId", "locale")
);

-- Ranking reads "head" of every candidate: keep it in the row (compressed if need be) rather than
-- out of line, where each read would be a TOAST lookup. The long text moves out first.
ALTER TABLE "SearchEntry" ALTER COLUMN "head" SET STORAGE MAIN;

CREATE INDEX "SearchEntry_head_idx" ON "SearchEntry" USING gin ("head");
CREATE INDEX "SearchEntry_textVector_idx" ON "SearchEntry" USING gin ("textVector");
-- The words of mechanism and country names, for "did you mean": a misspelt word of a query is
-- compared (pg_trgm similarity) with these few thousand words rather than with whole names.
-- Words are only added: one left over from a renamed mechanism at worst is suggested in vain.
CREATE TABLE "SearchWord" (
  -- Lower case, without accents.
  "word"    text PRIMARY KEY,
  -- As first written, accents and capitals included.
  "display" text NOT NULL
);
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gin ("word" gin_trgm_ops);

CREATE OR REPLACE FUNCTION search_add_words(texts text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH added AS (
    INSERT INTO "SearchWord" ("word", "display")
    SELECT DISTINCT ON (search_unaccent(lower(w))) search_unaccent(lower(w)), w
    FROM unnest(texts) t, regexp_split_to_table(t, '[^[:alnum:]]+') w
    WHERE char_length(w) >= 3
    ON CONFLICT ("word") DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int FROM added
$$;


-- prisma migrate deploy (JS engine and pg adapter) splits this file at every semicolon, so
-- nothing below has one inside a statement: the refresh functions are single SQL statements
-- and the one PL/pgSQL body is an E'' string that writes its semicolons as \x3b.

-- Rebuilds the entries of the given documents in one statement: removes rows of unpublished or
-- deleted documents and of removed translations, upserts the rest (an upsert, so that two
-- transactions refreshing one document wait for each other instead of failing).
CREATE OR REPLACE FUNCTION search_refresh_documents(ids text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH source AS (
    SELECT d.id, t.locale::text AS locale, d."originalLocale"::text AS original_locale,
           d.slug, d.type::text AS type, d."publishedOn",
           search_clean(t.title) AS title, search_clean(t.summary) AS summary,
           CASE WHEN p.is_primary THEN search_clean(f."extractedText") END AS body,
           p.is_primary, links.theme_ids, links.country_ids,
           concat_ws(' ',
             (SELECT string_agg(ct.name, ' ') FROM "CountryTranslation" ct
              WHERE ct."countryId" = ANY (links.country_ids) AND ct.locale = t.locale),
             (SELECT string_agg(tt.label, ' ') FROM "ThemeTranslation" tt
              WHERE tt."themeId" = ANY (links.theme_ids) AND tt.locale = t.locale)) AS labels
    FROM "Document" d
    JOIN "DocumentTranslation" t ON t."documentId" = d.id
    LEFT JOIN "StoredFile" f ON f.id = d."fileId"
    CROSS JOIN LATERAL (
      SELECT t.locale = coalesce(
        (SELECT o.locale FROM "DocumentTranslation" o
         WHERE o."documentId" = d.id AND o.locale = d."originalLocale"),
        (SELECT min(o.locale) FROM "DocumentTranslation" o WHERE o."documentId" = d.id)
      ) AS is_primary) p
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT x."B" FROM "_DocumentToTheme" x WHERE x."A" = d.id) AS theme_ids,
             ARRAY(SELECT x."A" FROM "_CountryToDocument" x WHERE x."B" = d.id
                   UNION
                   SELECT m."countryId" FROM "_DocumentToMechanism" x
                   JOIN "Mechanism" m ON m.id = x."B" WHERE x."A" = d.id) AS country_ids) links
    WHERE d.id = ANY (ids) AND d.status = 'PUBLISHED'
  ),
  removed AS (
    DELETE FROM "SearchEntry" e
    WHERE e."entityType" = 'document' AND e."entityId" = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM source s WHERE s.id = e."entityId" AND s.locale = e.locale)
  ),
  upserted AS (
    INSERT INTO "SearchEntry" AS e
    SELECT 'document', s.id, s.locale, s.is_primary, s.original_locale, s.slug, s.type,
           s.title, s.summary, s.body, s."publishedOn",
           EXTRACT(YEAR FROM s."publishedOn")::int, s.theme_ids, s.country_ids,
           search_sample_key('document', s.id),
           s.head,
           s.head || CASE WHEN s.body IS NOT NULL
             THEN setweight(to_tsvector(search_config(s.locale), left(s.body, 500000)), 'D')
             ELSE ''::tsvector END
    FROM (SELECT w.*,
                 w.words || search_prefixes(to_tsvector(search_config(w.locale), w.title))
                   || w.tags AS head
          FROM (SELECT source.*,
                 setweight(to_tsvector(search_config(locale), title), 'A')
                   || setweight(to_tsvector(search_config(locale), coalesce(summary, '')), 'B')
                   || setweight(to_tsvector(search_config(locale), coalesce(labels, '')), 'C')
                   AS words,
                 search_tags('document', locale, is_primary,
                             EXTRACT(YEAR FROM "publishedOn")::int, theme_ids, country_ids,
                             search_sample_key('document', id)) AS tags
                FROM source) w) s
    ON CONFLICT ("entityType", "entityId", "locale") DO UPDATE SET
      "isPrimary" = EXCLUDED."isPrimary", "originalLocale" = EXCLUDED."originalLocale",
      "slug" = EXCLUDED."slug", "subtype" = EXCLUDED."subtype", "title" = EXCLUDED."title",
      "summary" = EXCLUDED."summary", "body" = EXCLUDED."body", "sortDate" = EXCLUDED."sortDate",
      "year" = EXCLUDED."year", "themeIds" = EXCLUDED."themeIds",
      "countryIds" = EXCLUDED."countryIds", "head" = EXCLUDED."head",
      "textVector" = EXCLUDED."textVector"
    RETURNING 1
  )
  SELECT count(*)::int FROM upserted
$$;

-- Mechanisms: a row per translation (or one in the original language when there is none).
-- The title is the name in that language, else the name in another, else acronym or place.
CREATE OR REPLACE FUNCTION search_refresh_mechanisms(ids text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH source AS (
    SELECT m.id, l.locale, m."originalLocale"::text AS original_locale, m.slug,
           m.level::text AS level, search_clean(m.acronym) AS acronym,
           search_clean(m.jurisdiction) AS jurisdiction, m."countryId",
           l.locale = coalesce(
             (SELECT o.locale::text FROM "MechanismTranslation" o
              WHERE o."mechanismId" = m.id AND o.locale = m."originalLocale"),
             (SELECT min(o.locale)::text FROM "MechanismTranslation" o
              WHERE o."mechanismId" = m.id),
             m."originalLocale"::text) AS is_primary,
           search_clean(coalesce(
             t.name,
             (SELECT o.name FROM "MechanismTranslation" o
              WHERE o."mechanismId" = m.id AND o.name IS NOT NULL
              ORDER BY o.locale = m."originalLocale" DESC, o.locale LIMIT 1),
             m.acronym, m.jurisdiction, m.slug)) AS title,
           search_clean(t.notes) AS summary,
           search_clean(t."legalBasis") AS body,
           (SELECT ct.name FROM "CountryTranslation" ct
            WHERE ct."countryId" = m."countryId" AND ct.locale::text = l.locale) AS country_name
    FROM "Mechanism" m
    CROSS JOIN LATERAL (
      SELECT t.locale::text AS locale FROM "MechanismTranslation" t WHERE t."mechanismId" = m.id
      UNION
      SELECT m."originalLocale"::text
      WHERE NOT EXISTS (SELECT 1 FROM "MechanismTranslation" t WHERE t."mechanismId" = m.id)
    ) l
    LEFT JOIN "MechanismTranslation" t ON t."mechanismId" = m.id AND t.locale::text = l.locale
    WHERE m.id = ANY (ids) AND m.status = 'PUBLISHED'
  ),
  removed AS (
    DELETE FROM "SearchEntry" e
    WHERE e."entityType" = 'mechanism' AND e."entityId" = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM source s WHERE s.id = e."entityId" AND s.locale = e.locale)
  ),
  upserted AS (
    INSERT INTO "SearchEntry" AS e
    SELECT 'mechanism', s.id, s.locale, s.is_primary, s.original_locale, s.slug, s.level,
           s.title, s.summary, s.body, NULL, NULL, '{}', ARRAY[s."countryId"],
           search_sample_key('mechanism', s.id),
           s.head,
           s.head || CASE WHEN s.body IS NOT NULL
             THEN setweight(to_tsvector(search_config(s.locale), s.body), 'D')
             ELSE ''::tsvector END
    FROM (SELECT w.*,
                 w.words
                   || search_prefixes(to_tsvector(search_config(w.locale),
                        concat_ws(' ', w.title, w.acronym)))
                   || w.tags AS head
          FROM (SELECT source.*,
                 setweight(to_tsvector(search_config(locale), title), 'A')
                   || setweight(to_tsvector(search_config(locale), coalesce(acronym, '')), 'A')
                   || setweight(to_tsvector(search_config(locale), coalesce(jurisdiction, '')), 'B')
                   || setweight(to_tsvector(search_config(locale), coalesce(summary, '')), 'B')
                   || setweight(to_tsvector(search_config(locale), coalesce(country_name, '')), 'C')
                   AS words,
                 search_tags('mechanism', locale, is_primary, NULL, '{}', ARRAY["countryId"],
                             search_sample_key('mechanism', id)) AS tags
                FROM source) w) s
    ON CONFLICT ("entityType", "entityId", "locale") DO UPDATE SET
      "isPrimary" = EXCLUDED."isPrimary", "originalLocale" = EXCLUDED."originalLocale",
      "slug" = EXCLUDED."slug", "subtype" = EXCLUDED."subtype", "title" = EXCLUDED."title",
      "summary" = EXCLUDED."summary", "body" = EXCLUDED."body",
      "countryIds" = EXCLUDED."countryIds", "head" = EXCLUDED."head",
      "textVector" = EXCLUDED."textVector"
    RETURNING 1
  )
  SELECT count(*)::int
    + search_add_words(ARRAY(SELECT title FROM source UNION SELECT acronym FROM source))
  FROM upserted
$$;

-- Events: title, summary, organisers, city and countries (their own and their mechanisms').
CREATE OR REPLACE FUNCTION search_refresh_events(ids text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH source AS (
    SELECT v.id, t.locale::text AS locale, v."originalLocale"::text AS original_locale, v.slug,
           v.kind::text AS kind, v."startsOn", search_clean(v.city) AS city,
           search_clean(t.title) AS title, search_clean(t.summary) AS summary,
           search_clean(t.organisers) AS organisers,
           t.locale = coalesce(
             (SELECT o.locale FROM "EventTranslation" o
              WHERE o."eventId" = v.id AND o.locale = v."originalLocale"),
             (SELECT min(o.locale) FROM "EventTranslation" o WHERE o."eventId" = v.id)
           ) AS is_primary,
           c.country_ids,
           (SELECT string_agg(ct.name, ' ') FROM "CountryTranslation" ct
            WHERE ct."countryId" = ANY (c.country_ids) AND ct.locale = t.locale) AS country_names
    FROM "Event" v
    JOIN "EventTranslation" t ON t."eventId" = v.id
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT v."countryId" WHERE v."countryId" IS NOT NULL
                   UNION
                   SELECT m."countryId" FROM "_EventToMechanism" x
                   JOIN "Mechanism" m ON m.id = x."B" WHERE x."A" = v.id) AS country_ids) c
    WHERE v.id = ANY (ids) AND v.status = 'PUBLISHED'
  ),
  removed AS (
    DELETE FROM "SearchEntry" e
    WHERE e."entityType" = 'event' AND e."entityId" = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM source s WHERE s.id = e."entityId" AND s.locale = e.locale)
  ),
  upserted AS (
    INSERT INTO "SearchEntry" AS e
    SELECT 'event', s.id, s.locale, s.is_primary, s.original_locale, s.slug, s.kind,
           s.title, s.summary, NULL, s."startsOn", EXTRACT(YEAR FROM s."startsOn")::int,
           '{}', s.country_ids, search_sample_key('event', s.id),
           s.head, s.head
    FROM (SELECT w.*,
                 w.words || search_prefixes(to_tsvector(search_config(w.locale), w.title))
                   || search_tags('event', w.locale, w.is_primary,
                        EXTRACT(YEAR FROM w."startsOn")::int, '{}', w.country_ids,
                        search_sample_key('event', w.id)) AS head
          FROM (SELECT source.*,
                 setweight(to_tsvector(search_config(locale), title), 'A')
                   || setweight(to_tsvector(search_config(locale), coalesce(summary, '')), 'B')
                   || setweight(to_tsvector(search_config(locale),
                        concat_ws(' ', organisers, city, country_names)), 'C') AS words
                FROM source) w) s
    ON CONFLICT ("entityType", "entityId", "locale") DO UPDATE SET
      "isPrimary" = EXCLUDED."isPrimary", "originalLocale" = EXCLUDED."originalLocale",
      "slug" = EXCLUDED."slug", "subtype" = EXCLUDED."subtype", "title" = EXCLUDED."title",
      "summary" = EXCLUDED."summary", "sortDate" = EXCLUDED."sortDate", "year" = EXCLUDED."year",
      "countryIds" = EXCLUDED."countryIds", "head" = EXCLUDED."head",
      "textVector" = EXCLUDED."textVector"
    RETURNING 1
  )
  SELECT count(*)::int FROM upserted
$$;

-- What a change means for the index, by the kind of the changed ids. Country and theme names
-- are part of the entries' text (weight C), and a mechanism that moves country moves the
-- country facet of its documents and events.
CREATE OR REPLACE FUNCTION search_refresh(kind text, ids text[]) RETURNS integer
LANGUAGE sql AS $$
  SELECT CASE kind
    WHEN 'document' THEN search_refresh_documents(ids)
    WHEN 'mechanism' THEN search_refresh_mechanisms(ids)
    WHEN 'event' THEN search_refresh_events(ids)
    WHEN 'file' THEN search_refresh_documents(
      ARRAY(SELECT id FROM "Document" WHERE "fileId" = ANY (ids)))
    WHEN 'theme' THEN search_refresh_documents(
      ARRAY(SELECT "A" FROM "_DocumentToTheme" WHERE "B" = ANY (ids)))
    WHEN 'country' THEN
      search_refresh_documents(ARRAY(SELECT "entityId" FROM "SearchEntry"
        WHERE "entityType" = 'document' AND "countryIds" && ids))
      + search_refresh_mechanisms(ARRAY(SELECT id FROM "Mechanism" WHERE "countryId" = ANY (ids)))
      + search_refresh_events(ARRAY(SELECT "entityId" FROM "SearchEntry"
        WHERE "entityType" = 'event' AND "countryIds" && ids))
      + search_add_words(ARRAY(SELECT name FROM "CountryTranslation" WHERE "countryId" = ANY (ids)))
    WHEN 'mechanism-country' THEN
      search_refresh_documents(ARRAY(SELECT "A" FROM "_DocumentToMechanism" WHERE "B" = ANY (ids)))
      + search_refresh_events(ARRAY(SELECT "A" FROM "_EventToMechanism" WHERE "B" = ANY (ids)))
    ELSE 0
  END
$$;

-- Statement-level triggers with transition tables: a bulk insert refreshes its rows in one
-- set-based pass, and single edits (seed, back office) refresh just what they touched.
-- TG_ARGV: the kind of id, and the column of the changed table that holds it.
CREATE OR REPLACE FUNCTION search_on_change() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  ids text[]\x3b
BEGIN
  IF TG_OP <> ''DELETE'' THEN
    EXECUTE format(''SELECT array_agg(DISTINCT %I) FROM new_rows'', TG_ARGV[1]) INTO ids\x3b
  END IF\x3b
  IF TG_OP <> ''INSERT'' THEN
    EXECUTE format(''SELECT array_agg(DISTINCT id) FROM ''
                   ''(SELECT %I AS id FROM old_rows UNION SELECT unnest($1)) changed'', TG_ARGV[1])
      USING ids INTO ids\x3b
  END IF\x3b
  PERFORM search_refresh(TG_ARGV[0], ids)\x3b
  IF TG_TABLE_NAME = ''Mechanism'' AND TG_OP = ''UPDATE'' THEN
    PERFORM search_refresh(''mechanism-country'', ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o."countryId" IS DISTINCT FROM n."countryId"))\x3b
  END IF\x3b
  RETURN NULL\x3b
END';

-- Every table whose rows feed the index. Join tables carry the entity id in "A" or "B".
CREATE TRIGGER search_after_insert AFTER INSERT ON "Document" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'id');
CREATE TRIGGER search_after_update AFTER UPDATE ON "Document"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'id');
CREATE TRIGGER search_after_delete AFTER DELETE ON "Document" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'id');

CREATE TRIGGER search_after_insert AFTER INSERT ON "DocumentTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'documentId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "DocumentTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'documentId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "DocumentTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'documentId');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_DocumentToTheme" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_DocumentToTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_DocumentToTheme" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_CountryToDocument" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'B');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_CountryToDocument"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'B');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_CountryToDocument" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'B');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_DocumentToMechanism" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_DocumentToMechanism"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_DocumentToMechanism" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('document', 'A');

CREATE TRIGGER search_after_insert AFTER INSERT ON "StoredFile" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('file', 'id');
CREATE TRIGGER search_after_update AFTER UPDATE ON "StoredFile"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('file', 'id');
CREATE TRIGGER search_after_delete AFTER DELETE ON "StoredFile" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('file', 'id');

CREATE TRIGGER search_after_insert AFTER INSERT ON "Mechanism" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'id');
CREATE TRIGGER search_after_update AFTER UPDATE ON "Mechanism"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'id');
CREATE TRIGGER search_after_delete AFTER DELETE ON "Mechanism" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'id');

CREATE TRIGGER search_after_insert AFTER INSERT ON "MechanismTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'mechanismId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "MechanismTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'mechanismId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "MechanismTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('mechanism', 'mechanismId');

CREATE TRIGGER search_after_insert AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'id');
CREATE TRIGGER search_after_update AFTER UPDATE ON "Event"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'id');
CREATE TRIGGER search_after_delete AFTER DELETE ON "Event" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'id');

CREATE TRIGGER search_after_insert AFTER INSERT ON "EventTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'eventId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "EventTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'eventId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "EventTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'eventId');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_EventToMechanism" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'A');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_EventToMechanism"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'A');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_EventToMechanism" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('event', 'A');

CREATE TRIGGER search_after_insert AFTER INSERT ON "CountryTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('country', 'countryId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "CountryTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('country', 'countryId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "CountryTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('country', 'countryId');

CREATE TRIGGER search_after_insert AFTER INSERT ON "ThemeTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('theme', 'themeId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "ThemeTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('theme', 'themeId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "ThemeTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('theme', 'themeId');

-- Backfill what is already there.
SELECT search_refresh_documents(ARRAY(SELECT id FROM "Document"));
SELECT search_refresh_mechanisms(ARRAY(SELECT id FROM "Mechanism"));
SELECT search_refresh_events(ARRAY(SELECT id FROM "Event"));
SELECT search_add_words(ARRAY(SELECT name FROM "CountryTranslation"));
