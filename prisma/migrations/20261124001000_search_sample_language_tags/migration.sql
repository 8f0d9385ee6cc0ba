-- Language, primary flag and sample level in one tag (they replace ~l<language>, ~p and
-- ~z<j> of the search migration): ~a<language> on every row, ~a<language>p on primary rows,
-- ~z<j><language> on every row of level j and ~z<j><language>p on primary ones. A query then
-- needs one tag per language instead of two or three, some of which nearly every row carries:
-- GIN has to step through each such long posting list, and that work, not the matching
-- itself, was most of a query's cost.
-- No semicolon inside a statement: prisma migrate deploy splits this file at each one.
CREATE OR REPLACE FUNCTION search_tags(
  entity_type text, locale text, is_primary boolean, year integer, theme_ids text[],
  country_ids text[], sample_key float8) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(
    ARRAY['~t' || entity_type, '~a' || locale]
    || CASE WHEN is_primary THEN ARRAY['~a' || locale || 'p'] ELSE ARRAY[]::text[] END
    || CASE WHEN year IS NOT NULL THEN ARRAY['~y' || year] ELSE ARRAY[]::text[] END
    || ARRAY(SELECT '~h' || id FROM unnest(theme_ids) id WHERE id IS NOT NULL)
    || ARRAY(SELECT '~c' || id FROM unnest(country_ids) id WHERE id IS NOT NULL)
    || ARRAY(SELECT tag FROM generate_series(0, 11) j,
               LATERAL (VALUES ('~z' || j || locale),
                               (CASE WHEN is_primary THEN '~z' || j || locale || 'p' END)) t(tag)
             WHERE floor(sample_key * 4096) < (1 << j) AND tag IS NOT NULL)) $$;

-- Rebuild the stored vectors with the new tags.
SELECT search_refresh_documents(ARRAY(SELECT id FROM "Document"));
SELECT search_refresh_mechanisms(ARRAY(SELECT id FROM "Mechanism"));
SELECT search_refresh_events(ARRAY(SELECT id FROM "Event"));
