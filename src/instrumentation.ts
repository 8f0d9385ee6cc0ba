// Next.js runs register() once when a server process starts (`npm start`, `next start`,
// `next dev`; never during `next build`): every app instance starts the mail worker, the
// follow-up reminders, the optional scheduled treaty check and the data download's jobs here,
// and tracing through OpenTelemetry when a collector is configured.
import type { Instrumentation } from 'next';

export const register = async () => {
  // The comparison is inlined at build time, so the edge build leaves the worker out entirely.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTracingIfConfigured } = await import('@/server/telemetry/start-tracing');
    await startTracingIfConfigured();
    const { startMailWorkerInBackground } =
      await import('@/server/subscriptions/start-mail-worker-in-background');
    startMailWorkerInBackground();
    const { startTreatyCheckInBackground } =
      await import('@/server/treaty-check/start-treaty-check-in-background');
    startTreatyCheckInBackground();
    const { startFollowUpRemindersInBackground } =
      await import('@/server/follow-up-reminders/start-follow-up-reminders-in-background');
    startFollowUpRemindersInBackground();
    const { startDataDownloadInBackground } =
      await import('@/server/data-download/start-data-download-in-background');
    startDataDownloadInBackground();
  }
};

/** Every server error: logged, and an error span when tracing is on. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { reportRequestError } = await import('@/server/telemetry/report-request-error');
    reportRequestError(...args);
  }
};
