/**
 * Draws the temperature as a tray icon bitmap, for Windows and Linux, where Electron cannot show
 * text next to a tray icon. The largest font that fits the square icon is used.
 */

import {
  boldFont,
  type GlyphCharacter,
  narrowFont,
  type PixelFont,
  scaleFont,
} from './pixel-font.ts';
import type { RgbaImage } from './png.ts';

export type TrayIconSize = 16 | 32;

/** A colour as red, green, blue and alpha, each 0 to 255. */
export type Rgba = readonly [number, number, number, number];

export interface TemperatureStyle {
  text: Rgba;
  /** A 1-pixel outline around the digits that keeps them readable on any taskbar colour. */
  outline: Rgba;
}

/** White digits with a dark outline, for dark taskbars and panels. */
export const darkTaskbarStyle: TemperatureStyle = {
  text: [255, 255, 255, 255],
  outline: [0, 0, 0, 160],
};

/** Near-black digits with a light outline, for light taskbars and panels. */
export const lightTaskbarStyle: TemperatureStyle = {
  text: [24, 24, 24, 255],
  outline: [255, 255, 255, 160],
};

const fontsBySize: Record<TrayIconSize, readonly PixelFont[]> = {
  16: [boldFont, narrowFont],
  32: [scaleFont(boldFont, 2), boldFont, scaleFont(narrowFont, 2), narrowFont],
};

/** Turns a temperature into the characters to draw, such as `-12°`. Rounds to a whole degree. */
export function temperatureGlyphs(temperature: number): GlyphCharacter[] {
  if (!Number.isFinite(temperature)) {
    throw new RangeError(`Temperature must be a finite number, got ${temperature}`);
  }
  // BigInt prints every integer in plain digits, where String(1e21) gives "1e+21", which the
  // font cannot draw. Math.round(-0.4) is -0, and BigInt(-0) is 0n, so no "-0" can appear.
  const digits = BigInt(Math.round(temperature)).toString();
  return [...digits, '°'] as GlyphCharacter[];
}

function glyphWidth(font: PixelFont, character: GlyphCharacter): number {
  return font.glyphs[character][0]?.length ?? 0;
}

function textWidth(font: PixelFont, characters: readonly GlyphCharacter[]): number {
  const inkWidth = characters.reduce((sum, character) => sum + glyphWidth(font, character), 0);
  return inkWidth + font.spacing * Math.max(0, characters.length - 1);
}

/**
 * Picks the largest font in which the text fits. When none fits, the degree sign is dropped and
 * the smallest font is used.
 */
function layoutFor(
  size: TrayIconSize,
  characters: GlyphCharacter[],
): { font: PixelFont; characters: GlyphCharacter[] } {
  const fonts = fontsBySize[size];
  for (const font of fonts) {
    if (textWidth(font, characters) <= size && font.height <= size) {
      return { font, characters };
    }
  }

  const withoutDegree = characters.filter((character) => character !== '°');
  const smallest = fonts[fonts.length - 1] ?? narrowFont;
  return { font: smallest, characters: withoutDegree };
}

/** Draws the temperature centred in a transparent square of `size` pixels. */
export function renderTemperatureBitmap(
  temperature: number,
  size: TrayIconSize,
  style: TemperatureStyle = darkTaskbarStyle,
): RgbaImage {
  const { font, characters } = layoutFor(size, temperatureGlyphs(temperature));
  const ink = new Uint8Array(size * size);

  // Text that is still wider than the icon, such as -1000, is clipped at both edges.
  let x = Math.floor((size - textWidth(font, characters)) / 2);
  const top = Math.floor((size - font.height) / 2);
  for (const character of characters) {
    const rows = font.glyphs[character];
    rows.forEach((row, rowIndex) => {
      [...row].forEach((pixel, columnIndex) => {
        const px = x + columnIndex;
        const py = top + rowIndex;
        if (pixel === '#' && px >= 0 && px < size && py >= 0 && py < size) {
          ink[py * size + px] = 1;
        }
      });
    });
    x += glyphWidth(font, character) + font.spacing;
  }

  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const index = py * size + px;
      let colour: Rgba | null = null;
      if (ink[index] === 1) {
        colour = style.text;
      } else if (touchesInk(ink, size, px, py)) {
        colour = style.outline;
      }
      if (colour) {
        data.set(colour, index * 4);
      }
    }
  }
  return { width: size, height: size, data };
}

/** Checks whether any of the eight neighbours of a pixel is ink. */
function touchesInk(ink: Uint8Array, size: number, px: number, py: number): boolean {
  for (let dy = -1; dy <= 1; dy += 1) {
    for (let dx = -1; dx <= 1; dx += 1) {
      const nx = px + dx;
      const ny = py + dy;
      if ((dx !== 0 || dy !== 0) && nx >= 0 && nx < size && ny >= 0 && ny < size) {
        if (ink[ny * size + nx] === 1) {
          return true;
        }
      }
    }
  }
  return false;
}
