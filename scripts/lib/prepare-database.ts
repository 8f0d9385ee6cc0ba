import { migrateDeploy } from './migrate-deploy';
import { withMigrationLock } from './migration-lock';
import { run } from './run';

/**
 * Brings a database up to this version: migrations, the seed when it is empty, then the data
 * update (corrections to prisma/data reach databases seeded before them; fields editors changed
 * are kept and the corrections queued for review, src/server/data-update). One instance at a
 * time: the others wait on the advisory lock and then find nothing left to do.
 */
export const prepareDatabase = async (
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  step: (message: string) => void,
) => {
  step('Waiting for other instances preparing the database (advisory lock)');
  await withMigrationLock(databaseUrl, async () => {
    step('Applying database migrations (prisma migrate deploy)');
    // The real CLI, without the 10 s it idles after succeeding (see migrate-deploy.ts).
    await migrateDeploy(databaseUrl);

    step('Seeding the database (skipped by the seed when data exists)');
    await run('tsx', ['prisma/seed.ts'], { env: { ...env, DATABASE_URL: databaseUrl } });

    step("Updating the data from prisma/data (editors' changes are kept)");
    await run('tsx', ['prisma/update-data.ts'], { env: { ...env, DATABASE_URL: databaseUrl } });
  });
};
