/** A minimal PNG encoder for 8-bit RGBA images, enough for tray icons drawn in code. */

import { crc32, deflateSync } from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  /** Pixels row by row, four bytes each: red, green, blue, alpha (not premultiplied). */
  data: Uint8Array;
}

const pngSignature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const colorTypeRgba = 6;

function chunk(type: string, payload: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(payload.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(payload, crc32(typeBytes)));
  return Buffer.concat([length, typeBytes, payload, crc]);
}

/** Encodes an RGBA image as a PNG file with no filtering, which suits small icons. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) {
    throw new RangeError(
      `Image data has ${data.length} bytes, expected ${width * height * 4} for ${width}x${height}`,
    );
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorTypeRgba;

  // Each scanline starts with its filter type, 0 (None).
  const rowLength = width * 4;
  const scanlines = Buffer.alloc((rowLength + 1) * height);
  for (let row = 0; row < height; row += 1) {
    const offset = row * (rowLength + 1);
    scanlines.set(data.subarray(row * rowLength, (row + 1) * rowLength), offset + 1);
  }

  return Buffer.concat([
    pngSignature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
