/**
 * 顔写真 (§4.2.4, notes §4b): JPEG by content, portrait 縦4:横3. The dimensions are read from the
 * JPEG's frame header; a file without a complete structure (start, frame, end) is refused as broken.
 */
export type PhotoProblem = "notJpeg" | "invalid" | "shape";

/** Height : width must be 4 : 3 within this share, for photos scanned or cropped a pixel off. */
export const PHOTO_RATIO_TOLERANCE = 0.02;

/** Width and height from the first frame header (SOF0–SOF15 but DHT, JPG and DAC), or null. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 7) return null;
      const height = (bytes[at + 5] << 8) | bytes[at + 6];
      const width = (bytes[at + 7] << 8) | bytes[at + 8];
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xda) return null; // image data before any frame header
    at += 2 + length;
  }
  return null;
}

export function photoProblem(bytes: Uint8Array): PhotoProblem | null {
  if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return "notJpeg";
  const size = jpegSize(bytes);
  const ends = bytes.length >= 2 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
  if (!size || !ends) return "invalid";
  const ratio = size.height / size.width;
  return Math.abs(ratio - 4 / 3) <= (4 / 3) * PHOTO_RATIO_TOLERANCE ? null : "shape";
}
