import { test } from "node:test";
import assert from "node:assert/strict";
import { formatJstMinute } from "./dates";

test("Japanese shows the manual's format in Japan time", () => {
  assert.equal(formatJstMinute(new Date("2025-10-19T15:00:00Z"), "ja"), "2025年10月20日 00時00分");
});
