import { describe, expect, it } from 'vitest';
import {
  encodeIcns,
  encodeIco,
  ICO_MAX_BITMAP_SIZE,
  type IconImage,
} from '../../build/icon-formats.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A square image whose PNG bytes are a fake PNG that names its size, with red opaque pixels. */
function makeImage(size: number): IconImage {
  const rgba = new Uint8Array(size * size * 4);
  for (let pixel = 0; pixel < size * size; pixel += 1) {
    rgba.set([255, 0, 0, 255], pixel * 4);
  }
  const png = new Uint8Array([...PNG_SIGNATURE, ...new TextEncoder().encode(`size ${size}`)]);
  return { size, png, rgba };
}

describe('encodeIco', () => {
  const sizes = [256, 16, 48, 64];
  const ico = encodeIco(sizes.map(makeImage));
  const view = new DataView(ico.buffer);

  it('writes an icon directory sorted by size', () => {
    expect(view.getUint16(0, true)).toBe(0);
    expect(view.getUint16(2, true)).toBe(1);
    expect(view.getUint16(4, true)).toBe(4);
    const widths = [0, 1, 2, 3].map((index) => view.getUint8(6 + index * 16));
    expect(widths).toEqual([16, 48, 64, 0]);
  });

  it('points every entry inside the file', () => {
    for (let index = 0; index < 4; index += 1) {
      const entry = 6 + index * 16;
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(view.getUint16(entry + 6, true)).toBe(32);
    }
  });

  it('stores small sizes as bottom-up BGRA bitmaps', () => {
    const offset = view.getUint32(6 + 12, true);
    expect(view.getUint32(offset, true)).toBe(40);
    expect(view.getInt32(offset + 4, true)).toBe(16);
    expect(view.getInt32(offset + 8, true)).toBe(32);
    expect(view.getUint16(offset + 14, true)).toBe(32);
    // The first pixel is blue, green, red, alpha.
    expect([...ico.subarray(offset + 40, offset + 44)]).toEqual([0, 0, 255, 255]);
    const maskBytes = 16 * 4;
    expect(view.getUint32(6 + 8, true)).toBe(40 + 16 * 16 * 4 + maskBytes);
  });

  it('stores large sizes as the PNG bytes', () => {
    const entry = 6 + 3 * 16;
    const offset = view.getUint32(entry + 12, true);
    const length = view.getUint32(entry + 8, true);
    expect(ICO_MAX_BITMAP_SIZE).toBeLessThan(256);
    expect(new TextDecoder().decode(ico.subarray(offset + 8, offset + length))).toBe('size 256');
  });

  it('rejects sizes above 256', () => {
    expect(() => encodeIco([makeImage(512)])).toThrow('1 to 256 pixels');
  });

  it('rejects pixel data of the wrong length', () => {
    const image = { ...makeImage(16), rgba: new Uint8Array(10) };
    expect(() => encodeIco([image])).toThrow('not 1024');
  });
});

describe('encodeIcns', () => {
  it('writes typed PNG elements with big-endian lengths', () => {
    const icns = encodeIcns([16, 32, 128, 1024].map(makeImage));
    const view = new DataView(icns.buffer);
    const text = (start: number, end: number) =>
      new TextDecoder().decode(icns.subarray(start, end));

    expect(text(0, 4)).toBe('icns');
    expect(view.getUint32(4)).toBe(icns.length);

    const types: string[] = [];
    let offset = 8;
    while (offset < icns.length) {
      types.push(text(offset, offset + 4));
      const length = view.getUint32(offset + 4);
      expect(icns.subarray(offset + 8, offset + 16)).toEqual(new Uint8Array(PNG_SIGNATURE));
      offset += length;
    }
    expect(offset).toBe(icns.length);
    expect(types).toEqual(['icp4', 'ic11', 'icp5', 'ic07', 'ic10']);
  });

  it('rejects a set with no ICNS size', () => {
    expect(() => encodeIcns([makeImage(24)])).toThrow('No image');
  });
});
