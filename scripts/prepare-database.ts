// `npm run db:prepare`: migrations, seed and data update for the database in DATABASE_URL, what
// `npm start` does before serving. The Docker image's runtime stage has only the standalone
// server, so deployments run this once per release from the build stage (docker-compose.yml's
// `migrate` service) before the new instances start.
import { prepareDatabase } from './lib/prepare-database';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Set DATABASE_URL to the database to prepare.');
  process.exit(1);
}
await prepareDatabase(databaseUrl, process.env, (message) => console.log(`\n▶ ${message}`));
