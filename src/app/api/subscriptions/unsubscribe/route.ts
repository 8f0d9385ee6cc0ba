// GET, POST /api/subscriptions/unsubscribe – the List-Unsubscribe address of every mail
import { getPathname } from '@/i18n/navigation';
import { ZUnsubscribeQuerySchema } from '@/lib/validation/subscriptions';
import { deleteSubscription } from '@/server/subscriptions/delete-subscription';
import { verifySubscriptionToken } from '@/server/subscriptions/subscription-token';

const queryOf = (request: Request) =>
  ZUnsubscribeQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));

const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * One-click unsubscribe (RFC 8058): mail providers POST `List-Unsubscribe=One-Click` here from
 * their servers, without a session or a matching Origin, so no Origin check: the signed token
 * is the permission. The body is not read (it says nothing the URL does not).
 */
export const POST = async (request: Request) => {
  const query = queryOf(request);
  if (!query.success || !verifySubscriptionToken(query.data.token, 'unsubscribe')) {
    return text('Invalid unsubscribe link.\n', 400);
  }
  // A genuine link whose subscriber is already gone is a repeated click: the same answer.
  await deleteSubscription({ token: query.data.token, purpose: 'unsubscribe' });
  return text('Unsubscribed.\n', 200);
};

/** Someone opened the address in a browser: the page with the button (a GET changes nothing). */
export const GET = async (request: Request) => {
  const query = queryOf(request);
  const href = query.success
    ? { pathname: '/subscribe/unsubscribe', query: { token: query.data.token } }
    : '/subscribe/unsubscribe';
  const locale = query.success ? query.data.lang : 'es';
  return new Response(null, {
    status: 303,
    headers: { Location: getPathname({ href, locale }), 'Cache-Control': 'no-store' },
  });
};
