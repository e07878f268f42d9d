import { test } from "node:test";
import assert from "node:assert/strict";
import { jpegSize, photoProblem } from "./photo";

/** A JPEG's structure (start, JFIF, a frame header of the given size, scan, end) without real pixels. */
function jpeg(width: number, height: number, { end = true, frame = true } = {}) {
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

test("the size comes from the frame header", () => {
  assert.deepEqual(jpegSize(jpeg(300, 400)), { width: 300, height: 400 });
  assert.equal(jpegSize(jpeg(300, 400, { frame: false })), null);
});

test("a portrait 4:3 JPEG passes, within a small tolerance", () => {
  assert.equal(photoProblem(jpeg(300, 400)), null);
  assert.equal(photoProblem(jpeg(450, 600)), null);
  assert.equal(photoProblem(jpeg(300, 405)), null);
});

test("a landscape or square photo, a PNG named .jpg and a broken JPEG are each refused", () => {
  assert.equal(photoProblem(jpeg(400, 300)), "shape");
  assert.equal(photoProblem(jpeg(400, 400)), "shape");
  assert.equal(photoProblem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "notJpeg");
  assert.equal(photoProblem(jpeg(300, 400, { end: false })), "invalid");
  assert.equal(photoProblem(jpeg(300, 400).subarray(0, 30)), "invalid");
});
