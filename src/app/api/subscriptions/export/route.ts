// GET /api/subscriptions/export – everything stored about a subscriber, as JSON (manage link)
import { ZExportQuerySchema } from '@/lib/validation/subscriptions';
import { exportSubscription } from '@/server/subscriptions/export-subscription';

const PRIVATE = { 'Cache-Control': 'no-store' };

export const GET = async (request: Request) => {
  const query = ZExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return Response.json({ error: 'Invalid parameters' }, { status: 400, headers: PRIVATE });
  }
  const data = await exportSubscription(query.data.token);
  if (!data) {
    return Response.json({ error: 'This link is not valid' }, { status: 404, headers: PRIVATE });
  }
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="prevenir-subscription.json"',
    },
  });
};
