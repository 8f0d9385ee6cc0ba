// Next.js runs register() once when a server process starts (`npm start`, `next start`,
// `next dev`; never during `next build`): every app instance starts the mail worker here.
export const register = async () => {
  // The comparison is inlined at build time, so the edge build leaves the worker out entirely.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startMailWorkerInBackground } =
      await import('@/server/subscriptions/start-mail-worker-in-background');
    startMailWorkerInBackground();
  }
};
