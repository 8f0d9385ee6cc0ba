// Draws the portal's icons and social sharing images into public/ (README, "Icons and sharing
// images"). The PNGs are committed; run this again after changing the mark, the colours or the
// tagline in messages/*.json:  npx tsx scripts/brand/render-brand-assets.ts
// Chromium (Debian's, as for the e2e tests) renders them, so no image library is needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { routing } from '../../src/i18n/routing';
import { buildIco } from './build-ico';

const PUBLIC = 'public';
const BRAND_800 = '#0b4742';
const BRAND_700 = '#0f5c55';
const BRAND_100 = '#d5e9e6';
/** The letter P as an outline, on a 32 × 32 grid (the mark of public/icon.svg). */
const P_PATH = 'M9 23V9h7.5a4.5 4.5 0 0 1 0 9H13v5z';

type MarkOptions = { background: string; foreground: string; radius: number };

const markSvg = ({ background, foreground, radius }: MarkOptions, size?: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"${size ? ` width="${size}" height="${size}"` : ''}>` +
  `<rect width="32" height="32" rx="${radius}" fill="${background}"/>` +
  `<path d="${P_PATH}" fill="none" stroke="${foreground}" stroke-width="3" stroke-linejoin="round"/></svg>`;

const ROUNDED = { background: BRAND_800, foreground: '#fff', radius: 6 };
// Apple's home-screen icons are opaque squares: iOS rounds the corners itself.
const SQUARE = { ...ROUNDED, radius: 0 };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 1200 × 630, the size Open Graph and large Twitter cards show without cropping. */
const socialImageHtml = (siteName: string, tagline: string) => `<!doctype html>
<html><head><style>
  html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
  body { background: ${BRAND_800}; color: #fff; font-family: 'Liberation Sans', Arial, sans-serif;
    position: relative; }
  .rings { position: absolute; right: -250px; bottom: -310px; }
  .content { position: absolute; left: 96px; top: 96px; width: 780px; }
  .name { font-size: 136px; font-weight: 700; letter-spacing: -2px; margin: 56px 0 0; line-height: 1; }
  .tagline { font-size: 50px; line-height: 1.2; color: ${BRAND_100}; margin: 28px 0 0; }
  .bar { position: absolute; left: 0; bottom: 0; width: 1200px; height: 16px; background: ${BRAND_100}; }
</style></head><body>
  <svg class="rings" width="800" height="800" viewBox="0 0 800 800" aria-hidden="true">
    ${[110, 190, 270, 350]
      .map(
        (r) =>
          `<circle cx="400" cy="400" r="${r}" fill="none" stroke="${BRAND_700}" stroke-width="36"/>`,
      )
      .join('')}
  </svg>
  <div class="content">
    ${markSvg({ background: '#fff', foreground: BRAND_800, radius: 6 }, 136)}
    <p class="name">${escapeHtml(siteName)}</p>
    <p class="tagline">${escapeHtml(tagline)}</p>
  </div>
  <div class="bar"></div>
</body></html>`;

const render = async (page: Page, html: string, width: number, height: number) => {
  await page.setViewportSize({ width, height });
  await page.setContent(html);
  return page.screenshot({ type: 'png', omitBackground: true });
};

const svgPage = (svg: string) =>
  `<!doctype html><html><body style="margin:0">${svg.replace('<svg ', '<svg style="display:block;width:100vw;height:100vh" ')}</body></html>`;

const write = (file: string, data: Buffer | string) => {
  const target = path.join(PUBLIC, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, data);
  console.log(`${target}: ${Buffer.byteLength(data)} bytes`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  write('icon.svg', `${markSvg(ROUNDED)}\n`);
  write('apple-touch-icon.png', await render(page, svgPage(markSvg(SQUARE)), 180, 180));
  const favicons = [];
  for (const size of [16, 32, 48]) {
    favicons.push({ size, png: await render(page, svgPage(markSvg(ROUNDED)), size, size) });
  }
  write('favicon.ico', buildIco(favicons));
  for (const locale of routing.locales) {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as {
      Metadata: { siteName: string; tagline: string };
    };
    const { siteName, tagline } = messages.Metadata;
    write(
      `social/prevenir-${locale}.png`,
      await render(page, socialImageHtml(siteName, tagline), 1200, 630),
    );
  }
} finally {
  await browser.close();
}
