// Starts the run's SMTP server (tests/e2e/fixtures/mailbox.ts) before any spec, and stops it
// after the last one: specs in every worker read the mails it receives.
import { startMailbox } from './fixtures/mailbox';
import { E2E_SMTP_PORT } from './fixtures/ports';

export default async function globalSetup() {
  const stop = await startMailbox(E2E_SMTP_PORT);
  return stop;
}
