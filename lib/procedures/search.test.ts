import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSearch, searchProcedures, searchHref } from "./search";

const names = (locale: string, q: Record<string, string>) =>
  searchProcedures(locale, parseSearch(q)).items.map((i) => i.code);

test("no keyword lists all 11, newest acceptance first", () => {
  const r = searchProcedures("ja", parseSearch({}));
  assert.equal(r.total, 11);
  assert.equal(r.items[0].code, "coe");
  assert.equal(r.items.length, 10);
  assert.equal(r.pageCount, 2);
});

test("space-separated words must all match (AND), full-width space too", () => {
  assert.deepEqual(names("ja", { q: "一括　更新" }), ["bulk-extension"]);
  assert.deepEqual(names("ja", { q: "一括 存在しない語" }), []);
});

test("synonym search expands each word", () => {
  assert.deepEqual(names("ja", { q: "延長" }), []);
  assert.ok(names("ja", { q: "延長", synonyms: "1" }).includes("extension"));
  assert.ok(names("ja", { q: "受け取り", synonyms: "1" }).includes("receipt-change"));
  assert.ok(names("en", { q: "renew", synonyms: "1" }).includes("extension"));
});

test("sort orders and page sizes", () => {
  const asc = names("ja", { sort: "acceptAsc", size: "20" });
  assert.equal(asc.length, 11);
  assert.equal(asc[asc.length - 1], "coe");
  assert.equal(parseSearch({ size: "13", sort: "x", page: "-2" }).size, 10);
});

test("URL state round-trips and leaves defaults out", () => {
  const s = parseSearch({ q: "一括", synonyms: "1", sort: "name", size: "20", page: "2" });
  assert.equal(searchHref("ja", s), "/ja/procedures?q=%E4%B8%80%E6%8B%AC&synonyms=1&sort=name&size=20&page=2");
  assert.equal(searchHref("en", parseSearch({})), "/en/procedures");
});
