// The checks the hostile-input run applies to every response (unit-tested in
// tests/unit/hostile-checks.test.ts, so that the run itself can fail honestly).
import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';

export type Observed = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
};

export type Expected = {
  /** A status the request must get (e.g. 413 for a body over the limit), not just any non-5xx. */
  status?: number;
  /** Forged Host / X-Forwarded-Host values, which no long response header may carry. */
  forged?: string[];
};

/** A response header this long that carries a forged host is a reflection gone wrong. */
export const MAX_REFLECTING_HEADER_BYTES = 2048;
/** Longer than Node's own clients (and most proxies) accept, whatever it carries. */
export const MAX_HEADER_BYTES = 16_384;

const SCRIPT_PAYLOAD = '<script>alert(1)</script>';

const TAG = /<([a-zA-Z][\w-]*)([^<>]*)>/g;
// Walks a tag's attributes in order, so a quoted value is consumed whole: an `on…=` inside it is
// text, while one after a stray quote (an attribute breakout) is an attribute.
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]*))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

const unquote = (value = '') => value.replace(/^(["'])([\s\S]*)\1$/, '$2');

/**
 * The injected markup that the browser would run, if any. Text that React escaped (`&lt;script…`)
 * and Next.js's RSC payload (JSON strings inside `self.__next_f.push`, with `<` as `\u003c`) are
 * inert; a raw `<script>` block, an `on…` handler or a `javascript:` URL in a real tag are not.
 */
export const activeInjection = (html: string): string | null => {
  if (html.includes(SCRIPT_PAYLOAD)) return SCRIPT_PAYLOAD;
  for (const [tag, , attributes = ''] of html.matchAll(TAG)) {
    for (const [, name = '', value] of attributes.matchAll(ATTRIBUTE)) {
      const text = unquote(value);
      const lower = name.toLowerCase();
      if (lower.startsWith('on') && text.includes('alert(1)')) return tag.slice(0, 120);
      if (URL_ATTRIBUTES.has(lower) && /^\s*javascript:/i.test(text)) return tag.slice(0, 120);
    }
  }
  return null;
};

const isHtml = (headers: Observed['headers']) =>
  String(headers['content-type'] ?? '').startsWith('text/html');

/** What is wrong with one response; an empty list when nothing is. */
export const problemsOf = (response: Observed, expected: Expected = {}): string[] => {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  else if (expected.status && response.status !== expected.status) {
    problems.push(`status ${response.status}, expected ${expected.status}`);
  }
  for (const { key } of RESPONSE_HEADERS) {
    if (!response.headers[key.toLowerCase()]) problems.push(`no ${key}`);
  }
  if (isHtml(response.headers) && !response.headers['content-security-policy']) {
    problems.push('no Content-Security-Policy');
  }
  // JSON (served with nosniff) may carry the query as data; only HTML must never carry markup.
  const injected = isHtml(response.headers) ? activeInjection(response.body) : null;
  if (injected) problems.push(`unescaped ${injected}`);
  const forged = (expected.forged ?? []).map((value) => value.slice(0, 64));
  for (const [name, value] of Object.entries(response.headers)) {
    const text = String(value ?? '');
    if (
      text.length > MAX_HEADER_BYTES ||
      (text.length > MAX_REFLECTING_HEADER_BYTES && forged.some((host) => text.includes(host)))
    ) {
      problems.push(`header ${name} of ${text.length} bytes`);
    }
    // Next.js's own routing headers: a response carries one when the proxy rewrote the request
    // (to another origin, which Next.js then fetched over HTTP).
    if (name.startsWith('x-middleware-')) problems.push(`internal header ${name}`);
  }
  return problems;
};
