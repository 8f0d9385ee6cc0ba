-- Cached public pages (scripts/lib/page-cache/) are dropped when a table they read changes.
-- Every server process LISTENs on "page_cache": a statement-level trigger sends the table's name
-- when a transaction that changed it commits (NOTIFY is transactional), whoever wrote: the app on
-- any instance, a background job, a script or psql. PostgreSQL folds the identical notifications
-- of one transaction into one. The migration runner splits files at every semicolon, hence the
-- E'' bodies with \x3b (as in the search migration) and no semicolons in these comments.
CREATE FUNCTION page_cache_notify() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(''page_cache'', TG_TABLE_NAME)\x3b
  RETURN NULL\x3b
END';

-- On every table but those written at every sign-in, request or mail, which public pages never
-- read (a page that reads a table without this trigger is never cached).
DO E'
DECLARE
  table_name text\x3b
BEGIN
  FOR table_name IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema()
      AND tablename NOT IN (''_prisma_migrations'', ''rate_limit'', ''UserSession'',
        ''PasswordResetToken'', ''MailDelivery'', ''SubscriptionScan'', ''Subscriber'')
  LOOP
    EXECUTE format(''CREATE TRIGGER page_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ''
      ''ON %I FOR EACH STATEMENT EXECUTE FUNCTION page_cache_notify()'', table_name)\x3b
  END LOOP\x3b
END';
