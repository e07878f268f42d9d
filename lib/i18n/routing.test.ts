import { test } from "node:test";
import assert from "node:assert/strict";
import { splitLocalePath } from "./routing";

test("splits the locale prefix off a path", () => {
  assert.deepEqual(splitLocalePath("/en/notices"), { locale: "en", rest: "/notices" });
  assert.deepEqual(splitLocalePath("/zh-Hant"), { locale: "zh-Hant", rest: "/" });
  assert.deepEqual(splitLocalePath("/"), { locale: null, rest: "/" });
  assert.deepEqual(splitLocalePath("/fr/notices"), { locale: null, rest: "/fr/notices" });
});
