// `npm run restore -- <folder>`: replaces the database and adds the uploaded files of a backup
// made by `npm run backup`. See the README, "Backup and restore".
import { restoreInstallation } from './lib/backup';
import { backupSource } from './lib/backup-source';

const from = process.argv[2];
if (!from) {
  console.error('Usage: npm run restore -- <backup folder>');
  process.exit(2);
}
await restoreInstallation(backupSource(), from);
console.log(`Restored from ${from}`);
