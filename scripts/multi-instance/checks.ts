// The four checks of `npm run test:multi` (issue 20, point 4), each done through HTTP as a user
// would: in Chromium for the editor's and the sign-in pages, with plain requests for public pages,
// downloads and the stream of writes. Each returns the figures it measured, or throws why not.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { hash } from '@node-rs/argon2';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import pg from 'pg';

import { makePdf } from '../../tests/support/make-pdf';
import { hiddenFields } from '../lib/server-action-form';
import type { Instance } from './instance';
import { UPSTREAM_HEADER } from './round-robin-proxy';

export type Setup = {
  browser: Browser;
  databaseUrl: string;
  /** The load balancer's origin. */
  lb: string;
  a: Instance;
  b: Instance;
  /** Each instance's STORAGE_DIR, which STORAGE_DIR=s3 must leave empty. */
  storageDirs: string[];
  /** Unique to this run, in every title and address it creates. */
  tag: string;
};

/** Issue 20: "a document published through instance A is visible on B within 2 s". */
export const PROPAGATION_LIMIT_MS = 2000;

const query = async <T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[]) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

export type Account = { id: string; email: string; password: string };

/** A back-office account written straight into the database, with a real argon2 hash. */
export const createAccount = async (
  databaseUrl: string,
  label: string,
  role: 'EDITOR' | 'ADMIN' = 'EDITOR',
): Promise<Account> => {
  const id = `multi-${randomUUID()}`;
  const email = `${label}-${id.slice(-8)}@prevenir.test`;
  const password = `passphrase ${randomUUID()}`;
  await query(
    databaseUrl,
    `INSERT INTO "User" (id, email, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [id, email, await hash(password), role],
  );
  return { id, email, password };
};

const SIGN_IN = {
  wrong: 'E-mail or password is incorrect.',
  limited: /too many attempts/i,
};

/** Submits the sign-in form of `origin` in English and waits for the back office or an error. */
const submitSignIn = async (page: Page, origin: string, email: string, password: string) => {
  await page.goto(`${origin}/en/sign-in`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('main form button[type=submit]').click();
  const error = page.getByRole('alert').filter({ hasText: SIGN_IN.wrong });
  await Promise.race([
    page.waitForURL(/\/en\/admin/, { timeout: 30_000 }),
    error.waitFor({ timeout: 30_000 }),
  ]);
  if (/\/en\/admin/.test(page.url())) return 'signed in';
  const text = (await error.first().textContent()) ?? '';
  return SIGN_IN.limited.test(text) ? 'limited' : 'wrong';
};

export const signInEditor = async (browser: Browser, origin: string, editor: Account) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outcome = await submitSignIn(page, origin, editor.email, editor.password);
  if (outcome !== 'signed in') throw new Error(`the editor could not sign in (${outcome})`);
  return { context, page };
};

/** A reader's request, in the page's language (else next-intl sets a cookie and nothing is cached). */
const fetchPage = async (url: string) => {
  const response = await fetch(url, { headers: { Accept: 'text/html', 'Accept-Language': 'en' } });
  return { response, html: await response.text() };
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [entry.name],
  );

/**
 * (a) and (b): the editor creates a document with a PDF on A and publishes it there; B's library
 * page, served from B's page cache until then, shows it within 2 s; B serves the PDF's bytes.
 */
export const publishOnAReadOnB = async (
  { databaseUrl, a, b, storageDirs, tag }: Setup,
  page: Page,
) => {
  const title = `Multi-instance report ${tag}`;
  const pdf = makePdf([`Uploaded through instance A ${tag}`]);
  await page.goto(`${a.origin}/en/admin/documents/new`);
  await page.locator('#f-translations-en-title').fill(title);
  // Dated today: the library lists the newest first, 20 to a page.
  await page.locator('#f-publishedOn').fill(new Date().toISOString().slice(0, 10));
  await page.locator('#f-file').setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/en\/admin\/documents\/[^/?]+\?done=created/);
  const id = /\/admin\/documents\/([^/?]+)/.exec(page.url())![1]!;

  // B's copy of the library page, made before the publication: only the notification can drop it.
  const library = `${b.origin}/en/documents`;
  await fetchPage(library);
  const cached = await fetchPage(library);
  if (cached.response.headers.get('x-page-cache') !== 'hit') {
    throw new Error(`B did not serve ${library} from its page cache before the publication`);
  }
  if (cached.html.includes(title)) throw new Error('B listed the draft before it was published');

  // Polled every 25 ms from the click on; the clock starts when A's answer to the publish arrives.
  let acknowledgedAt = 0;
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && !acknowledgedAt) {
      acknowledgedAt = performance.now();
    }
  });
  const clickedAt = performance.now();
  let polls = 0;
  const seenOnB = (async () => {
    while (performance.now() - clickedAt < 15_000) {
      polls += 1;
      if ((await fetchPage(library)).html.includes(title)) return performance.now();
      await delay(25);
    }
    throw new Error(`B's ${library} did not list the published document within 15 s`);
  })();
  // Awaited below; meanwhile its failure must not count as unhandled (which ends the process).
  seenOnB.catch(() => {});
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Published.', { exact: true }).waitFor();
  const seenAt = await seenOnB;
  if (!acknowledgedAt) throw new Error('Chromium saw no answer to the publish action');
  const propagationMs = Math.max(0, seenAt - acknowledgedAt);
  if (propagationMs > PROPAGATION_LIMIT_MS) {
    throw new Error(
      `B listed the document ${Math.round(propagationMs)} ms after A acknowledged the ` +
        `publication: more than ${PROPAGATION_LIMIT_MS} ms`,
    );
  }

  // (b) The PDF uploaded through A, downloaded from B's public document page as a reader would.
  const [row] = await query<{ slug: string }>(
    databaseUrl,
    'SELECT slug FROM "Document" WHERE id = $1',
    [id],
  );
  const documentPage = await fetchPage(`${b.origin}/en/documents/${row!.slug}`);
  const fileHref = /href="(\/api\/files\/[a-z0-9]+)"/.exec(documentPage.html)?.[1];
  if (!fileHref)
    throw new Error(
      `B's page of the document has no download link (${documentPage.response.status})`,
    );
  const download = await fetch(`${b.origin}${fileHref}`);
  const bytes = new Uint8Array(await download.arrayBuffer());
  if (download.status !== 200 || Buffer.compare(bytes, pdf) !== 0) {
    throw new Error(
      `B answered ${download.status} with ${bytes.length} bytes for the ${pdf.length}-byte PDF uploaded through A`,
    );
  }
  const local = storageDirs.flatMap(filesUnder);
  if (local.length > 0) throw new Error(`files in an instance's own folder: ${local.join(', ')}`);

  return {
    propagationMs,
    sinceClickMs: seenAt - clickedAt,
    polls,
    fileBytes: bytes.length,
  };
};

/**
 * (c) One account's failed sign-ins, alternating A and B from one client address: the sixth
 * attempt, on B, is refused as "too many attempts" even with the right password. Counted per
 * instance, B would have seen two failures only.
 */
export const signInLimitAcrossInstances = async ({ browser, databaseUrl, a, b }: Setup) => {
  const account = await createAccount(databaseUrl, 'limit');
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  const outcomes: string[] = [];
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const instance = attempt % 2 === 0 ? a : b;
      const outcome = await submitSignIn(page, instance.origin, account.email, 'wrong password 1');
      outcomes.push(`${instance.name}: ${outcome}`);
      if (outcome !== 'wrong') {
        throw new Error(
          `attempt ${attempt + 1} on ${instance.name} was ${outcome}, not refused as wrong`,
        );
      }
    }
    const last = await submitSignIn(page, b.origin, account.email, account.password);
    outcomes.push(`${b.name}: ${last}`);
    if (last !== 'limited') {
      throw new Error(
        `the sixth attempt (right password, on B) was "${last}", not refused as too many ` +
          `attempts: B did not count A's failures (${outcomes.join(', ')})`,
      );
    }
  } finally {
    await context.close();
  }
  return { outcomes };
};

const TITLE_FIELD = 'translations.en.title';

type Write = {
  n: number;
  title: string;
  startedAt: number;
  status: number | 'no answer';
  upstream: string | null;
  /** The new document's id, from the redirect that acknowledges the save. */
  id?: string;
};

/** "12 × 303 from A, 1 × no answer from none": what the writes got, for a failure's message. */
const tally = (writes: readonly Write[]) => {
  const counts = new Map<string, number>();
  for (const { status, upstream } of writes) {
    const key = `${status} from ${upstream ?? 'none'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(', ');
};

/**
 * (d) A stream of drafts created through the load balancer (the new-document form posted as a
 * browser without JavaScript does), with A killed (SIGKILL) in the middle: every write that got
 * its acknowledgement is in the database, and every write sent after the kill went to B.
 */
export const writesSurviveKill = async (
  { databaseUrl, lb, a, b, tag }: Setup,
  cookie: string,
  { workers = 4, beforeKillMs = 2500, afterKillMs = 3000 } = {},
) => {
  const form = await fetch(`${lb}/en/admin/documents/new`, { headers: { cookie } });
  const hidden = hiddenFields(await form.text(), TITLE_FIELD);
  if (hidden.length === 0) throw new Error('no server-action fields in the new-document form');

  const writes: Write[] = [];
  const started = performance.now();
  let killedAt = Number.POSITIVE_INFINITY;
  let stopAt = Number.POSITIVE_INFINITY;
  const send = async (n: number) => {
    const title = `Stream ${tag} ${n}`;
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.append('type', 'REPORT');
    body.append('originalLocale', 'en');
    body.append(TITLE_FIELD, title);
    const write: Write = {
      n,
      title,
      startedAt: performance.now(),
      status: 'no answer',
      upstream: null,
    };
    writes.push(write);
    try {
      const response = await fetch(`${lb}/en/admin/documents/new`, {
        method: 'POST',
        headers: { cookie, origin: lb, accept: 'text/html' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      write.status = response.status;
      write.upstream = response.headers.get(UPSTREAM_HEADER);
      const location = response.headers.get('location') ?? '';
      write.id = /\/admin\/documents\/([^/?]+)\?done=created/.exec(location)?.[1];
    } catch {
      // Cut off: not acknowledged.
    }
  };
  let next = 0;
  const worker = async () => {
    while (performance.now() < stopAt) await send((next += 1));
  };
  const stream = Promise.all(Array.from({ length: workers }, worker));
  await delay(beforeKillMs);
  await a.kill();
  killedAt = performance.now();
  stopAt = killedAt + afterKillMs;
  await stream;

  const acknowledged = writes.filter((write) => write.id);
  if (!acknowledged.some((write) => write.upstream === a.name && write.startedAt < killedAt)) {
    throw new Error(
      'no write was acknowledged by A before the kill, so the stream proves nothing ' +
        `(answers: ${tally(writes)})`,
    );
  }
  const afterKill = writes.filter((write) => write.startedAt > killedAt);
  const lost = afterKill.filter((write) => !write.id || write.upstream !== b.name);
  if (afterKill.length === 0 || lost.length > 0) {
    throw new Error(
      `${lost.length} of the ${afterKill.length} writes sent after the kill were not ` +
        `acknowledged by B (${lost.map((write) => `#${write.n}: ${write.status} from ${write.upstream}`).join(', ')})`,
    );
  }
  const stored = await query<{ id: string; title: string }>(
    databaseUrl,
    `SELECT d.id, t.title FROM "Document" d JOIN "DocumentTranslation" t ON t."documentId" = d.id
     WHERE t.locale = 'en' AND t.title LIKE $1`,
    [`Stream ${tag} %`],
  );
  const storedTitles = new Map(stored.map((row) => [row.id, row.title]));
  const missing = acknowledged.filter((write) => storedTitles.get(write.id!) !== write.title);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} acknowledged writes are not in the database: ${missing.map((write) => write.title).join(', ')}`,
    );
  }
  const unacknowledged = writes.filter((write) => !write.id);
  const storedTitleSet = new Set(stored.map((row) => row.title));
  return {
    sent: writes.length,
    acknowledged: acknowledged.length,
    byA: acknowledged.filter((write) => write.upstream === a.name).length,
    byB: acknowledged.filter((write) => write.upstream === b.name).length,
    afterKill: afterKill.length,
    unacknowledged: unacknowledged.length,
    unacknowledgedButStored: unacknowledged.filter((write) => storedTitleSet.has(write.title))
      .length,
    killedAfterMs: killedAt - started,
  };
};
