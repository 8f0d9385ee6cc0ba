import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { addCompileHints, COMPILE_HINT } from '../../scripts/lib/compile-hints';

const SCRIPT = 'globalThis.loaded = (globalThis.loaded ?? 0) + 1;';
const STYLESHEET = 'body { color: black }';

let distDir: string;
const chunk = (name: string) => path.join(distDir, 'static', 'chunks', name);

beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'prevenir-hints-'));
  await mkdir(path.join(distDir, 'static', 'chunks'), { recursive: true });
  await writeFile(chunk('app.js'), SCRIPT);
  await writeFile(chunk('app.css'), STYLESHEET);
});

afterEach(() => rm(distDir, { recursive: true, force: true }));

it('puts the compile hint on the first line of every script, which still runs the same', async () => {
  expect(await addCompileHints(distDir)).toBe(1);

  const script = await readFile(chunk('app.js'), 'utf8');
  expect(script).toBe(COMPILE_HINT + SCRIPT);
  expect(script.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  const context: { loaded?: number } = {};
  runInNewContext(script, context);
  expect(context.loaded).toBe(1);
  expect(await readFile(chunk('app.css'), 'utf8')).toBe(STYLESHEET);
});

it('adds it once however often the build step runs', async () => {
  await addCompileHints(distDir);
  expect(await addCompileHints(distDir)).toBe(0);
  expect(await readFile(chunk('app.js'), 'utf8')).toBe(COMPILE_HINT + SCRIPT);
});
