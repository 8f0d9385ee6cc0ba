import type { SpawnOptions } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';

import { actionsKeyProblem } from './actions-key';
import { addCompileHints } from './compile-hints';
import { distDirOf } from './dist-dir';
import { precompressStaticAssets } from './precompressed-assets';
import { run } from './run';
import { completeStandalone } from './standalone';

const TSCONFIG = 'tsconfig.json';

/**
 * The production build: `next build`, then V8's compile hint on its scripts, then their brotli
 * copies (after the hints, which change the scripts' bytes), then the standalone folder made
 * complete (scripts/lib/standalone.ts).
 *
 * Without DEPLOYMENT_ID each build gets its own (the time it started), so that pages from an
 * older build reload rather than mix with this one. Without NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
 * Next.js makes a key (kept in <distDir>/cache): fine for one build, but the forms of separate
 * builds then fail on each other's servers.
 */
export const buildSite = async (options: SpawnOptions & { env: NodeJS.ProcessEnv }) => {
  const keyProblem = actionsKeyProblem(options.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
  if (keyProblem) throw new Error(keyProblem);
  const deploymentId = options.env.DEPLOYMENT_ID || `build-${Date.now().toString(36)}`;
  // `next build` adds a NEXT_DIST_DIR's type folders to tsconfig.json's include. Put back as it
  // was, content and time: the file is committed, and a newer tsconfig.json would make the next
  // `npm start` rebuild `.next` (scripts/lib/needs-build.ts).
  const tsconfig = readFileSync(TSCONFIG);
  const { atime, mtime } = statSync(TSCONFIG);
  try {
    await run('next', ['build'], {
      ...options,
      env: { ...options.env, DEPLOYMENT_ID: deploymentId },
    });
  } finally {
    if (!readFileSync(TSCONFIG).equals(tsconfig)) {
      writeFileSync(TSCONFIG, tsconfig);
      utimesSync(TSCONFIG, atime, mtime);
    }
  }
  const distDir = distDirOf(options.env);
  await addCompileHints(distDir);
  await precompressStaticAssets(distDir);
  await completeStandalone(distDir);
};
