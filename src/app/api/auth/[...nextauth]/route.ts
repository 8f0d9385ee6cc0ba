// GET|POST /api/auth/* – next-auth's endpoints (session, csrf, credentials callback, sign-out)
import NextAuth from 'next-auth';

import { getAuthOptions } from '@/server/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the secret is read at run time, not during `next build`.
const handler = (request: Request, context: Context) =>
  NextAuth(request as never, context as never, getAuthOptions()) as Promise<Response>;

export { handler as GET, handler as POST };
