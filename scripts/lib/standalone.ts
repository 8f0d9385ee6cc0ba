import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { build } from 'esbuild';

/** The production server's file in the standalone folder (the Docker image runs it). */
export const STANDALONE_SERVER = 'serve.mjs';

/**
 * Completes `next build`'s standalone folder (<distDir>/standalone: Next's traced server files and
 * production node_modules) into a tree that runs on its own: our server (scripts/serve.ts) bundled
 * in place of Next's server.js (removed: it has none of our server's gates), the build's static
 * files (with their brotli copies) and the folders the server reads at run time.
 *
 * The packages the build traced into the folder's node_modules stay imports (one `next` for the
 * server and the pages, one `pg`); the others the server uses (zod, proxy-addr, which the site's
 * chunks bundle) are bundled into it.
 */
export const completeStandalone = async (distDir: string) => {
  const root = path.join(distDir, 'standalone');
  await build({
    external: await installedPackages(path.join(root, 'node_modules')),
    entryPoints: ['scripts/serve.ts'],
    outfile: path.join(root, STANDALONE_SERVER),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS packages bundled in (compression) require Node's own modules: an ES module has no
    // `require` of its own, so the bundle gets one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  await rm(path.join(root, 'server.js'));
  await cp(path.join(distDir, 'static'), path.join(root, distDir, 'static'), { recursive: true });
  for (const [folder, keep] of RUNTIME_FOLDERS) {
    await cp(folder, path.join(root, folder), { recursive: true, filter: keep });
  }
};

/**
 * What the server reads from the working directory at run time, beyond the build's own files:
 * public/, the 503 page's messages (scripts/lib/database-gate.ts: the JSON files, not the
 * generated declarations) and the migrations' names (/api/ready, src/server/health).
 */
const RUNTIME_FOLDERS: Array<[string, (source: string) => boolean]> = [
  ['public', () => true],
  ['messages', (source) => source === 'messages' || source.endsWith('.json')],
  ['prisma/migrations', () => true],
];

/** The packages in a node_modules folder (`@scope/name` for scoped ones). */
const installedPackages = async (folder: string): Promise<string[]> => {
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.'));
  const scoped = names.filter((name) => name.startsWith('@'));
  const inScopes = await Promise.all(
    scoped.map(async (scope) =>
      (await readdir(path.join(folder, scope))).map((name) => `${scope}/${name}`),
    ),
  );
  return [...names.filter((name) => !name.startsWith('@')), ...inScopes.flat()];
};
