import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { distDirOf } from './dist-dir';

// What the production build is made from, and the steps that make it. Generated files
// (src/generated, messages/*.d.json.ts) are left out: they follow from prisma/schema.prisma and
// messages/*.json, which are listed.
const INPUTS = [
  'src',
  'messages',
  'prisma/schema.prisma',
  'next.config.ts',
  'postcss.config.mjs',
  'global.ts',
  'tsconfig.json',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/lib/build-site.ts',
  'scripts/lib/compile-hints.ts',
  'scripts/lib/standalone.ts',
];
const GENERATED = [/^src\/generated(\/|$)/, /\.d\.json\.ts$/];

const newestMtime = (entry: string): number => {
  if (!existsSync(entry) || GENERATED.some((pattern) => pattern.test(entry))) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.posix.join(entry, name))),
    stat.mtimeMs,
  );
};

/** Why `.next` must be rebuilt, or null when the last build is newer than all its inputs. */
export const reasonToBuild = (): string | null => {
  const buildId = path.join(distDirOf(), 'BUILD_ID');
  if (!existsSync(buildId)) return 'no production build yet';
  const builtAt = statSync(buildId).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(input) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
};
