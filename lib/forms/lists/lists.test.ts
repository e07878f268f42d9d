import { test } from "node:test";
import assert from "node:assert/strict";
import { nationalities } from "./nationalities";
import { relationships } from "./relationships";
import { industries } from "./industries";
import { occupationsN } from "./occupationsN";
import { exactOption, findOptions } from "../option-search";
import { categoriesByField, specifiedSkillCategories, specifiedSkillFields } from "./specifiedSkillFields";
import { splitJaEn } from "../../../scripts/code-lists.mjs";

test("the official lists arrive whole, with unique values and both languages", () => {
  assert.equal(nationalities.length, 197);
  assert.equal(relationships.length, 29);
  assert.equal(industries.length, 47);
  assert.equal(occupationsN.length, 30);
  for (const list of [nationalities, relationships, industries, occupationsN]) {
    assert.equal(new Set(list.map((o) => o.value)).size, list.length);
    for (const o of list) assert.ok("ja" in o.label && o.label.ja && o.label.en, JSON.stringify(o));
  }
  assert.deepEqual(splitJaEn("管理業務（経営者を除く） Management work (excluding executives)"), {
    ja: "管理業務（経営者を除く）",
    en: "Management work (excluding executives)",
  });
  assert.deepEqual(splitJaEn("朝鮮"), { ja: "朝鮮", en: "朝鮮" });
});

test("typing finds options by either name, in any width, case or kana; starts-with first", () => {
  const names = (q: string) => findOptions(nationalities, q).map((o) => o.value);
  assert.equal(names("ベトナム")[0], "ベトナム");
  assert.equal(names("べとなむ")[0], "ベトナム");
  assert.equal(names("ｖｉｅｔ")[0], "ベトナム");
  assert.equal(names("viet nam")[0], "ベトナム");
  // "Korea" starts "Republic of Korea"? No: contains. Both Koreas are found, 朝鮮 is not (no English).
  assert.ok(names("korea").includes("韓国"));
  assert.equal(findOptions(nationalities, "").length, 197);
  assert.deepEqual(names("zzz"), []);
  assert.equal(exactOption(nationalities, "united kingdom")?.value, "英国");
  assert.equal(exactOption(nationalities, "英国 United Kingdom")?.value, "英国");
  assert.equal(exactOption(nationalities, "英"), undefined);
  // A 業務区分 is shown with its field and may be typed without it.
  assert.equal(exactOption(specifiedSkillCategories, "外食業全般")?.value, "外食業全般");
  assert.equal(exactOption(specifiedSkillCategories, "外食業：外食業全般")?.value, "外食業全般");
  for (const [field, categories] of Object.entries(categoriesByField)) {
    assert.ok(
      specifiedSkillFields.some((o) => o.value === field),
      field,
    );
    for (const c of categories)
      assert.ok(
        specifiedSkillCategories.some((o) => o.value === c),
        c,
      );
  }
  assert.equal(specifiedSkillFields.length, 16);
});
