// Seeds an empty database with sourced facts: `npm run db:seed` (or `prisma db seed`).
import { withDatabase } from './lib/with-database';
import { seedDatabase } from './seed/seed-database';

await withDatabase((prisma) => seedDatabase(prisma));
