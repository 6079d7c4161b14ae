/**
 * Draws the toolbar icons from the SVG below into public/ (committed; run again
 * with `npm run icons` after changing a drawing). Debian's Chromium renders them,
 * so the PNGs match what a browser draws from the SVG.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './setup/find-browser.mjs';

/** Quick Exit: a door with an arrow leaving through it, on the red of the exit button. */
const QUICK_EXIT = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#b10e1e"/>
  <path d="M9 6h11v20H9z" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/>
  <path d="M14 16h13M22 11l5 5-5 5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

/** Discreet mode: a plain grey "tools" mark that says nothing about safety. */
const DISCREET = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#5f6368"/>
  <path d="M8 10h16M8 16h16M8 22h16" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
</svg>`;

const SETS = [
  { dir: 'public/icon', svg: QUICK_EXIT, sizes: [16, 32, 48, 128] },
  { dir: 'public/icon-discreet', svg: DISCREET, sizes: [16, 32, 48] },
];

const browser = await chromium.launch({ executablePath: chromiumPath() });
const page = await browser.newPage();
for (const { dir, svg, sizes } of SETS) {
  mkdirSync(dir, { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
    );
    await page.locator('svg').screenshot({ path: `${dir}/${size}.png`, omitBackground: true });
  }
}
await browser.close();
