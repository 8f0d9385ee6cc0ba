-- Published recommendations in site search (src/server/search/), like documents, mechanisms and
-- events: one row per translation of the text. The title is "symbol § paragraph", the summary
-- the text, the subtype the body that issued it, and countries and themes are its facets.
-- A document symbol is one token to PostgreSQL's parser ("CAT/C/ARG/CO/7" → 'cat/c/arg/co/7'),
-- so a symbol typed whole matches as one word. Each leading part of the symbol cut at a "/"
-- ('cat/op', 'cat/op/pry', 'cat/op/pry/1') is stored too: "CAT/OP/PRY" finds every
-- recommendation of the SPT's reports on Paraguay. The paragraph's number is a word of the
-- title, so "CAT/C/ARG/CO/7 12" narrows to paragraph 12.
-- No semicolon inside a statement: prisma migrate deploy splits this file at each one.

ALTER TABLE "SearchEntry" DROP CONSTRAINT IF EXISTS "SearchEntry_entityType_check";
ALTER TABLE "SearchEntry" ADD CONSTRAINT "SearchEntry_entityType_check"
  CHECK ("entityType" IN ('document', 'mechanism', 'event', 'recommendation'));

-- The symbol's leading parts of two segments or more, as the parser reads each.
CREATE OR REPLACE FUNCTION search_symbol_parts(config regconfig, symbol text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT w.lexeme
    FROM (SELECT string_to_array(symbol, '/') AS parts) p,
         generate_series(2, cardinality(p.parts)) n,
         unnest(to_tsvector(config, array_to_string(p.parts[1:n], '/'))) w)) $$;

CREATE OR REPLACE FUNCTION search_refresh_recommendations(ids text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH source AS (
    SELECT r.id, t.locale::text AS locale, r."originalLocale"::text AS original_locale, r.slug,
           r.body::text AS body_code, r."issuedOn", search_clean(r.symbol) AS symbol,
           search_clean(r.symbol || ' § ' || r.paragraph) AS title,
           search_clean(t.text) AS summary,
           t.locale = coalesce(
             (SELECT o.locale FROM "RecommendationTranslation" o
              WHERE o."recommendationId" = r.id AND o.locale = r."originalLocale"),
             (SELECT min(o.locale) FROM "RecommendationTranslation" o
              WHERE o."recommendationId" = r.id)
           ) AS is_primary,
           links.theme_ids, links.country_ids,
           (SELECT string_agg(ct.name, ' ') FROM "CountryTranslation" ct
            WHERE ct."countryId" = ANY (links.country_ids) AND ct.locale = t.locale) AS labels
    FROM "Recommendation" r
    JOIN "RecommendationTranslation" t ON t."recommendationId" = r.id
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT x."B" FROM "_RecommendationToTheme" x WHERE x."A" = r.id) AS theme_ids,
             ARRAY(SELECT x."A" FROM "_CountryToRecommendation" x WHERE x."B" = r.id)
               AS country_ids) links
    WHERE r.id = ANY (ids) AND r.status = 'PUBLISHED'
  ),
  removed AS (
    DELETE FROM "SearchEntry" e
    WHERE e."entityType" = 'recommendation' AND e."entityId" = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM source s WHERE s.id = e."entityId" AND s.locale = e.locale)
  ),
  upserted AS (
    INSERT INTO "SearchEntry" AS e
    SELECT 'recommendation', s.id, s.locale, s.is_primary, s.original_locale, s.slug,
           s.body_code, s.title, s.summary, NULL, s."issuedOn",
           EXTRACT(YEAR FROM s."issuedOn")::int, s.theme_ids, s.country_ids,
           search_sample_key('recommendation', s.id),
           s.head, s.head
    FROM (SELECT w.*,
                 w.words || w.tags AS head
          FROM (SELECT source.*,
                 setweight(to_tsvector(search_config(locale), title), 'A')
                   || search_symbol_parts(search_config(locale), symbol)
                   || setweight(to_tsvector(search_config(locale), coalesce(summary, '')), 'B')
                   || setweight(to_tsvector(search_config(locale), coalesce(labels, '')), 'C')
                   AS words,
                 search_tags('recommendation', locale, is_primary,
                             EXTRACT(YEAR FROM "issuedOn")::int, theme_ids, country_ids,
                             search_sample_key('recommendation', id)) AS tags
                FROM source) w) s
    ON CONFLICT ("entityType", "entityId", "locale") DO UPDATE SET
      "isPrimary" = EXCLUDED."isPrimary", "originalLocale" = EXCLUDED."originalLocale",
      "slug" = EXCLUDED."slug", "subtype" = EXCLUDED."subtype", "title" = EXCLUDED."title",
      "summary" = EXCLUDED."summary", "sortDate" = EXCLUDED."sortDate", "year" = EXCLUDED."year",
      "themeIds" = EXCLUDED."themeIds", "countryIds" = EXCLUDED."countryIds",
      "head" = EXCLUDED."head", "textVector" = EXCLUDED."textVector"
    RETURNING 1
  )
  SELECT count(*)::int FROM upserted
$$;

-- As in the search migration, with recommendations: their own changes, and country names
-- (weight C) for those of a renamed country.
CREATE OR REPLACE FUNCTION search_refresh(kind text, ids text[]) RETURNS integer
LANGUAGE sql AS $$
  SELECT CASE kind
    WHEN 'document' THEN search_refresh_documents(ids)
    WHEN 'mechanism' THEN search_refresh_mechanisms(ids)
    WHEN 'event' THEN search_refresh_events(ids)
    WHEN 'recommendation' THEN search_refresh_recommendations(ids)
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
      + search_refresh_recommendations(ARRAY(SELECT "entityId" FROM "SearchEntry"
        WHERE "entityType" = 'recommendation' AND "countryIds" && ids))
      + search_add_words(ARRAY(SELECT name FROM "CountryTranslation" WHERE "countryId" = ANY (ids)))
    WHEN 'mechanism-country' THEN
      search_refresh_documents(ARRAY(SELECT "A" FROM "_DocumentToMechanism" WHERE "B" = ANY (ids)))
      + search_refresh_events(ARRAY(SELECT "A" FROM "_EventToMechanism" WHERE "B" = ANY (ids)))
    ELSE 0
  END
$$;

CREATE TRIGGER search_after_insert AFTER INSERT ON "Recommendation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'id');
CREATE TRIGGER search_after_update AFTER UPDATE ON "Recommendation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'id');
CREATE TRIGGER search_after_delete AFTER DELETE ON "Recommendation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'id');

CREATE TRIGGER search_after_insert AFTER INSERT ON "RecommendationTranslation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'recommendationId');
CREATE TRIGGER search_after_update AFTER UPDATE ON "RecommendationTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'recommendationId');
CREATE TRIGGER search_after_delete AFTER DELETE ON "RecommendationTranslation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'recommendationId');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_RecommendationToTheme" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'A');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_RecommendationToTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'A');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_RecommendationToTheme" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'A');

CREATE TRIGGER search_after_insert AFTER INSERT ON "_CountryToRecommendation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'B');
CREATE TRIGGER search_after_update AFTER UPDATE ON "_CountryToRecommendation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'B');
CREATE TRIGGER search_after_delete AFTER DELETE ON "_CountryToRecommendation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('recommendation', 'B');

-- Backfill what is already there.
SELECT search_refresh_recommendations(ARRAY(SELECT id FROM "Recommendation"));
