import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../main/app/tray-icon/png.ts';
import {
  lightTaskbarStyle,
  renderTemperatureBitmap,
  type TrayIconSize,
  temperatureGlyphs,
} from '../../main/app/tray-icon/temperature-bitmap.ts';
import { decodePng } from '../support/png-decode.ts';

const referenceDirectory = join(import.meta.dirname, '..', 'reference', 'tray-temperature');

/** Lists the pixels that differ, as `x,y: actual != expected`, up to a readable number. */
function differingPixels(actual: Uint8Array, expected: Uint8Array, width: number): string[] {
  const differences: string[] = [];
  for (let index = 0; index < Math.max(actual.length, expected.length); index += 4) {
    const actualPixel = Array.from(actual.subarray(index, index + 4));
    const expectedPixel = Array.from(expected.subarray(index, index + 4));
    if (actualPixel.join() !== expectedPixel.join()) {
      const pixel = index / 4;
      differences.push(
        `${pixel % width},${Math.floor(pixel / width)}: ${actualPixel} != ${expectedPixel}`,
      );
    }
  }
  return differences.slice(0, 20);
}

describe('tray temperature bitmap', () => {
  const cases: [number, TrayIconSize][] = [
    [-12, 16],
    [-12, 32],
    [0, 16],
    [0, 32],
    [7, 16],
    [7, 32],
    [104, 16],
    [104, 32],
  ];

  it.each(cases)('matches the reference for %i° at %i px', (temperature, size) => {
    const reference = decodePng(
      readFileSync(join(referenceDirectory, `temperature_${temperature}_${size}px.png`)),
    );
    const rendered = renderTemperatureBitmap(temperature, size);

    expect(rendered.width).toBe(reference.width);
    expect(rendered.height).toBe(reference.height);
    expect(differingPixels(rendered.data, reference.data, size)).toEqual([]);
  });

  it('round-trips through the PNG encoder', () => {
    const rendered = renderTemperatureBitmap(-12, 32, lightTaskbarStyle);
    const decoded = decodePng(encodePng(rendered));

    expect(decoded.width).toBe(32);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rendered.data))).toBe(true);
  });

  it('draws something for every reference value', () => {
    for (const [temperature, size] of cases) {
      const inked = renderTemperatureBitmap(temperature, size).data.filter(
        (_, index) => index % 4 === 3 && _ === 255,
      );
      expect(inked.length, `${temperature}° at ${size} px`).toBeGreaterThan(10);
    }
  });

  it('rounds and never prints minus zero', () => {
    expect(temperatureGlyphs(-0.4).join('')).toBe('0°');
    expect(temperatureGlyphs(6.5).join('')).toBe('7°');
    expect(temperatureGlyphs(-12.2).join('')).toBe('-12°');
  });

  it('writes huge temperatures in plain digits', () => {
    // String(1e21) is "1e+21", and the pixel font has no "e" or "+".
    expect(temperatureGlyphs(1e21).join('')).toBe(`1${'0'.repeat(21)}°`);
    expect(temperatureGlyphs(-1e21).join('')).toBe(`-1${'0'.repeat(21)}°`);
    expect(renderTemperatureBitmap(1e21, 16).data.length).toBe(16 * 16 * 4);
    expect(renderTemperatureBitmap(-Number.MAX_VALUE, 32).data.length).toBe(32 * 32 * 4);
  });

  it('rejects a temperature that is not a number', () => {
    expect(() => temperatureGlyphs(Number.NaN)).toThrow(/finite/);
  });

  it('differs between two temperatures', () => {
    const seven = renderTemperatureBitmap(7, 16).data;
    const eight = renderTemperatureBitmap(8, 16).data;
    expect(Buffer.from(seven).equals(Buffer.from(eight))).toBe(false);
  });

  it('keeps very long numbers inside the icon by dropping the degree sign', () => {
    const image = renderTemperatureBitmap(-100, 16);
    expect(image.data.length).toBe(16 * 16 * 4);
  });
});
