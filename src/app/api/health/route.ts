// GET /api/health – liveness: the process serves requests. Never touches the database, so a
// database outage does not get the app restarted (scripts/serve.ts's database gate lets it through).
export const dynamic = 'force-dynamic';

export const GET = () =>
  Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
