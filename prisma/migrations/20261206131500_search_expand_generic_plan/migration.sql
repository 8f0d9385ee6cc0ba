-- Query expansion (search_expand, in the search_thesaurus migration) runs three times per search,
-- once per language. Its statements took a custom plan at every call: PostgreSQL plans a
-- statement with parameters again each time unless a generic plan looks no costlier, and for
-- these it never does. Planning was most of the cost (about 1.6 ms a call against 0.3 ms of
-- execution). The generic plan is the same for any query and language (the language arms are
-- one-time filters), so it is made once per connection and reused: the search probe went from
-- about 9 ms to about 5.5 ms on the bench corpus. The setting applies to the statements of
-- search_expand and of the functions it calls, and only while it runs.
ALTER FUNCTION search_expand(tsquery, text) SET plan_cache_mode = force_generic_plan;
