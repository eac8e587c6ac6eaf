/**
 * The committed tray PNGs, as `npm run icons:tray` renders them and the build copies them to
 * out/renderer/tray. Chromium decodes each one on a canvas inside the panel page, whose test
 * bridge replaces the preload API because Electron cannot run here.
 */

import { iconNames } from '../../renderer/icons/weather-icons.ts';
import { expect, test } from './support/fixtures.ts';
import { loadingState } from './support/reports.ts';

interface Decoded {
  width: number;
  height: number;
  opaquePixels: number;
  nonBlackPixels: number;
}

const variants = [
  { suffix: '', sizePx: 16, template: false },
  { suffix: '@2x', sizePx: 32, template: false },
  { suffix: 'Template', sizePx: 16, template: true },
  { suffix: 'Template@2x', sizePx: 32, template: true },
];

test('every icon has all four PNGs', async ({ openPanel }) => {
  const page = await openPanel(loadingState);
  const files = iconNames.flatMap((name) =>
    variants.map((variant) => ({ ...variant, file: `${name}${variant.suffix}.png` })),
  );

  const decoded = await page.evaluate(
    async (names) => {
      const results: Record<string, Decoded> = {};
      for (const name of names) {
        const image = new Image();
        image.src = `../tray/${name}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) {
          throw new Error('No 2D canvas context');
        }
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let opaquePixels = 0;
        let nonBlackPixels = 0;
        for (let index = 0; index < data.length; index += 4) {
          const alpha = data[index + 3] ?? 0;
          if (alpha > 0) {
            opaquePixels += 1;
            if ((data[index] ?? 0) + (data[index + 1] ?? 0) + (data[index + 2] ?? 0) > 0) {
              nonBlackPixels += 1;
            }
          }
        }
        results[name] = {
          width: canvas.width,
          height: canvas.height,
          opaquePixels,
          nonBlackPixels,
        };
      }
      return results;
    },
    files.map((entry) => entry.file),
  );

  expect(files).toHaveLength(88);
  for (const entry of files) {
    const image = decoded[entry.file];
    expect(image, entry.file).toBeDefined();
    expect(image?.width, entry.file).toBe(entry.sizePx);
    expect(image?.height, entry.file).toBe(entry.sizePx);
    // Some of the icon is drawn, and some of the square is left transparent.
    expect(image?.opaquePixels, entry.file).toBeGreaterThan(entry.sizePx);
    expect(image?.opaquePixels, entry.file).toBeLessThan(entry.sizePx * entry.sizePx);
    if (entry.template) {
      expect(image?.nonBlackPixels, `${entry.file} is black with alpha`).toBe(0);
    } else {
      expect(image?.nonBlackPixels, `${entry.file} has colour`).toBeGreaterThan(0);
    }
  }
});

test('day and night differ where the sky shows', async ({ openPanel }) => {
  const page = await openPanel(loadingState);
  const bases = ['clear', 'partly-cloudy', 'fog', 'showers'];

  const identical = await page.evaluate(async (names) => {
    const pixels = async (file: string): Promise<string> => {
      const image = new Image();
      image.src = `../tray/${file}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      return canvas.toDataURL();
    };
    const same: string[] = [];
    for (const base of names) {
      if ((await pixels(`${base}-day@2x.png`)) === (await pixels(`${base}-night@2x.png`))) {
        same.push(base);
      }
    }
    return same;
  }, bases);

  expect(identical).toEqual([]);
});
