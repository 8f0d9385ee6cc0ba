import { gzipSync } from 'node:zlib';

/** Gzipped bytes of every script the HTML of `url` loads on first visit (what a visitor downloads). */
export const measureFirstLoadJs = async (url: string): Promise<number> => {
  const html = await (await fetch(url)).text();
  // `noModule` scripts are polyfills that modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter(
    (m) => !/\snoModule/i.test(m[0]),
  );
  const sources = new Set(tags.map((m) => m[1]!));
  let total = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
};
