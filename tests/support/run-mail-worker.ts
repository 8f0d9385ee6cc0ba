// The mail worker in a process of its own, for tests that kill it in the middle of a send.
// Run with `tsx --conditions=react-server` (as scripts/create-user.ts is): `server-only` is then
// the empty module Next.js's server bundle makes it. Configured by the environment (DATABASE_URL,
// SMTP_URL, SITE_URL, AUTH_SECRET).
import { startMailWorker } from '@/server/subscriptions/start-mail-worker';

await startMailWorker({ schedule: false, pollingIntervalSeconds: 0.5 });
console.log('mail worker ready');
