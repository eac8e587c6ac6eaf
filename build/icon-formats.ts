// Writes Windows ICO and Apple ICNS containers around images that are already rendered, so the
// icons need no image tool beyond the browser that rasterizes build/icon.svg.

/** One square rendering of the icon. */
export interface IconImage {
  size: number;
  /** The image as a PNG file. */
  png: Uint8Array;
  /** Straight (not premultiplied) RGBA pixels, row by row from the top, size * size * 4 bytes. */
  rgba: Uint8Array;
}

const ICO_HEADER_BYTES = 6;
const ICO_ENTRY_BYTES = 16;
const BITMAP_INFO_HEADER_BYTES = 40;

/**
 * Sizes up to this one are stored as 32-bit bitmaps, larger ones as PNG. PNG entries need
 * Windows Vista or newer, and some resource tools read only bitmap entries at the small sizes.
 */
export const ICO_MAX_BITMAP_SIZE = 48;

/** Encodes one ICO entry as a BITMAPINFOHEADER, bottom-up BGRA pixels and an AND mask. */
function encodeIcoBitmap(image: IconImage): Uint8Array {
  const { size, rgba } = image;
  if (rgba.length !== size * size * 4) {
    throw new Error(`The ${size}px image has ${rgba.length} RGBA bytes, not ${size * size * 4}`);
  }

  // Each mask row is padded to whole 32-bit words. All bits stay 0 because alpha decides.
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const pixelBytes = size * size * 4;
  const bytes = new Uint8Array(BITMAP_INFO_HEADER_BYTES + pixelBytes + maskRowBytes * size);
  const view = new DataView(bytes.buffer);

  view.setUint32(0, BITMAP_INFO_HEADER_BYTES, true);
  view.setInt32(4, size, true);
  // The height counts the pixel rows and the mask rows together.
  view.setInt32(8, size * 2, true);
  view.setUint16(12, 1, true);
  view.setUint16(14, 32, true);
  view.setUint32(20, pixelBytes + maskRowBytes * size, true);

  for (let row = 0; row < size; row += 1) {
    const sourceRow = size - 1 - row;
    for (let column = 0; column < size; column += 1) {
      const source = (sourceRow * size + column) * 4;
      const target = BITMAP_INFO_HEADER_BYTES + (row * size + column) * 4;
      bytes[target] = rgba[source + 2] ?? 0;
      bytes[target + 1] = rgba[source + 1] ?? 0;
      bytes[target + 2] = rgba[source] ?? 0;
      bytes[target + 3] = rgba[source + 3] ?? 0;
    }
  }
  return bytes;
}

/** Encodes a Windows .ico file with one entry per image, each from 1 to 256 pixels square. */
export function encodeIco(images: readonly IconImage[]): Uint8Array {
  const sorted = [...images].sort((left, right) => left.size - right.size);
  const payloads = sorted.map((image) => {
    if (image.size < 1 || image.size > 256) {
      throw new Error(`ICO images must be 1 to 256 pixels wide, got ${image.size}`);
    }
    return image.size <= ICO_MAX_BITMAP_SIZE ? encodeIcoBitmap(image) : image.png;
  });

  const directoryBytes = ICO_HEADER_BYTES + ICO_ENTRY_BYTES * sorted.length;
  const totalBytes = payloads.reduce((sum, payload) => sum + payload.length, directoryBytes);
  const bytes = new Uint8Array(totalBytes);
  const view = new DataView(bytes.buffer);

  view.setUint16(2, 1, true);
  view.setUint16(4, sorted.length, true);

  let offset = directoryBytes;
  sorted.forEach((image, index) => {
    const payload = payloads[index] ?? new Uint8Array();
    const entry = ICO_HEADER_BYTES + ICO_ENTRY_BYTES * index;
    // A width or height of 256 is written as 0.
    view.setUint8(entry, image.size % 256);
    view.setUint8(entry + 1, image.size % 256);
    view.setUint16(entry + 4, 1, true);
    view.setUint16(entry + 6, 32, true);
    view.setUint32(entry + 8, payload.length, true);
    view.setUint32(entry + 12, offset, true);
    bytes.set(payload, offset);
    offset += payload.length;
  });
  return bytes;
}

/**
 * ICNS element types that hold a PNG, with the pixel size of each. The @2x types are the
 * Retina renderings of the next smaller point size.
 */
export const ICNS_PNG_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'ic11', size: 32 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
  { type: 'ic10', size: 1024 },
] as const;

/** Encodes an Apple .icns file with a PNG element for every type whose size is in images. */
export function encodeIcns(images: readonly IconImage[]): Uint8Array {
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const elements: { type: string; png: Uint8Array }[] = [];
  for (const { type, size } of ICNS_PNG_TYPES) {
    const png = bySize.get(size);
    if (png !== undefined) {
      elements.push({ type, png });
    }
  }
  if (elements.length === 0) {
    throw new Error('No image has a size that ICNS stores');
  }

  // Every element and the file itself start with a 4-byte type and a big-endian 4-byte length
  // that includes those 8 bytes.
  const totalBytes = elements.reduce((sum, element) => sum + 8 + element.png.length, 8);
  const bytes = new Uint8Array(totalBytes);
  const view = new DataView(bytes.buffer);
  const ascii = new TextEncoder();

  bytes.set(ascii.encode('icns'), 0);
  view.setUint32(4, totalBytes);
  let offset = 8;
  for (const element of elements) {
    bytes.set(ascii.encode(element.type), offset);
    view.setUint32(offset + 4, 8 + element.png.length);
    bytes.set(element.png, offset + 8);
    offset += 8 + element.png.length;
  }
  return bytes;
}
