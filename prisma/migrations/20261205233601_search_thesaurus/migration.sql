-- CreateTable
CREATE TABLE "ThesaurusConcept" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThesaurusConcept_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesaurusTerm" (
    "id" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "term" TEXT NOT NULL,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,

    CONSTRAINT "ThesaurusTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ThesaurusConcept_key_key" ON "ThesaurusConcept"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ThesaurusTerm_conceptId_locale_term_key" ON "ThesaurusTerm"("conceptId", "locale", "term");

-- AddForeignKey
ALTER TABLE "ThesaurusTerm" ADD CONSTRAINT "ThesaurusTerm_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "ThesaurusConcept"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Query expansion (src/server/search/, README "Search"). Written by hand: Prisma's schema
-- language has no tsquery columns. Each term is kept as the words a query must contain to name
-- it in each language's stemming (the query's words are stemmed by every language, see
-- probe-search.ts). A term in one language stands, in that language, for its concept: its words
-- ANDed rather than as a phrase, so that GIN answers without re-reading long texts' positions.
-- No semicolon inside a statement: prisma migrate deploy splits the file at each one.
ALTER TABLE "ThesaurusTerm"
  ADD COLUMN "targetEs" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_es'::regconfig, "term")) STORED,
  ADD COLUMN "targetPt" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_pt'::regconfig, "term")) STORED,
  ADD COLUMN "targetEn" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_en'::regconfig, "term")) STORED;

-- GiST finds the terms a query contains (tsquery <@) without reading every term.
CREATE INDEX "ThesaurusTerm_targetEs_idx" ON "ThesaurusTerm" USING gist ("targetEs");
CREATE INDEX "ThesaurusTerm_targetPt_idx" ON "ThesaurusTerm" USING gist ("targetPt");
CREATE INDEX "ThesaurusTerm_targetEn_idx" ON "ThesaurusTerm" USING gist ("targetEn");

-- Country names are synonyms across languages too ("Paraguai MNP" finds the Paraguay NPM).
ALTER TABLE "CountryTranslation"
  ADD COLUMN "targetEs" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_es'::regconfig, "name")) STORED,
  ADD COLUMN "targetPt" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_pt'::regconfig, "name")) STORED,
  ADD COLUMN "targetEn" tsquery GENERATED ALWAYS AS (plainto_tsquery('public.search_en'::regconfig, "name")) STORED;

-- The terms (of the thesaurus, and country names) a query in one language's stemming contains,
-- and every term of their concepts in that language, as that language stems them.
CREATE OR REPLACE FUNCTION search_named_terms(q tsquery, lang text)
  RETURNS TABLE (concept text, locale text, target tsquery)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT t."conceptId", t.locale::text, t."targetEs" FROM "ThesaurusTerm" t
  WHERE lang = 'es' AND t."targetEs" <@ q AND numnode(t."targetEs") > 0
  UNION ALL
  SELECT t."conceptId", t.locale::text, t."targetPt" FROM "ThesaurusTerm" t
  WHERE lang = 'pt' AND t."targetPt" <@ q AND numnode(t."targetPt") > 0
  UNION ALL
  SELECT t."conceptId", t.locale::text, t."targetEn" FROM "ThesaurusTerm" t
  WHERE lang = 'en' AND t."targetEn" <@ q AND numnode(t."targetEn") > 0
  UNION ALL
  SELECT '~c' || n."countryId", n.locale::text,
         CASE lang WHEN 'es' THEN n."targetEs" WHEN 'pt' THEN n."targetPt" ELSE n."targetEn" END
  FROM "CountryTranslation" n JOIN "Country" c ON c.id = n."countryId" AND c.status = 'PUBLISHED'
  WHERE CASE lang WHEN 'es' THEN n."targetEs" WHEN 'pt' THEN n."targetPt" ELSE n."targetEn" END
        <@ q
$$;

CREATE OR REPLACE FUNCTION search_concept_terms(concept text, lang text) RETURNS SETOF tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE lang WHEN 'es' THEN t."targetEs" WHEN 'pt' THEN t."targetPt" ELSE t."targetEn" END
  FROM "ThesaurusTerm" t WHERE t."conceptId" = concept AND t.locale::text = lang
  UNION ALL
  SELECT CASE lang WHEN 'es' THEN n."targetEs" WHEN 'pt' THEN n."targetPt" ELSE n."targetEn" END
  FROM "CountryTranslation" n
  WHERE concept LIKE '~c%' AND n."countryId" = substr(concept, 3) AND n.locale::text = lang
$$;

-- A query (in one language's stemming) with every term it names replaced by "that term, or any
-- term of its concept in this language", e.g. in English
-- 'paraguay' & 'npm' → 'paraguay' & ('npm' | 'nation' & 'prevent' & 'mechan' | …).
-- ts_rewrite finds a term's words anywhere in an AND of the query, in any order. Each concept
-- named is rewritten once (by its longest term found), longer terms first. NULL when the query
-- names no term.
CREATE OR REPLACE FUNCTION search_expand(q tsquery, lang text) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH RECURSIVE named AS MATERIALIZED (
    SELECT DISTINCT ON (t.concept) t.concept, t.target
    FROM search_named_terms(q, lang) t
    ORDER BY t.concept, numnode(t.target) DESC
  ),
  hits AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY numnode(n.target) DESC, n.concept) AS n, n.target,
           ('(' || n.target::text || ') | ' || (
              SELECT string_agg(DISTINCT '(' || c::text || ')', ' | ')
              FROM search_concept_terms(n.concept, lang) c WHERE numnode(c) > 0))::tsquery
             AS substitute
    FROM named n
  ),
  rewritten (n, q) AS (
    SELECT 0::bigint, q
    UNION ALL
    SELECT r.n + 1, ts_rewrite(r.q, h.target, h.substitute)
    FROM rewritten r JOIN hits h ON h.n = r.n + 1
  )
  SELECT CASE WHEN max(n) > 0 THEN (array_agg(q ORDER BY n DESC))[1] END FROM rewritten
$$;
