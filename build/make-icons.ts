// Renders build/icon.svg with Debian's Chromium and writes the app icons that electron-builder
// reads: build/icons/<size>x<size>.png (Linux), build/icon.ico (Windows) and build/icon.icns
// (macOS). Downloads nothing. Run with `npm run icons` and commit the results.
//
// Env: CHROMIUM_PATH overrides the browser (default /usr/bin/chromium, Debian's `chromium`).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { encodeIcns, encodeIco, type IconImage } from './icon-formats.ts';

const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const buildDir = resolve(import.meta.dirname);
const iconsDir = join(buildDir, 'icons');

/** Draws the SVG on a canvas at one size and returns the PNG and the RGBA pixels as base64. */
function renderInPage({ svg, size }: { svg: string; size: number }) {
  return new Promise<{ png: string; rgba: string }>((resolveRender, rejectRender) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      if (context === null) {
        rejectRender(new Error('The canvas has no 2D context'));
        return;
      }
      context.imageSmoothingQuality = 'high';
      context.drawImage(image, 0, 0, size, size);
      const pixels = context.getImageData(0, 0, size, size).data;
      let binary = '';
      for (const byte of pixels) {
        binary += String.fromCharCode(byte);
      }
      const png = canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
      resolveRender({ png, rgba: btoa(binary) });
    };
    image.onerror = () => rejectRender(new Error(`The SVG failed to load at ${size}px`));
    image.src = `data:image/svg+xml;base64,${btoa(svg)}`;
  });
}

const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions);

const images: IconImage[] = [];
try {
  const page = await browser.newPage();
  for (const size of PNG_SIZES) {
    const rendered = await page.evaluate(renderInPage, { svg, size });
    images.push({
      size,
      png: Buffer.from(rendered.png, 'base64'),
      rgba: Buffer.from(rendered.rgba, 'base64'),
    });
  }
} finally {
  await browser.close();
}

await rm(iconsDir, { recursive: true, force: true });
await mkdir(iconsDir);
for (const image of images) {
  await writeFile(join(iconsDir, `${image.size}x${image.size}.png`), image.png);
}
await writeFile(
  join(buildDir, 'icon.ico'),
  encodeIco(images.filter((image) => ICO_SIZES.includes(image.size))),
);
await writeFile(join(buildDir, 'icon.icns'), encodeIcns(images));

console.log(`Wrote ${images.length} PNG sizes, icon.ico and icon.icns from build/icon.svg`);
