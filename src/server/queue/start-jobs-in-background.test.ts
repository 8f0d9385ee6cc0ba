import { afterEach, describe, expect, it, vi } from 'vitest';

type Global = { prevenirJobsStarted?: boolean };

/** The module as a fresh process loads it, with MAIL_WORKER as given. */
const load = async (mailWorker: 'on' | 'off') => {
  vi.resetModules();
  vi.stubEnv('MAIL_WORKER', mailWorker);
  delete (globalThis as Global).prevenirJobsStarted;
  return import('./start-jobs-in-background');
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('startJobsInBackground', () => {
  it('keeps trying a job whose start failed (database down) every 10 s, without holding up the others', async () => {
    const { startJobsInBackground } = await load('on');
    vi.useFakeTimers();
    let databaseUp = false;
    const mail = vi.fn(async () => 'mail worker started');
    const check = vi.fn(async () => {
      if (!databaseUp) throw new Error('connect ECONNREFUSED');
      return 'treaty check scheduled';
    });
    startJobsInBackground({ mail, check });
    await vi.advanceTimersByTimeAsync(0);
    expect(mail).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(check).toHaveBeenCalledTimes(2);
    databaseUp = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(check).toHaveBeenCalledTimes(3);
    // Started: no more attempts, and the mail worker was never started twice.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(3);
    expect(mail).toHaveBeenCalledTimes(1);
  });

  it('starts the jobs once per process, however many bundles call it', async () => {
    const { startJobsInBackground } = await load('on');
    const start = vi.fn(async () => null);
    startJobsInBackground({ start });
    startJobsInBackground({ start });
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('works no job on an instance with MAIL_WORKER=off', async () => {
    const { startJobsInBackground } = await load('off');
    const start = vi.fn(async () => 'started');
    startJobsInBackground({ start });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(start).not.toHaveBeenCalled();
  });
});
