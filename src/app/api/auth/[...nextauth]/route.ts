// GET|POST /api/auth/* – next-auth's endpoints (session, csrf, credentials callback, sign-out)
import NextAuth from 'next-auth';
import { z } from 'zod';

import { env } from '@/env';
import { routing } from '@/i18n/routing';
import { getAuthOptions } from '@/server/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// The endpoints next-auth serves for a credentials provider; anything else never reaches it.
const ZAuthPathSchema = z.union([
  z.tuple([z.enum(['session', 'csrf', 'providers', 'signin', 'signout', '_log'])]),
  z.tuple([z.enum(['signin', 'callback']), z.literal('credentials')]),
  z.tuple([z.literal('error')]),
]);

// Options are built per request so the secret is read at run time, not during `next build`.
const handler = async (request: Request, context: Context) => {
  const path = ZAuthPathSchema.safeParse((await context.params).nextauth);
  if (!path.success) return Response.json({ error: 'Not found' }, { status: 404 });
  // Our error page is the sign-in page: the `error` text is next-auth's, never shown or passed on.
  if (path.data[0] === 'error') {
    return Response.redirect(new URL(`/${routing.defaultLocale}/sign-in`, env.SITE_URL), 303);
  }
  return NextAuth(request as never, context as never, getAuthOptions()) as Promise<Response>;
};

export { handler as GET, handler as POST };
