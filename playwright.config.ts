import { defineConfig, devices } from '@playwright/test';

import { E2E_DB_PORT, E2E_PORT as PORT, E2E_SMTP_PORT } from './tests/e2e/fixtures/ports';

const baseURL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  // The SMTP server the site mails to (tests/e2e/fixtures/mailbox.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  // Twice Playwright's default: on a loaded 2-core machine three axe runs over the directory
  // took 23 s of a 30 s budget (two browsers, the server and PostgreSQL share the cores).
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Playwright cannot download browsers here: Debian's (apt-get install chromium).
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          // Without the networking flags Chromium keeps calling Google on a closed network.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    url: baseURL,
    env: {
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      // Empty means unset for scripts/start.ts: the e2e run gets its own embedded PostgreSQL.
      DATABASE_URL: '',
      PREVENIR_DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e-postgres',
      PREVENIR_DB_PORT: String(E2E_DB_PORT),
      // Links in mails point here (never at the request's Host header).
      SITE_URL: baseURL,
      // tests/e2e/global-setup.ts runs a real SMTP server on this port for the whole run.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: 'Prevenir e2e <no-reply@prevenir.test>',
      // The contact form's messages go here (tests/e2e/public/about-pages.spec.ts).
      CONTACT_EMAIL: 'operators@prevenir.test',
    },
    reuseExistingServer: !CI,
    // The first run builds the site.
    timeout: 6 * 60_000,
    stdout: 'pipe',
    // SIGTERM lets scripts/start.ts stop Next.js and PostgreSQL instead of being killed outright.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
