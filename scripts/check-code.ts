// `npm run check`: the type check, ESLint and Prettier on two cores. Each is single-threaded, so
// ESLint (the longest) runs in one lane and the type check then Prettier in the other. Each
// one's output is printed in one piece when it ends, never interleaved with the others'.
import { run, spawnBin, waitForExit } from './lib/run';

type Check = [bin: string, args: string[]];

const LANES: Check[][] = [
  [['eslint', ['--max-warnings=0', '.']]],
  [
    ['tsc', ['--noEmit']],
    ['prettier', ['--check', '.']],
  ],
];

const check = async ([bin, args]: Check) => {
  const started = performance.now();
  const child = spawnBin(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await waitForExit(child);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `\n▶ ${bin} ${args.join(' ')}: ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds} s`,
  );
  if (output.trim()) console.log(output.trimEnd());
  return code;
};

// Route types first: the type check and the typed lint rules read them.
await run('next', ['typegen']);
const runLane = async (lane: Check[]) => {
  const codes: number[] = [];
  for (const item of lane) codes.push(await check(item));
  return codes;
};
const codes = (await Promise.all(LANES.map(runLane))).flat();
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
