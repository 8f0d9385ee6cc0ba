// The production server's answer while the database is unreachable (a crash, a restart by
// `npm start`, an external server down): a small 503 page in the language of the path, with
// Retry-After and the security headers, instead of Next.js's 500 on every page.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';
import type { DatabaseHealth } from './database-health';

export const RETRY_AFTER_SECONDS = 10;

type UnavailableMessages = { Unavailable: { title: string; description: string } };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The 503 page of each language (the path's prefix; Spanish, the default, otherwise). */
const unavailablePages = (messagesDir: string) => {
  const pages = new Map<string, string>();
  for (const locale of ['es', 'pt', 'en']) {
    const { Unavailable } = JSON.parse(
      readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'),
    ) as UnavailableMessages;
    const title = escapeHtml(Unavailable.title);
    pages.set(
      locale,
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${title}</title></head><body style="font-family:system-ui,sans-serif;` +
        `max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1>` +
        `<p>${escapeHtml(Unavailable.description)}</p></body></html>\n`,
    );
  }
  return pages;
};

export type DatabaseGateOptions = { health: DatabaseHealth; messagesDir?: string };

/**
 * The health endpoints answer for themselves: liveness (`/api/health`) must stay 200 while the
 * database is down, or an orchestrator would restart a process that is fine; readiness
 * (`/api/ready`) says 503 in JSON, with what is missing. Their own 503 is no page failing either.
 */
const HEALTH_PATH = /^\/api\/(?:health|ready)(?:[?#]|$)/;

/**
 * Returns the gate: it answers a request with the 503 page while the database is down (true), or
 * lets it through (false) and watches its answer, so that a failed request leads to a check.
 * The build's static files need no database and always pass, as do the health endpoints.
 */
export const createDatabaseGate = ({ health, messagesDir = 'messages' }: DatabaseGateOptions) => {
  const pages = unavailablePages(messagesDir);
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.url?.startsWith('/_next/static/')) return false;
    if (HEALTH_PATH.test(request.url ?? '')) return false;
    if (await health.isUp()) {
      response.once('finish', () => {
        if (response.statusCode >= 500) health.reportFailure();
      });
      return false;
    }
    const locale = /^\/(es|pt|en)(?:[/?#]|$)/.exec(request.url ?? '')?.[1] ?? 'es';
    for (const { key, value } of RESPONSE_HEADERS) response.setHeader(key, value);
    response.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      // The page is static: nothing but its own inline style may load.
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    response.end(request.method === 'HEAD' ? undefined : pages.get(locale));
    return true;
  };
};
