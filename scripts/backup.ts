// `npm run backup [-- <folder>]`: the database and the uploaded files into a new folder
// (backups/<date> by default). See the README, "Backup and restore".
import path from 'node:path';

import { backupInstallation } from './lib/backup';
import { backupSource } from './lib/backup-source';

const target =
  process.argv[2] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-'));
const manifest = await backupInstallation(backupSource(), target);
console.log(
  `Backup written to ${target} (database: ${manifest.database}; files: ${manifest.files ? 'yes' : 'not here'})`,
);
