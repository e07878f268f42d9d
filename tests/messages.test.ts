import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
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

// The same formatter as next-intl: an ASCII apostrophe before "{" quotes the placeholder, which is
// then shown as "{q}" instead of the value.
const unfilled = (messages: Map<string, string>, locale: string) =>
  [...messages].flatMap(([key, value]) => {
    const names = [...value.matchAll(/\{(\w+)/g)].map((m) => m[1]);
    if (!names.length) return [];
    const out = String(new IntlMessageFormat(value, locale).format(Object.fromEntries(names.map((n) => [n, 7]))));
    return /\{\w+\}/.test(out) ? [`${key}: ${out}`] : [];
  });

for (const locale of locales) {
  test(`messages/${locale}.json fills every placeholder it has`, () => {
    assert.deepEqual(unfilled(leaves(load(locale)), locale), []);
  });
}

for (const locale of locales.filter((l) => l !== "en" && l !== "ja")) {
  test(`messages/${locale}.json is translated, not a copy of English`, () => {
    const msgs = leaves(load(locale));
    // Only words count: a message of placeholders alone ("{label} {n}") is the same everywhere.
    const copied = [...en]
      .filter(([k, v]) => v.replace(/\{[^}]*\}/g, "").trim().length > 8 && msgs.get(k) === v)
      .map(([k]) => k);
    assert.ok(copied.length <= 3, `${locale} copies English for: ${copied.join(", ")}`);
  });
}

// Screens from 申込 onward exist in Japanese and English only; their texts live in messages/jaen.
test("messages/jaen: en has exactly the keys and placeholders of ja, and no key clashes with the main files", () => {
  const jaOnly = leaves(JSON.parse(fs.readFileSync(path.join(dir, "jaen", "ja.json"), "utf8")));
  const enOnly = leaves(JSON.parse(fs.readFileSync(path.join(dir, "jaen", "en.json"), "utf8")));
  assert.deepEqual([...enOnly.keys()].sort(), [...jaOnly.keys()].sort());
  assert.deepEqual([...unfilled(jaOnly, "ja"), ...unfilled(enOnly, "en")], []);
  for (const [key, value] of jaOnly) {
    const want = [...value.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    assert.deepEqual([...(enOnly.get(key) ?? "").matchAll(/\{(\w+)/g)].map((m) => m[1]).sort(), want, key);
  }
  const namespaces = new Set([...jaOnly.keys()].map((k) => k.split(".")[0]));
  for (const ns of namespaces)
    assert.ok(![...ja.keys()].some((k) => k.startsWith(`${ns}.`)), `namespace ${ns} is also in messages/ja.json`);
});

// Texts kept as data beside the code (the procedure catalogue) are checked like message files.
test("the procedure catalogue has every text in all 8 languages", async () => {
  const { procedures } = await import("../lib/procedures/catalog");
  for (const p of procedures) {
    for (const [field, text] of Object.entries({
      name: p.name,
      description: p.description,
      keywords: p.keywords,
      contact: p.contact.name,
    })) {
      assert.deepEqual(Object.keys(text).sort(), [...locales].sort(), `${p.code}.${field}`);
      for (const l of locales) assert.ok(text[l]?.trim(), `${p.code}.${field}.${l} is empty`);
    }
  }
});

// Counts read right in English: one file, two files (ICU plurals on the server, CLDR categories in the browser).
test("English counts use plural forms", () => {
  for (const key of ["procedures.resultCount", "applications.count"])
    assert.match(en.get(key)!, /\{count, plural, one \{[^}]*\} other \{[^}]*\}\}/, key);
  const jaenEn = leaves(JSON.parse(fs.readFileSync(path.join(dir, "jaen", "en.json"), "utf8")));
  assert.match(jaenEn.get("apply.total_one")!, /\{count\} file \//);
  assert.match(jaenEn.get("apply.total_other")!, /\{count\} files \//);
});
