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

CREATE INDEX "ThesaurusTerm_locale_idx" ON "ThesaurusTerm" ("conceptId", "locale");

-- A query (in one language's stemming) with every thesaurus term it contains replaced by
-- "that term, or any term of its concept in this language", e.g. in English
-- 'paraguay' & 'npm' → 'paraguay' & ('npm' | 'nation' & 'prevent' & 'mechan' | …).
-- ts_rewrite finds a term's words anywhere in an AND of the query, in any order. Longer terms
-- are rewritten first. NULL when the query names no term.
CREATE OR REPLACE FUNCTION search_expand(q tsquery, lang text) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH RECURSIVE terms AS (
    SELECT t."conceptId", t.locale::text AS locale,
           CASE lang WHEN 'es' THEN t."targetEs" WHEN 'pt' THEN t."targetPt"
                     ELSE t."targetEn" END AS target
    FROM "ThesaurusTerm" t
  ),
  hits AS (
    SELECT row_number() OVER (ORDER BY numnode(n.target) DESC, n.target::text) AS n, n.target,
           ('(' || n.target::text || ') | '
             || string_agg(DISTINCT '(' || p.target::text || ')', ' | '))::tsquery AS substitute
    FROM terms n
    JOIN terms p ON p."conceptId" = n."conceptId" AND p.locale = lang AND numnode(p.target) > 0
    WHERE numnode(n.target) > 0 AND q @> n.target
    GROUP BY n.target
  ),
  rewritten (n, q) AS (
    SELECT 0::bigint, q
    UNION ALL
    SELECT r.n + 1, ts_rewrite(r.q, h.target, h.substitute)
    FROM rewritten r JOIN hits h ON h.n = r.n + 1
  )
  SELECT CASE WHEN max(n) > 0 THEN (array_agg(q ORDER BY n DESC))[1] END FROM rewritten
$$;
