// Next.js runs register() once when a server process starts (`npm start`, `next start`,
// `next dev`; never during `next build`): every app instance starts the mail worker here.
const RETRY_MS = 10_000;

const startWorker = async (): Promise<void> => {
  const { startMailWorker } = await import('@/server/subscriptions/start-mail-worker');
  try {
    await startMailWorker();
    console.log('[jobs] mail worker started');
  } catch (error) {
    // The database may still be starting or down: the site serves its 503 page meanwhile, and
    // the worker keeps trying.
    console.error(`[jobs] mail worker not started, retrying in ${RETRY_MS / 1000} s`, error);
    setTimeout(() => void startWorker(), RETRY_MS).unref();
  }
};

export const register = async () => {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MAIL_WORKER === 'off') return;
  // Not awaited: the site must not wait for (or fail with) the queue.
  void startWorker();
};
