-- Search's GIN indexes take each new entry at once instead of through a pending list.
-- With PostgreSQL's default (fastupdate = on) a write only appends its entries to an unsorted
-- list, merged into the index by VACUUM or once the list reaches 4 MB, and every search reads
-- the whole list meanwhile. On the bench corpus freshly written (2,000 documents, 500 events),
-- the search page took a median of about 77 ms at concurrency 1 until those lists were merged,
-- about 40 ms after. The portal's content changes a few times a day and is searched all the
-- time, so writes pay the merge, not searches.
ALTER INDEX "SearchEntry_head_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_textVector_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_head_level4_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_textVector_level4_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_head_level8_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_textVector_level8_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_head_level10_idx" SET (fastupdate = off);
ALTER INDEX "SearchEntry_textVector_level10_idx" SET (fastupdate = off);
ALTER INDEX "SearchWord_word_trgm_idx" SET (fastupdate = off);

-- What a database already has pending goes into the indexes now, not at its next VACUUM.
SELECT gin_clean_pending_list(index_name::regclass)
FROM unnest(ARRAY[
  '"SearchEntry_head_idx"', '"SearchEntry_textVector_idx"',
  '"SearchEntry_head_level4_idx"', '"SearchEntry_textVector_level4_idx"',
  '"SearchEntry_head_level8_idx"', '"SearchEntry_textVector_level8_idx"',
  '"SearchEntry_head_level10_idx"', '"SearchEntry_textVector_level10_idx"',
  '"SearchWord_word_trgm_idx"'
]) AS index_name;
