// `npm start`'s watch over its embedded PostgreSQL: when the server dies or stops accepting
// connections, it is started again on the same files and port, with growing pauses between failed
// attempts and a limit on them. Meanwhile the production server answers pages with 503
// (scripts/lib/database-gate.ts), and Prisma's pool reconnects on the next query.
import { setTimeout as sleep } from 'node:timers/promises';

export type SuperviseDatabaseOptions = {
  /** Whether the server is alive and accepts connections. */
  isUp: () => Promise<boolean>;
  /** Starts the server again on the same files and port. */
  restart: () => Promise<void>;
  log: (message: string) => void;
  /** Called once every attempt has failed; the watch has ended. */
  giveUp: (error: Error) => void;
  /** Pause between two checks of a server that seems fine. */
  intervalMs?: number;
  maxAttempts?: number;
  /** Pause after the first failed attempt, doubled after each further one. */
  backoffMs?: number;
};

export type DatabaseSupervisor = {
  /** Restarts at once (the server's exit was just seen) instead of at the next check. */
  restartNow: (reason: string) => void;
  /** Ends the watch and interrupts a pause between attempts. */
  stop: () => void;
};

export const superviseDatabase = ({
  isUp,
  restart,
  log,
  giveUp,
  intervalMs = 2000,
  maxAttempts = 5,
  backoffMs = 1000,
}: SuperviseDatabaseOptions): DatabaseSupervisor => {
  const stopping = new AbortController();
  let recovering = false;
  let misses = 0;

  const recover = async (why: string) => {
    recovering = true;
    let reason = why;
    try {
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        log(
          `PostgreSQL stopped (${reason}): restarting it, attempt ${attempt} of ${maxAttempts}; ` +
            'pages answer 503 meanwhile',
        );
        try {
          await restart();
          if (!stopping.signal.aborted) log('PostgreSQL is running again');
          misses = 0;
          return;
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
        }
        if (stopping.signal.aborted) return;
        if (attempt < maxAttempts) {
          const aborted = await sleep(backoffMs * 2 ** (attempt - 1), false, {
            signal: stopping.signal,
          }).catch(() => true);
          if (aborted) return;
        }
      }
      stopping.abort();
      clearInterval(timer);
      giveUp(
        new Error(`PostgreSQL could not be restarted after ${maxAttempts} attempts: ${reason}`),
      );
    } finally {
      recovering = false;
    }
  };

  const check = async () => {
    if (recovering || stopping.signal.aborted) return;
    if (await isUp()) {
      misses = 0;
      return;
    }
    // Two misses in a row: one refused connection may be a busy moment, not a dead server.
    misses += 1;
    if (misses >= 2 && !recovering && !stopping.signal.aborted) {
      await recover('it stopped accepting connections');
    }
  };

  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();

  return {
    restartNow: (reason) => {
      if (!recovering && !stopping.signal.aborted) void recover(reason);
    },
    stop: () => {
      stopping.abort();
      clearInterval(timer);
    },
  };
};
