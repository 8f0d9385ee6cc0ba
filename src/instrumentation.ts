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
    const [{ startJobsInBackground }, mail, treatyCheck, reminders, dataDownload] =
      await Promise.all([
        import('@/server/queue/start-jobs-in-background'),
        import('@/server/subscriptions/start-mail-worker'),
        import('@/server/treaty-check/start-treaty-check-schedule'),
        import('@/server/follow-up-reminders/start-follow-up-reminder-schedule'),
        import('@/server/data-download/start-data-download-worker'),
      ]);
    startJobsInBackground({
      'mail worker': async () => {
        await mail.startMailWorker();
        return 'mail worker started';
      },
      'treaty check': async () =>
        (await treatyCheck.startTreatyCheckSchedule()) ? 'treaty check scheduled' : null,
      'follow-up reminders': async () =>
        (await reminders.startFollowUpReminderSchedule()) ? 'follow-up reminders scheduled' : null,
      'data download worker': async () => {
        await dataDownload.startDataDownloadWorker();
        return 'data download worker started';
      },
    });
  }
};

/** Every server error: logged, and an error span when tracing is on. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { reportRequestError } = await import('@/server/telemetry/report-request-error');
    reportRequestError(...args);
  }
};
