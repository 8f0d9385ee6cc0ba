import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The server actions' key and the deployment id a build was made with: servers that run it
 * behind one address must be given the same (several instances, or a second build of a release).
 */
export const buildIdentity = async (distDir: string) => {
  const read = async (file: string) =>
    JSON.parse(await readFile(path.join(distDir, file), 'utf8')) as Record<string, unknown>;
  const { encryptionKey } = await read('server/server-reference-manifest.json');
  const { config } = await read('required-server-files.json');
  const { deploymentId } = config as { deploymentId?: string };
  if (typeof encryptionKey !== 'string' || !deploymentId) {
    throw new Error(`${distDir} has no encryption key or deployment id: build it again`);
  }
  return { key: encryptionKey, deploymentId };
};
