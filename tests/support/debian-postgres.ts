import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's PostgreSQL 15 binaries, installed (not running) on project machines and CI. */
export const DEBIAN_PG_BIN = '/usr/lib/postgresql/15/bin';

const asPostgres = (command: string) =>
  execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe', encoding: 'utf8' });

/**
 * A throwaway cluster of Debian's PostgreSQL 15 (see shared STACK.md): its pg_dump matches it,
 * which no pg_dump here does for the embedded PostgreSQL 18. Run as root, as CI does.
 */
export const startDebianPostgres = (port: number) => {
  if (userInfo().uid !== 0) throw new Error('startDebianPostgres runs as root (su postgres)');
  const dir = mkdtempSync(path.join(tmpdir(), 'prevenir-pg15-'));
  chmodSync(dir, 0o700);
  const postgres = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  chownSync(dir, postgres, postgres);
  const data = path.join(dir, 'data');
  asPostgres(
    `${DEBIAN_PG_BIN}/initdb -D ${data} -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8`,
  );
  asPostgres(
    `${DEBIAN_PG_BIN}/pg_ctl -D ${data} -w -l ${dir}/log -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1" start`,
  );
  return {
    url: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      asPostgres(`${DEBIAN_PG_BIN}/pg_ctl -D ${data} -m fast -w stop`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
