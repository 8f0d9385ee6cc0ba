// No 'server-only': scripts/serve.ts (outside Next.js's bundle) opens the context that the
// bundled server code reads, so both share one AsyncLocalStorage through a global symbol.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export type RequestContext = { requestId: string };

const KEY = Symbol.for('prevenir.request-context');
const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };

/** The request being served, for log lines written anywhere beneath its handler. */
export const requestContext = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

// Short printable tokens only: an id is copied into every log line and back to the client.
const WELL_FORMED = /^[\w.:-]{1,128}$/;

/**
 * The id of a request: the incoming X-Request-Id when the deployment trusts the proxy that sets
 * it (TRUST_REQUEST_ID=true) and it is well formed, otherwise a fresh one.
 */
export const requestIdFor = (incoming: string | string[] | undefined, trusted: boolean) =>
  trusted && typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
