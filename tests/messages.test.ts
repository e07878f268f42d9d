import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { locales } from "../lib/i18n/routing";

const dir = path.join(import.meta.dirname, "..", "messages");
const load = (l: string) => JSON.parse(fs.readFileSync(path.join(dir, `${l}.json`), "utf8"));

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

const ja = leaves(load("ja"));
const en = leaves(load("en"));

for (const locale of locales) {
  test(`messages/${locale}.json has exactly the keys of ja.json`, () => {
    const keys = [...leaves(load(locale)).keys()].sort();
    assert.deepEqual(keys, [...ja.keys()].sort());
  });

  test(`messages/${locale}.json keeps every placeholder`, () => {
    const msgs = leaves(load(locale));
    for (const [key, value] of ja) {
      const want = [...value.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
      const got = [...(msgs.get(key) ?? "").matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
      assert.deepEqual(got, want, `${locale}: ${key}`);
    }
  });
}

for (const locale of locales.filter((l) => l !== "en" && l !== "ja")) {
  test(`messages/${locale}.json is translated, not a copy of English`, () => {
    const msgs = leaves(load(locale));
    const copied = [...en].filter(([k, v]) => v.length > 8 && msgs.get(k) === v).map(([k]) => k);
    assert.ok(copied.length <= 3, `${locale} copies English for: ${copied.join(", ")}`);
  });
}

// Screens from 申込 onward exist in Japanese and English only; their texts live in messages/jaen.
test("messages/jaen: en has exactly the keys and placeholders of ja, and no key clashes with the main files", () => {
  const jaOnly = leaves(JSON.parse(fs.readFileSync(path.join(dir, "jaen", "ja.json"), "utf8")));
  const enOnly = leaves(JSON.parse(fs.readFileSync(path.join(dir, "jaen", "en.json"), "utf8")));
  assert.deepEqual([...enOnly.keys()].sort(), [...jaOnly.keys()].sort());
  for (const [key, value] of jaOnly) {
    const want = [...value.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    assert.deepEqual([...(enOnly.get(key) ?? "").matchAll(/\{(\w+)/g)].map((m) => m[1]).sort(), want, key);
  }
  const namespaces = new Set([...jaOnly.keys()].map((k) => k.split(".")[0]));
  for (const ns of namespaces) assert.ok(![...ja.keys()].some((k) => k.startsWith(`${ns}.`)), `namespace ${ns} is also in messages/ja.json`);
});
