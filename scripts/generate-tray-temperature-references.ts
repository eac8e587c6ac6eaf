/**
 * Writes the reference PNGs that the tray temperature test compares against. Run it only after a
 * deliberate change to the pixel fonts, then review the images before committing them.
 *
 * Usage: node --experimental-strip-types scripts/generate-tray-temperature-references.ts
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../main/app/tray-icon/png.ts';
import {
  renderTemperatureBitmap,
  type TrayIconSize,
} from '../main/app/tray-icon/temperature-bitmap.ts';

export const referenceTemperatures = [-12, 0, 7, 104] as const;
export const referenceSizes: readonly TrayIconSize[] = [16, 32];

const outputDirectory = join(import.meta.dirname, '..', 'test', 'reference', 'tray-temperature');
mkdirSync(outputDirectory, { recursive: true });

for (const temperature of referenceTemperatures) {
  for (const size of referenceSizes) {
    const path = join(outputDirectory, `temperature_${temperature}_${size}px.png`);
    writeFileSync(path, encodePng(renderTemperatureBitmap(temperature, size)));
    console.log(`wrote ${path}`);
  }
}
