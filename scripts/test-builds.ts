// `npm run test:builds`: one deployment, several builds. Instances of one deployment are built
// separately (or a rolling deploy replaces them one by one), so a page one instance rendered is
// often answered by another. This builds the site twice more from the same source with the same
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY as build A: B with A's deployment id, C with another one.
// A runs from the repository (as `npm start` does), B and C from their standalone folders (as the
// Docker image does), on one throwaway database, behind a proxy that switches between them.
// Checked in Chromium:
//   1. a form A rendered and B answers, with JavaScript (a server action call): accepted;
//   2. the same without JavaScript (the form's own POST): accepted;
//   3. a link on A's page that C answers: a page load of C's page (links are plain anchors, so
//      no RSC payload of one deployment ever reaches another's router);
//   4. A's form that C answers: the action runs, and the page is loaded again from C.
//
//   npm run test:builds                      builds A, B and C (.next-builds-*)
//   npm run test:builds -- --reuse .next     A is an existing build (CI: the e2e run's)
//   npm run test:builds -- --skip-build      the builds made by the last run
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, chromium, type Page } from '@playwright/test';

import { buildIdentity } from './lib/build-identity';
import { buildSite } from './lib/build-site';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { migrateDeploy } from './lib/migrate-deploy';
import { run } from './lib/run';
import { STANDALONE_SERVER } from './lib/standalone';
import { startSwitchingProxy } from './lib/switching-proxy';

const { values: options } = parseArgs({
  options: { reuse: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } },
});
const DIST = { a: options.reuse ?? '.next-builds-a', b: '.next-builds-b', c: '.next-builds-c' };
const PORTS = { a: 3461, b: 3462, c: 3463 };
const DB_PORT = Number(process.env.TEST_BUILDS_DB_PORT ?? 5761);
const OPERATORS = 'operators@prevenir.test';

const say = (message: string) => console.log(`\n▶ ${message}`);
const failures: string[] = [];
const check = (name: string, ok: boolean, detail = '') => {
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(name);
};

/** The key and deployment id a build was made with: B and C are built with the same key. */
const build = async (distDir: string, key: string, deploymentId: string) => {
  const started = performance.now();
  await buildSite({
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key,
      DEPLOYMENT_ID: deploymentId,
      NEXT_TELEMETRY_DISABLED: '1',
      // The build loads src/env.ts, which needs a well-formed URL; nothing connects to it.
      DATABASE_URL: 'postgresql://build:build@127.0.0.1:5432/build',
    },
    stdio: 'ignore',
  });
  console.log(`  built ${distDir} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
};

const prepareBuilds = async () => {
  if (!options['skip-build'] && !options.reuse) {
    say(`Building A into ${DIST.a}`);
    await build(DIST.a, randomBytes(32).toString('base64'), `builds-${Date.now().toString(36)}`);
  }
  const a = await buildIdentity(DIST.a);
  const other = `${a.deploymentId}-next`;
  if (!options['skip-build']) {
    say(`Building B (deployment ${a.deploymentId}) and C (deployment ${other}), A's key`);
    await build(DIST.b, a.key, a.deploymentId);
    await build(DIST.c, a.key, other);
  }
  const [b, c] = await Promise.all([buildIdentity(DIST.b), buildIdentity(DIST.c)]);
  const sameDeployment = b.deploymentId === a.deploymentId && c.deploymentId !== a.deploymentId;
  if (b.key !== a.key || c.key !== a.key || !sameDeployment) {
    throw new Error(
      'B and C were not built with A’s key and deployment id: run without --skip-build',
    );
  }
  console.log(`  A and B: deployment ${a.deploymentId}; C: ${c.deploymentId}`);
};

const servers = new Map<string, ChildProcess>();

/** A from the repository (scripts/serve.ts), B and C from their standalone folders. */
const startServer = (name: keyof typeof DIST, env: NodeJS.ProcessEnv, logDir: string) => {
  const standalone = name !== 'a';
  const child = spawn(
    process.execPath,
    standalone ? [STANDALONE_SERVER] : ['--import', 'tsx', 'scripts/serve.ts'],
    {
      cwd: standalone ? path.join(DIST[name], 'standalone') : undefined,
      env: { ...env, NEXT_DIST_DIR: DIST[name], PORT: String(PORTS[name]) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  servers.set(name, child);
};

const waitForServers = async (logDir: string) => {
  for (const [name, port] of Object.entries(PORTS)) {
    for (let attempt = 0; ; attempt++) {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (attempt > 120 || servers.get(name)?.exitCode !== null) {
        throw new Error(`Server ${name} did not start: see ${path.join(logDir, `${name}.log`)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
};

type Proxy = Awaited<ReturnType<typeof startSwitchingProxy>>;

/** Full page loads (documents) of the main frame from now on. */
const countDocumentLoads = (page: Page) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      loads.push(request.url());
    }
  });
  return loads;
};

/** Renders the contact form on A, then sends it once `answerer` answers; returns what it saw. */
const sendContactForm = async (
  browser: Browser,
  proxy: Proxy,
  answerer: 'b' | 'c',
  javaScript: boolean,
) => {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  proxy.use('a');
  await page.goto(`${proxy.url}/en/contact`, { waitUntil: javaScript ? 'networkidle' : 'load' });
  await page.getByLabel('Your e-mail address').fill('visitor@prevenir.test');
  await page.getByLabel('Message').fill('One deployment, several builds.');
  // The form refuses what is sent within 3 seconds of its rendering (a bot's speed).
  await page.waitForTimeout(3_500);
  const before = proxy.log.length;
  const loads = countDocumentLoads(page);
  proxy.use(answerer);
  await page.getByRole('button', { name: 'Send the message' }).click();
  const sent = await page
    .getByRole('status')
    .filter({ hasText: 'Your message has been sent' })
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const posts = proxy.log.slice(before).filter((entry) => entry.method === 'POST');
  await context.close();
  return { sent, posts, loads };
};

/** Opens a page of A, then follows a link that C answers; returns what it saw. */
const followLinkToC = async (browser: Browser, proxy: Proxy) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  proxy.use('a');
  await page.goto(`${proxy.url}/en/contact`, { waitUntil: 'networkidle' });
  const loads = countDocumentLoads(page);
  const before = proxy.log.length;
  proxy.use('c');
  await page.locator('main a[href="/en/countries"]').first().click();
  await page.waitForURL(/\/en\/countries$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const answered = proxy.log.slice(before).filter((entry) => entry.upstream === 'c');
  await context.close();
  return { loads, answered };
};

const runChecks = async (proxy: Proxy) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    say('1. A renders the contact form, B answers its server action (JavaScript)');
    const withJs = await sendContactForm(browser, proxy, 'b', true);
    const jsPost = withJs.posts.find((post) => post.action);
    check('the action call reached B', jsPost?.upstream === 'b', jsPost?.url);
    check('B ran it: the page says the message was sent', withJs.sent);

    say('2. The same without JavaScript: the form’s own POST');
    const noJs = await sendContactForm(browser, proxy, 'b', false);
    check('the POST reached B', noJs.posts[0]?.upstream === 'b', noJs.posts[0]?.url);
    check('B ran it: the page says the message was sent', noJs.sent);

    say('3. A link on a page from A, answered by C (another deployment)');
    const skew = await followLinkToC(browser, proxy);
    check('C answered', skew.answered.length > 0);
    check('a page load', skew.loads.length > 0, skew.loads.join());
    check('no RSC payload asked for', !skew.answered.some((entry) => entry.rsc));

    say('4. A renders the contact form, C answers its server action');
    const skewAction = await sendContactForm(browser, proxy, 'c', true);
    const cPost = skewAction.posts.find((post) => post.action);
    check('the action call reached C (same key: same action ids)', cPost?.upstream === 'c');
    check('the page was loaded again, from C', skewAction.loads.length > 0 && skewAction.sent);
  } finally {
    await browser.close();
  }
};

const main = async () => {
  const started = performance.now();
  await prepareBuilds();
  for (const name of ['b', 'c'] as const) {
    if (!existsSync(path.join(DIST[name], 'standalone', STANDALONE_SERVER))) {
      throw new Error(`${DIST[name]}/standalone has no ${STANDALONE_SERVER}`);
    }
  }

  const workDir = mkdtempSync(path.join(tmpdir(), 'prevenir-builds-'));
  say(`A throwaway PostgreSQL on port ${DB_PORT} (servers' logs in ${workDir})`);
  const database = await startEmbeddedPostgres({
    // Its own folder: PostgreSQL runs as another user, who could not enter workDir.
    dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-builds-db-')),
    port: DB_PORT,
    database: 'builds',
    persistent: false,
  });
  const proxy = await startSwitchingProxy({ a: PORTS.a, b: PORTS.b, c: PORTS.c });
  try {
    await migrateDeploy(database.url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      HOSTNAME: '127.0.0.1',
      SITE_URL: proxy.url,
      AUTH_SECRET: randomBytes(32).toString('base64'),
      CONTACT_EMAIL: OPERATORS,
      MAIL_WORKER: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await run('tsx', ['prisma/seed.ts'], { env, stdio: 'ignore' });
    say('Starting A (scripts/serve.ts), B and C (standalone) behind one proxy');
    for (const name of ['a', 'b', 'c'] as const) startServer(name, env, workDir);
    await waitForServers(workDir);
    await runChecks(proxy);
  } finally {
    for (const server of servers.values()) server.kill('SIGTERM');
    await proxy.close();
    await database.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (failures.length > 0) {
    console.error(`\n✗ ${failures.length} check(s) failed in ${seconds} s`);
    return 1;
  }
  console.log(`\n✓ All checks passed in ${seconds} s`);
  return 0;
};

process.exit(await main());
