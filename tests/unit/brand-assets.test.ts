import { readFileSync, statSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

// public/'s icons and sharing images, as scripts/brand/render-brand-assets.ts draws them.
const file = (name: string) => new URL(`../../public/${name}`, import.meta.url);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('public/ brand assets', () => {
  it.each([
    ['social/prevenir-es.png', 1200, 630],
    ['social/prevenir-pt.png', 1200, 630],
    ['social/prevenir-en.png', 1200, 630],
    ['apple-touch-icon.png', 180, 180],
  ])('%s is a %i × %i PNG under 100 kB', (name, width, height) => {
    expect(pngSize(readFileSync(file(name)))).toEqual({ width, height });
    expect(statSync(file(name)).size).toBeLessThan(100_000);
  });

  it('favicon.ico holds 16, 32 and 48 px PNGs', () => {
    const ico = readFileSync(file('favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      const { width, height } = pngSize(png);
      expect([ico.readUInt8(entry), ico.readUInt8(entry + 1)]).toEqual([width, height]);
      return width;
    });
    expect(sizes).toEqual([16, 32, 48]);
    expect(ico.length).toBeLessThan(100_000);
  });

  it('icon.svg is a square SVG', () => {
    expect(readFileSync(file('icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
  });
});
