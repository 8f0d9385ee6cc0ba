import 'server-only';

import { open } from 'node:fs/promises';
import path from 'node:path';

import { UntcPageError } from './parse-untc-date';

/** The saved pages are about 1 MB (CAT) and 170 kB (OPCAT); anything far larger is not one. */
export const UNTC_MAX_BYTES = 5 * 1024 * 1024;

export type UntcInput = { from: string; html: string };

export type ReadUntcInputOptions = { timeoutMs?: number; maxBytes?: number };

const tooLarge = (from: string, maxBytes: number) =>
  new UntcPageError(`${from} is larger than ${Math.round(maxBytes / 1024)} kB: not a status page`);

/** Reads the body as it arrives and stops at the size limit (a missing or lying Content-Length). */
const readCapped = async (from: string, response: Response, maxBytes: number) => {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    if (declared > maxBytes) throw tooLarge(from, maxBytes);
    return '';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(from, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const fetchPage = async (url: string, { timeoutMs = 30_000, maxBytes = UNTC_MAX_BYTES }) => {
  // The timeout covers the whole exchange, body included.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'text/html' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new UntcPageError(`${url} answered ${response.status}`);
    }
    return await readCapped(url, response, maxBytes);
  } catch (error) {
    if (error instanceof UntcPageError) throw error;
    const reason = signal.aborted
      ? `no complete answer within ${timeoutMs / 1000} s`
      : String(error);
    throw new UntcPageError(`Could not fetch ${url}: ${reason}`);
  }
};

const readPage = async (file: string, maxBytes: number) => {
  const from = path.basename(file);
  const handle = await open(file).catch(() => {
    throw new UntcPageError(`Cannot read the file ${file}`);
  });
  try {
    if ((await handle.stat()).size > maxBytes) throw tooLarge(from, maxBytes);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
};

/** A status page from an http(s) address (with a timeout and a size limit) or a saved file. */
export const readUntcInput = async (
  fileOrUrl: string,
  { timeoutMs, maxBytes = UNTC_MAX_BYTES }: ReadUntcInputOptions = {},
): Promise<UntcInput> =>
  /^https?:\/\//i.test(fileOrUrl)
    ? { from: fileOrUrl, html: await fetchPage(fileOrUrl, { timeoutMs, maxBytes }) }
    : { from: path.basename(fileOrUrl), html: await readPage(fileOrUrl, maxBytes) };
