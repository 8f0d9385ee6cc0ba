import { request } from 'node:http';

/** Bytes on the wire for `url` when the client accepts what Chromium accepts (not decoded). */
const transferredBytes = (url: URL): Promise<number> =>
  new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

/** Compressed bytes of every script the HTML of `url` loads on first visit (what a visitor downloads). */
export const measureFirstLoadJs = async (url: string): Promise<number> => {
  const html = await (await fetch(url)).text();
  // `noModule` scripts are polyfills that modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter(
    (m) => !/\snoModule/i.test(m[0]),
  );
  const sources = new Set(tags.map((m) => m[1]!));
  let total = 0;
  for (const source of sources) total += await transferredBytes(new URL(source, url));
  return total;
};
