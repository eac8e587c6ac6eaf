/**
 * Decodes 8-bit RGBA PNG files (colour type 6, not interlaced) with every filter type, so tests
 * compare pixels rather than bytes and any encoder's output can serve as a reference.
 */

import { inflateSync } from 'node:zlib';
import type { RgbaImage } from '../../main/app/tray-icon/png.ts';

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const distanceLeft = Math.abs(estimate - left);
  const distanceUp = Math.abs(estimate - up);
  const distanceUpLeft = Math.abs(estimate - upLeft);
  if (distanceLeft <= distanceUp && distanceLeft <= distanceUpLeft) {
    return left;
  }
  return distanceUp <= distanceUpLeft ? up : upLeft;
}

export function decodePng(file: Uint8Array): RgbaImage {
  const buffer = Buffer.from(file);
  if (buffer.readUInt32BE(0) !== 0x89504e47) {
    throw new Error('Not a PNG file: the signature is missing');
  }

  let width = 0;
  let height = 0;
  const compressed: Buffer[] = [];
  let offset = 8;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const payload = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = payload.readUInt32BE(0);
      height = payload.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = payload.subarray(8, 13);
      if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) {
        throw new Error(
          `Unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`,
        );
      }
    } else if (type === 'IDAT') {
      compressed.push(payload);
    }
    offset += 12 + length;
  }

  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * 4;
  const data = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column] ?? 0;
      const left = column >= 4 ? (data[row * stride + column - 4] ?? 0) : 0;
      const up = row > 0 ? (data[(row - 1) * stride + column] ?? 0) : 0;
      const upLeft = row > 0 && column >= 4 ? (data[(row - 1) * stride + column - 4] ?? 0) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = Math.floor((left + up) / 2);
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`Unknown PNG filter type ${filter} in row ${row}`);
      }
      data[row * stride + column] = (value + predicted) & 0xff;
    }
  }
  return { width, height, data };
}
