import { test } from "node:test";
import assert from "node:assert/strict";
import { safeReturnPath } from "./return-path";

test("same-site paths are kept", () => {
  assert.equal(safeReturnPath("/ja/notices?page=2"), "/ja/notices?page=2");
});

test("other sites and odd values fall back", () => {
  for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", null, 42, "/ok\r\nSet-Cookie: x"]) {
    assert.equal(safeReturnPath(bad, "/ja"), "/ja", String(bad));
  }
});
