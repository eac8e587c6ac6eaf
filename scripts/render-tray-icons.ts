/**
 * Rasterizes the weather icons through Chromium into the tray PNGs under renderer/public/tray:
 * `<IconName>.png` at 16 px, `<IconName>@2x.png` at 32 px, and black-with-alpha
 * `<IconName>Template.png` and `<IconName>Template@2x.png` for macOS template images.
 * Also writes artifacts/tray-icons.png, a sheet of every icon for review.
 *
 * Run with `npm run icons:tray`.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { IconName } from '../main/core/model.ts';
import {
  type IconPalette,
  iconNames,
  iconTree,
  svgMarkup,
  templatePalette,
  trayPalette,
} from '../renderer/icons/weather-icons.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const trayFolder = join(root, 'renderer/public/tray');
const artifactsFolder = join(root, 'artifacts');

interface Variant {
  suffix: string;
  sizePx: number;
  palette: IconPalette;
}

const variants: Variant[] = [
  { suffix: '', sizePx: 16, palette: trayPalette },
  { suffix: '@2x', sizePx: 32, palette: trayPalette },
  { suffix: 'Template', sizePx: 16, palette: templatePalette },
  { suffix: 'Template@2x', sizePx: 32, palette: templatePalette },
];

function iconMarkup(name: IconName, palette: IconPalette, sizePx: number): string {
  const tree = iconTree(name, palette, 'tray');
  tree.attributes.width = String(sizePx);
  tree.attributes.height = String(sizePx);
  return svgMarkup(tree);
}

async function renderPng(page: Page, markup: string): Promise<Buffer> {
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${markup}</body></html>`,
  );
  return page.locator('svg').screenshot({ omitBackground: true });
}

/** Renders every icon at 64 px on a light and a dark strip, to look at the set in one image. */
async function renderReviewSheet(page: Page): Promise<Buffer> {
  const cells = (background: string, palette: IconPalette, sizePx: number): string =>
    `<div style="display:flex;gap:8px;padding:8px;background:${background}">${iconNames
      .map((name) => iconMarkup(name, palette, sizePx))
      .join('')}</div>`;
  await page.setContent(
    `<!doctype html><html><body style="margin:0;display:inline-block">${[
      cells('#ffffff', trayPalette, 64),
      cells('#1f2329', trayPalette, 64),
      cells('#ffffff', trayPalette, 16),
      cells('#1f2329', trayPalette, 16),
      cells('#e8e8e8', templatePalette, 16),
    ].join('')}</body></html>`,
  );
  return page.locator('body').screenshot();
}

async function main(): Promise<void> {
  await mkdir(trayFolder, { recursive: true });
  await mkdir(artifactsFolder, { recursive: true });

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const name of iconNames) {
      for (const variant of variants) {
        const png = await renderPng(page, iconMarkup(name, variant.palette, variant.sizePx));
        await writeFile(join(trayFolder, `${name}${variant.suffix}.png`), png);
      }
    }
    await writeFile(join(artifactsFolder, 'tray-icons.png'), await renderReviewSheet(page));
  } finally {
    await browser.close();
  }

  console.log(`Wrote ${iconNames.length * variants.length} PNGs to ${trayFolder}`);
}

await main();
