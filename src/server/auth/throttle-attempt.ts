import 'server-only';

import { RateLimiterRes } from 'rate-limiter-flexible';

import { FIRST_DELAY, MAX_DELAY, type Throttle } from './rate-limits';

export type ThrottleEntry = readonly [Throttle, string];

export type ThrottledAttempt =
  | { allowed: false; retryAfterMs: number }
  | {
      allowed: true;
      /** After a success: the attempt did not fail, and some series end (`clearOnSuccess`). */
      succeeded: () => Promise<void>;
    };

/** Resolves to the counter's state whether or not its points are spent. */
const settle = (promise: Promise<RateLimiterRes>) =>
  promise.catch((reason: unknown) => {
    if (reason instanceof RateLimiterRes) return reason;
    throw reason;
  });

/**
 * Counts one attempt on every key and says whether it may go on. Past a key's free failures, the
 * attempt needs that key's turn: one per delay, which doubles with every further failure. Both
 * counts are atomic in PostgreSQL, so parallel attempts cannot slip through together. A refused
 * attempt is taken back (waiting out a delay is enough; hammering does not lengthen it).
 */
export const throttleAttempt = async (
  entries: ReadonlyArray<ThrottleEntry>,
): Promise<ThrottledAttempt> => {
  const counted = await Promise.all(
    entries.map(async ([throttle, key]) => {
      const { consumedPoints } = await settle(throttle.failures.consume(key));
      if (consumedPoints < throttle.free) return { throttle, key, turn: null };
      const delay = Math.min(FIRST_DELAY * 2 ** (consumedPoints - throttle.free), MAX_DELAY);
      const turn = await settle(throttle.turns.consume(key, 1, { customDuration: delay }));
      return { throttle, key, turn };
    }),
  );
  // Takes this attempt back: its failure, and its turn when it got one.
  const forget = ({ throttle, key, turn }: (typeof counted)[number]) =>
    Promise.all([
      throttle.failures.reward(key),
      turn && turn.consumedPoints <= 1 ? throttle.turns.reward(key) : null,
    ]);
  const refused = counted.flatMap(({ turn }) => (turn && turn.consumedPoints > 1 ? [turn] : []));
  if (refused.length > 0) {
    await Promise.all(counted.map(forget));
    return { allowed: false, retryAfterMs: Math.max(...refused.map((turn) => turn.msBeforeNext)) };
  }
  return {
    allowed: true,
    succeeded: async () => {
      await Promise.all(
        counted.map((entry) =>
          entry.throttle.clearOnSuccess
            ? Promise.all([
                entry.throttle.failures.delete(entry.key),
                entry.throttle.turns.delete(entry.key),
              ])
            : forget(entry),
        ),
      );
    },
  };
};
