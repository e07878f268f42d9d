import { test } from "node:test";
import assert from "node:assert/strict";
import { safeReturnPath } from "./return-path";

test("same-site paths are kept", () => {
  assert.equal(safeReturnPath("/ja/notices?page=2"), "/ja/notices?page=2");
  assert.equal(safeReturnPath("/ja/procedures?q=%E5%BB%B6%E9%95%B7"), "/ja/procedures?q=%E5%BB%B6%E9%95%B7");
});

test("anything that could leave the site falls back", () => {
  const bad = [
    "//evil.example",
    "/\\evil.example",
    "/%09/evil.example/x",
    "/\t/evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "",
    "evil",
    null,
    42,
    "/ok\r\nSet-Cookie: x",
    "/%0d%0aSet-Cookie:x",
    "/%E0%A4%A",
  ];
  for (const v of bad) assert.equal(safeReturnPath(v, "/ja"), "/ja", String(v));
});
