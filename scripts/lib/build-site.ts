import type { SpawnOptions } from 'node:child_process';

import { addCompileHints } from './compile-hints';
import { distDirOf } from './dist-dir';
import { precompressStaticAssets } from './precompressed-assets';
import { run } from './run';

/**
 * The production build: `next build`, then V8's compile hint on its scripts, then their brotli
 * copies (after the hints, which change the scripts' bytes).
 */
export const buildSite = async (options: SpawnOptions & { env: NodeJS.ProcessEnv }) => {
  await run('next', ['build'], options);
  await addCompileHints(distDirOf(options.env));
  await precompressStaticAssets(distDirOf(options.env));
};
