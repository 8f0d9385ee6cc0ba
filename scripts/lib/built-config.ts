import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The configuration the build was made with (<distDir>/required-server-files.json), for the
 * server to run with: the standalone folder has no next.config.ts, and outside it this keeps the
 * server on the build's deploymentId rather than whatever the environment says now.
 */
export const builtConfig = async (distDir: string): Promise<string> => {
  const file = path.join(distDir, 'required-server-files.json');
  const { config } = JSON.parse(await readFile(file, 'utf8')) as { config: unknown };
  return JSON.stringify(config);
};
