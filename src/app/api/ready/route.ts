// GET /api/ready – readiness: 200 once the database answers and every migration is applied,
// otherwise 503 with Retry-After (src/server/health/).
import { env } from '@/env';
import { checkReadiness } from '@/server/health/check-readiness';
import { readinessResponse } from '@/server/health/readiness-response';

export const dynamic = 'force-dynamic';

export const GET = async () =>
  readinessResponse(await checkReadiness({ databaseUrl: env.DATABASE_URL }));
