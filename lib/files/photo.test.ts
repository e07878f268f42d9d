import { test } from "node:test";
import assert from "node:assert/strict";
import { jpegSize, photoProblem } from "./photo";
import { jpeg } from "../../tests/support/jpeg";

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
