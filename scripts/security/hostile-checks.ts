// The checks the hostile-input run applies to every response (unit-tested in
// tests/unit/hostile-checks.test.ts, so that the run itself can fail honestly).
import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';

export type Observed = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
};

export const SLOW_MS = 2000;

/** Markup that must never come back as markup: each only ever appears unescaped by mistake. */
export const ACTIVE_MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  // Double quotes: single quotes are harmless inside the double-quoted attributes React writes.
  '" onmouseover="alert(1)',
];

/** A response header this long can only come from reflecting something (the Host, the path). */
export const MAX_HEADER_BYTES = 16_384;

const isHtml = (headers: Observed['headers']) =>
  String(headers['content-type'] ?? '').startsWith('text/html');

/** What is wrong with one response; an empty list when nothing is. */
export const problemsOf = (response: Observed): string[] => {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  for (const { key } of RESPONSE_HEADERS) {
    if (!response.headers[key.toLowerCase()]) problems.push(`no ${key}`);
  }
  if (
    isHtml(response.headers) &&
    response.status !== 400 &&
    !response.headers['content-security-policy']
  ) {
    problems.push('no Content-Security-Policy');
  }
  // JSON (served with nosniff) may carry the query as data; only HTML must never carry markup.
  const reflected =
    isHtml(response.headers) && ACTIVE_MARKUP.find((markup) => response.body.includes(markup));
  if (reflected) problems.push(`unescaped ${reflected}`);
  const longHeader = Object.entries(response.headers).find(
    ([, value]) => String(value ?? '').length > MAX_HEADER_BYTES,
  );
  if (longHeader) problems.push(`header ${longHeader[0]} of ${String(longHeader[1]).length} bytes`);
  if (response.ms > SLOW_MS) problems.push(`took ${Math.round(response.ms)} ms`);
  return problems;
};
