// `npm start`'s watch over its embedded PostgreSQL: when the server stops answering, it is
// started again (and the production server answers 503 until it is back).
import { canConnect } from './database-health';

export type SuperviseDatabaseOptions = {
  port: number;
  /** Starts the server again on the same files and port. */
  restart: () => Promise<void>;
  log: (message: string) => void;
  intervalMs?: number;
};

export const superviseDatabase = ({
  port,
  restart,
  log,
  intervalMs = 2000,
}: SuperviseDatabaseOptions) => {
  let misses = 0;
  let busy = false;
  let stopped = false;
  const check = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      if (await canConnect('127.0.0.1', port, 1000)) {
        misses = 0;
        return;
      }
      // Two misses in a row: one may be a connection refused during a busy moment.
      misses += 1;
      if (misses < 2) return;
      log('PostgreSQL has stopped: restarting it (pages answer 503 meanwhile)');
      await restart();
      misses = 0;
      log('PostgreSQL is running again');
    } catch (error) {
      log(`PostgreSQL could not be restarted: ${(error as Error).message}; trying again`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
};
