import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * nginx (Debian's package) serving given bytes from disk on a loopback port, with one worker
 * against the one Node.js process: the physical limit the benchmark measures the server against.
 * Returns each file's URL and a stop function.
 */
export const startNginxReference = async (port: number, files: ReadonlyMap<string, Buffer>) => {
  const root = await mkdtemp(path.join(tmpdir(), 'prevenir-nginx-'));
  const html = path.join(root, 'html');
  await mkdir(html);
  const urls = new Map<string, string>();
  let index = 0;
  for (const [name, body] of files) {
    const file = `page-${index++}.html`;
    await writeFile(path.join(html, file), body);
    urls.set(name, `http://127.0.0.1:${port}/${file}`);
  }
  // nginx's worker runs as an unprivileged user: it must be able to read the files.
  await chmod(root, 0o755);
  await chmod(html, 0o755);
  const config = path.join(root, 'nginx.conf');
  await writeFile(
    config,
    `worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/body;
  proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  default_type text/html;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:${port}; root ${html}; }
}
`,
  );
  const nginx: ChildProcess = spawn('nginx', ['-c', config, '-p', root], { stdio: 'inherit' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (nginx.exitCode !== null) throw new Error('nginx did not start (apt-get install nginx-light)');
  return {
    urls,
    stop: () => {
      nginx.kill('SIGQUIT');
    },
  };
};
