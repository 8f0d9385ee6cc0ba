import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Prints the percentiles read below (wrk's own --latency table has no p95). */
const PERCENTILES_SCRIPT = fileURLToPath(new URL('./wrk-percentiles.lua', import.meta.url));

export type LoadResult = {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
};

const latency = (output: string, percent: number) =>
  Number(
    new RegExp(`^percentiles-ms .*\\bp${percent}=([\\d.]+)`, 'm').exec(output)?.[1] ?? Number.NaN,
  );

/** wrk (Debian's package), one thread, `connections` kept busy for `seconds`. */
export const runWrk = async (
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> => {
  const { stdout } = await exec('wrk', [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    // wrk drops a request unanswered after 2 s from its latencies and counts it as an error: the
    // uncached search page at 50 connections queues close to that, and its p99 must include them.
    '--timeout',
    '10s',
    '--script',
    PERCENTILES_SCRIPT,
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ]);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1];
  const socketErrors = /Socket errors: .*timeout (\d+)/.exec(stdout)?.[1];
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN),
    requests: Number(/(\d+) requests in/.exec(stdout)?.[1] ?? Number.NaN),
    p50Ms: latency(stdout, 50),
    p95Ms: latency(stdout, 95),
    p99Ms: latency(stdout, 99),
    errors: Number(errors ?? 0) + Number(socketErrors ?? 0),
  };
};
