/** A JPEG's structure (start, JFIF, a frame header of the given size, scan, end) without real pixels. */
export function jpeg(width: number, height: number, { end = true, frame = true } = {}) {
  const seg = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const bytes = [
    0xff,
    0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(
      0xdb,
      Array.from({ length: 65 }, () => 1),
    ),
    ...(frame ? seg(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]) : []),
    ...seg(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12,
    0x34,
    0x56,
    ...(end ? [0xff, 0xd9] : []),
  ];
  return new Uint8Array(bytes);
}
