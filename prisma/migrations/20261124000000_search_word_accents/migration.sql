-- "Did you mean" shows a word as a name writes it. Names may spell a word with and without
-- accents (Spanish "Defensoría", Portuguese "Defensoria"): keep the accented form, whichever
-- was indexed first. Search ignores accents, so it finds both spellings, and the suggestion
-- no longer depends on the order in which names were saved.
-- No semicolon inside a statement: prisma migrate deploy splits this file at each one.
CREATE OR REPLACE FUNCTION search_add_words(texts text[]) RETURNS integer
LANGUAGE sql AS $$
  WITH added AS (
    INSERT INTO "SearchWord" AS s ("word", "display")
    SELECT DISTINCT ON (search_unaccent(lower(w))) search_unaccent(lower(w)), w
    FROM unnest(texts) t, regexp_split_to_table(t, '[^[:alnum:]]+') w
    WHERE char_length(w) >= 3
    ORDER BY search_unaccent(lower(w)), search_unaccent(w) = w, w
    ON CONFLICT ("word") DO UPDATE SET "display" = excluded."display"
      WHERE search_unaccent(s."display") = s."display"
        AND search_unaccent(excluded."display") <> excluded."display"
    RETURNING 1
  )
  SELECT count(*)::int FROM added
$$;

-- Words already indexed get their accented spelling where a published name has one.
SELECT search_add_words(ARRAY(
  SELECT concat_ws(' ', t.name, m.acronym)
  FROM "MechanismTranslation" t JOIN "Mechanism" m ON m.id = t."mechanismId"
  WHERE m.status = 'PUBLISHED'
  UNION ALL SELECT name FROM "CountryTranslation"));
