import { Worker } from 'node:worker_threads';

import { percentile } from '../lib/percentile';

/**
 * Runs in a worker, so the bench's own event loop stays free (it drains the database's logs):
 * a chain of SHA-256 digests, CPU only and nearly no garbage, sized at the machine's median speed
 * to take about `ms`, then repeated one at a time for `seconds`.
 */
const TASK = `
const { createHash } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');
const chain = (steps) => {
  let digest = Buffer.alloc(32);
  for (let i = 0; i < steps; i++) digest = createHash('sha256').update(digest).digest();
  return digest;
};
// Optimised by the JIT first: cold, a step takes about twice as long.
chain(20000);
const perStep = [];
for (let i = 0; i < 21; i++) {
  const start = performance.now();
  chain(500);
  perStep.push((performance.now() - start) / 500);
}
const typical = perStep.sort((a, b) => a - b)[10];
let steps = Math.max(1, Math.round(workerData.ms / typical));
// A long chain takes more per step than a short one (its garbage is collected on the way): sized
// again on chains of the real length, or the task ran about 1.5 times as long as asked.
const trials = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  chain(steps);
  trials.push(performance.now() - start);
}
steps = Math.max(1, Math.round((steps * workerData.ms) / trials.sort((a, b) => a - b)[2]));
const times = [];
const end = performance.now() + workerData.seconds * 1000;
while (performance.now() < end) {
  const start = performance.now();
  chain(steps);
  times.push(performance.now() - start);
}
parentPort.postMessage(times);
`;

/**
 * The machine's own noise at concurrency 1, as a reference for a latency percentile measured in
 * the same run: the same amount of CPU work done over and over has a p95 well above its p50 on a
 * shared machine, with no database, network or garbage collection involved.
 */
export const measureCpuNoise = async (ms: number, seconds: number) => {
  const times = await new Promise<number[]>((resolve, reject) => {
    const worker = new Worker(TASK, { eval: true, workerData: { ms, seconds } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  times.sort((a, b) => a - b);
  return { runs: times.length, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
};
