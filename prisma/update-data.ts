// Brings an existing database in step with prisma/data (corrections, new sources, new rows),
// keeping what editors changed: `npm run db:update` (`npm start` runs it after the seed).
import { runDataUpdate } from '../src/server/data-update/run-data-update';
import { withDatabase } from './lib/with-database';

await withDatabase((prisma) => runDataUpdate(prisma));
