import { test } from "node:test";
import assert from "node:assert/strict";
import { allFields, normalize, reviewRows, resolver, stepsWithIssues, validate } from "../engine";
import { formFor, statusChoiceForm } from "../registry";
import { stepForm } from "../steps";
import { engineerHspRo } from "./residence/examples-hsp";
import { withTallies } from "../points";

const today = new Date("2026-11-26T03:00:00Z");

test("高度専門職: each 類型 is offered and takes the form of its activity with the ポイント計算表 step", () => {
  const offered = allFields(statusChoiceForm(formFor("coe")!)!)[0];
  assert.ok("options" in offered);
  for (const t of ["1号イ", "1号ロ", "1号ハ"])
    assert.ok(
      offered.options.some((o) => o.value === `高度専門職（${t}）`),
      t,
    );
  for (const code of ["coe", "change", "extension", "acquisition"]) {
    assert.match(formFor(code, "高度専門職（1号ロ）")!.id, new RegExp(`^${code}-N-hsp-2$`));
    assert.match(formFor(code, "高度専門職（1号ハ）")!.id, new RegExp(`^${code}-M-hsp-3$`));
    const steps = formFor(code, "高度専門職（1号イ）")!.steps!.map((s) => s.id);
    assert.equal(steps[steps.indexOf("organization") + 1], "points");
  }
});

test("高度専門職（1号ロ）: 80 points pass; below 70, or 70 without 年収300万円, is refused with the total", () => {
  const def = formFor("coe", "高度専門職（1号ロ）")!;
  const check = (v: Record<string, unknown>) =>
    validate(def, normalize(def, v), today).map((i) => `${i.path}=${i.message}`);
  assert.deepEqual(check(engineerHspRo), []);
  assert.deepEqual(stepsWithIssues(def, normalize(def, engineerHspRo), today), []);
  // At 41 the same answers give 65.
  assert.deepEqual(check({ ...engineerHspRo, birthDate: "19850520" }), [
    "hspSpecial=hspBelowThreshold?total=65&min=70",
  ]);
  // No 年収 points but enough others: 70 or more is not enough without 年収300万円以上.
  const rich = {
    ...engineerHspRo,
    hspIncomeRo: "該当しない",
    hspLicense: "複数保有（１０点）",
    hspJapanese: "日本の大学を卒業又は大学院の課程を修了した，かつ日本語能力試験Ｎ１合格相当（２５点）",
    hspIncomeMin: "300万円未満",
  };
  assert.deepEqual(check(rich), ["hspSpecial=hspBelowThresholdCondition?total=85&min=70"]);
  assert.deepEqual(check({ ...rich, hspIncomeMin: "300万円以上" }), []);
  // The 類型 is the status: a forged hspType changes nothing.
  assert.deepEqual(check({ ...engineerHspRo, hspType: "1号ハ" }), []);
});

test("the points step carries the answers its total reads; the read-back shows subtotals and the total", () => {
  const def = formFor("coe", "高度専門職（1号ロ）")!;
  const step = stepForm(
    def,
    def.steps!.find((s) => s.id === "points")!,
  );
  const names = allFields(step).map((f) => f.name);
  assert.ok(names.includes("status") && names.includes("birthDate"), names.join());
  const rows = reviewRows(def, normalize(def, engineerHspRo), resolver("ja"), "ja", undefined, today).find((s) =>
    s.rows.some((r) => r.field === "hsp-points.total"),
  )!.rows;
  assert.equal(rows.find((r) => r.field === "hsp-points.total")!.value, "80点（70点以上が必要：満たしています）");
  assert.ok(rows.some((r) => r.value === "30点"));
});

test("申込む stores the points as counted that day", () => {
  const def = formFor("coe", "高度専門職（1号ロ）")!;
  const stored = withTallies(def, normalize(def, engineerHspRo), today) as {
    hspPoints: { total: number; passes: boolean };
  };
  assert.equal(stored.hspPoints.total, 80);
  assert.equal(stored.hspPoints.passes, true);
  // A form without a points table stores its answers as they are.
  const plain = formFor("coe", "技能")!;
  assert.deepEqual(withTallies(plain, { a: "1" }, today), { a: "1" });
});
