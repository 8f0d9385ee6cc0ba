/** Entries per feed: the latest ones, enough for a reader polling a few times a day. */
export const FEED_SIZE = 50;
