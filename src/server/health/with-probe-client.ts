// No 'server-only': scripts/serve.ts's database gate uses it outside Next.js too.
import pg from 'pg';

/**
 * Runs a health probe on a connection of its own (not the app's pool, which may be saturated or
 * broken), where connecting and each query time out after `timeoutMs`; the connection is closed
 * whatever happens. `probe` connects (`client.connect()`) and decides what a failure means.
 */
export const withProbeClient = async <T>(
  databaseUrl: string,
  timeoutMs: number,
  probe: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A connection that breaks after connecting reports here instead of crashing the process.
  client.on('error', () => undefined);
  try {
    return await probe(client);
  } finally {
    await client.end().catch(() => undefined);
  }
};
