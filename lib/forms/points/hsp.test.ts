import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition, FormValues } from "../types";
import { allFields, isShown, normalize, validate } from "../engine";
import { csvColumns } from "../csv";
import {
  HSP_THRESHOLD,
  HSP_TYPES,
  hspAgeChoice,
  hspAgePoints,
  hspAgeRange,
  hspIncomePoints,
  hspIncomeMinimumMet,
  hspPoints,
  hspPointSection,
  hspRdOver3,
  hspRdRatio,
  type HspType,
} from "./hsp";

// Points pinned by hand from the table (categories.md §14.1 and the tool's lists). "Today" is a
// local calendar day, as hspPoints reads it.
const today = new Date(2026, 10, 26);

const MASTER = "修士又は専門職学位（２０点）";
const DOCTOR = "博士学位（専門職学位を除く）（３０点）";
const MBA = "経営管理に関する専門職学位（ＭＢＡ，ＭＯＴ）を保有（２５点）";
const INCOME_400 = "４００万円以上５００万円未満（１０点）";
const INCOME_500 = "５００万円以上６００万円未満（１５点）";
const INCOME_600 = "６００万円以上７００万円未満（２０点）";
const INCOME_700 = "７００万円以上８００万円未満（２５点）";
const INCOME_800 = "８００万円以上９００万円未満（３０点）";
const INCOME_1000 = "１，０００万円以上（４０点）";
const PATENT = "発明者として特許を受けた発明が１件以上";
const PAPERS = "学術論文データベースに登載されている学術雑誌に掲載された論文が３本以上";
const YES5 = "該当する（５点）";
const YES10 = "該当する（１０点）";

const sub = (values: FormValues) =>
  Object.fromEntries(hspPoints(values, today).subtotals.map((s) => [s.id, s.points] as const));

// --- Worked examples -------------------------------------------------------------------------------

/** 1号ロ engineer, 29: 修士 20 + 職歴 7–10年 15 + 年齢 <30 15 + 年収 800万 30 = 80. */
const engineer: FormValues = {
  birthDate: "19970601",
  birthDateUnknown: "none",
  hspType: "1号ロ",
  hspAcademicRo: MASTER,
  hspCareerRo: "７年以上１０年未満（１５点）",
  hspIncomeRo: INCOME_800,
};

test("worked example: a 1号ロ engineer aged 29, master's, 7 years, 8,000,000 yen → 80", () => {
  const r = hspPoints(engineer, today);
  assert.equal(r.age, 29);
  const { academic, career, age, income } = sub(engineer);
  assert.deepEqual({ academic, career, age, income }, { academic: 20, career: 15, age: 15, income: 30 });
  assert.ok(r.subtotals.every((s) => ["academic", "career", "age", "income"].includes(s.id) || s.points === 0));
  assert.equal(r.total, 80);
  assert.equal(r.passes, true);
});

test("worked example: a 1号イ researcher aged 33 → 90", () => {
  // 博士 30 + 職歴 5–7年 10 + 年齢 30–34 10 + 年収 500万 15 (offered up to 34) + 研究実績 2個 25 = 90.
  const researcher: FormValues = {
    birthDate: "19930315",
    hspType: "1号イ",
    hspAcademicI: DOCTOR,
    hspCareerI: "５年以上７年未満（１０点）",
    hspIncomeI: INCOME_500,
    hspResearchI: [PATENT, PAPERS],
  };
  const r = hspPoints(researcher, today);
  assert.equal(r.age, 33);
  assert.deepEqual(
    r.subtotals.filter((s) => s.points).map((s) => [s.id, s.points]),
    [
      ["academic", 30],
      ["career", 10],
      ["age", 10],
      ["income", 15],
      ["research", 25],
    ],
  );
  assert.equal(r.total, 90);
  assert.ok(r.passes);
  // One achievement gives 20, none 0.
  assert.equal(hspPoints({ ...researcher, hspResearchI: [PAPERS] }, today).total, 85);
  assert.equal(hspPoints({ ...researcher, hspResearchI: [] }, today).total, 65);
});

test("worked example: a 1号ハ manager aged 46 → 85 (no 年齢 points for ハ)", () => {
  // ＭＢＡ 25 + 職歴 7–10年 20 + 年収 2,000万 30 + 取締役 5 + 1億円以上の投資 5 = 85.
  const manager: FormValues = {
    birthDate: "19800110",
    hspType: "1号ハ",
    hspAcademicHa: MBA,
    hspCareerHa: "７年以上１０年未満（２０点）",
    hspIncomeHa: "２，０００万円以上２，５００万円未満（３０点）",
    hspPosition: "取締役，執行役又は業務執行社員（５点）",
    hspInvestment: YES5,
  };
  const r = hspPoints(manager, today);
  assert.equal(r.age, 46);
  assert.equal(r.total, 85);
  assert.ok(r.passes);
  const ids = r.subtotals.map((s) => s.id);
  assert.ok(!ids.includes("age") && !ids.includes("research") && !ids.includes("license"));
  assert.equal(sub(manager).position, 5);
  assert.equal(sub(manager).investment, 5);
  assert.equal(
    hspPoints({ ...manager, hspPosition: "代表取締役，代表執行役又は代表権のある業務執行社員（１０点）" }, today).total,
    90,
  );
});

test("worked example that falls short: the engineer's answers at 41 → 65, not 70", () => {
  // 修士 20 + 職歴 15 + 年齢 40以上 0 + 年収 800万 30 (offered at every age) = 65.
  const older = { ...engineer, birthDate: "19850520" };
  const r = hspPoints(older, today);
  assert.equal(r.age, 41);
  assert.equal(sub(older).age, 0);
  assert.equal(sub(older).income, 30);
  assert.equal(r.total, 65);
  assert.equal(r.passes, false);
  assert.equal(HSP_THRESHOLD, 70);
  // Five more points (N2 相当, 特別加算４ 10) bring it over the line.
  assert.equal(hspPoints({ ...older, hspJapanese: "日本語能力試験Ｎ２合格相当（１０点）" }, today).passes, true);
});

// --- Age and the age-dependent income table -------------------------------------------------------

test("年齢 brackets: 15 below 30, 10 for 30–34, 5 for 35–39, 0 from 40, with the tool's choice texts", () => {
  for (const [age, points] of [
    [20, 15],
    [29, 15],
    [30, 10],
    [34, 10],
    [35, 5],
    [39, 5],
    [40, 0],
    [65, 0],
  ])
    assert.equal(hspAgePoints(age), points, `age ${age}`);
  assert.equal(hspAgeChoice(29), "３０歳未満（１５点）");
  assert.equal(hspAgeChoice(30), "３０～３４歳（１０点）");
  assert.equal(hspAgeChoice(39), "３５～３９歳（５点）");
  assert.equal(hspAgeChoice(40), "４０歳以上（０点）");
});

test("年収 of イ/ロ: the same bracket gives its points only up to the age the table offers it", () => {
  const cases: [string, number, number][] = [
    [INCOME_400, 29, 10],
    [INCOME_400, 30, 0],
    [INCOME_500, 34, 15],
    [INCOME_500, 35, 0],
    [INCOME_600, 39, 20],
    [INCOME_600, 40, 0],
    [INCOME_700, 29, 25],
    [INCOME_700, 39, 25],
    [INCOME_700, 41, 0],
    [INCOME_800, 29, 30],
    [INCOME_800, 41, 30],
    [INCOME_1000, 70, 40],
    ["該当しない", 29, 0],
  ];
  for (const [choice, age, points] of cases) assert.equal(hspIncomePoints(choice, age), points, `${choice} at ${age}`);
});

test("the same income at 29 and at 41 through hspPoints (1号イ, 7,000,000 yen)", () => {
  const v = { hspType: "1号イ", hspIncomeI: INCOME_700 };
  assert.equal(sub({ ...v, birthDate: "19970601" }).income, 25);
  assert.equal(sub({ ...v, birthDate: "19970601" }).age, 15);
  assert.equal(sub({ ...v, birthDate: "19850520" }).income, 0);
  assert.equal(sub({ ...v, birthDate: "19850520" }).age, 0);
  // ハ's 年収 does not depend on age.
  const ha = { hspType: "1号ハ", hspIncomeHa: "１，０００万円以上１，５００万円未満（１０点）" };
  assert.equal(sub({ ...ha, birthDate: "19970601" }).income, 10);
  assert.equal(sub({ ...ha, birthDate: "19500101" }).income, 10);
});

test("age from 生年月日: birthday boundary, 29 February, unknown parts, no date", () => {
  const age = (birthDate: string, birthDateUnknown = "none", on = today) =>
    hspPoints({ hspType: "1号ロ", birthDate, birthDateUnknown }, on).age;
  assert.equal(age("19961126"), 30);
  assert.equal(age("19961127"), 29);
  assert.equal(age("20000229", "none", new Date(2030, 1, 28)), 29);
  assert.equal(age("20000229", "none", new Date(2030, 2, 1)), 30);
  assert.equal(age("19970230"), null, "unreal date");
  assert.equal(age("20270101"), null, "after today");
  // 月日不詳 1997: 28 or 29 on 2026-11-26 → no single age, but both below 30.
  assert.deepEqual(hspAgeRange({ birthDate: "1997", birthDateUnknown: "md" }, today), { min: 28, max: 29 });
  assert.equal(age("1997", "md"), null);
  assert.equal(sub({ hspType: "1号ロ", birthDate: "1997", birthDateUnknown: "md" }).age, 15);
  // 1996: 29 or 30 → counted as 30 (the oldest it can be): 年齢 10, 400万 not offered.
  const y1996 = { hspType: "1号ロ", birthDate: "1996", birthDateUnknown: "md", hspIncomeRo: INCOME_400 };
  assert.equal(sub(y1996).age, 10);
  assert.equal(sub(y1996).income, 0);
  // 日不詳 (YYYYMM) and the tool's YYYYMM00 / YYYY0000.
  assert.deepEqual(hspAgeRange({ birthDate: "199611", birthDateUnknown: "d" }, today), { min: 29, max: 30 });
  assert.deepEqual(hspAgeRange({ birthDate: "19961000" }, today), { min: 30, max: 30 });
  assert.deepEqual(hspAgeRange({ birthDate: "19970000" }, today), { min: 28, max: 29 });
  // 年月日不詳 or nothing: 年齢 0 and 年収 as from 40.
  const unknown: FormValues[] = [{ birthDate: "", birthDateUnknown: "ymd" }, { birthDate: "99999999" }, {}];
  for (const v of unknown) {
    const r = hspPoints({ ...v, hspType: "1号ロ", hspIncomeRo: INCOME_700 }, today);
    assert.equal(r.age, null);
    assert.equal(sub({ ...v, hspType: "1号ロ", hspIncomeRo: INCOME_700 }).age, 0);
    assert.equal(sub({ ...v, hspType: "1号ロ", hspIncomeRo: INCOME_700 }).income, 0);
    assert.equal(sub({ ...v, hspType: "1号ロ", hspIncomeRo: INCOME_800 }).income, 30);
  }
});

// --- The 年収300万円 rule -------------------------------------------------------------------------

test("ロ/ハ: below 3,000,000 yen fails whatever the total; イ has no such rule", () => {
  // 博士 30 + 職歴 10年以上 20 + 年齢 15 + 研究実績 15 + 資格 複数 10 = 90, 年収 該当しない.
  const ro: FormValues = {
    birthDate: "19980101",
    hspType: "1号ロ",
    hspAcademicRo: DOCTOR,
    hspCareerRo: "１０年以上（２０点）",
    hspIncomeRo: "該当しない",
    hspResearchRo: [PATENT],
    hspLicense: "複数保有（１０点）",
  };
  assert.equal(hspPoints(ro, today).total, 90);
  assert.equal(hspPoints(ro, today).passes, false, "not confirmed");
  assert.equal(hspPoints({ ...ro, hspIncomeMin: "300万円未満" }, today).passes, false);
  assert.equal(hspPoints({ ...ro, hspIncomeMin: "300万円以上" }, today).passes, true);
  // Any bracket is 400万 or more: the rule holds even where the bracket scores 0 at that age.
  assert.ok(hspIncomeMinimumMet({ ...ro, hspIncomeRo: INCOME_400, birthDate: "19800101" }));

  const ha: FormValues = {
    hspType: "1号ハ",
    hspAcademicHa: MBA,
    hspCareerHa: "１０年以上（２５点）",
    hspPosition: "代表取締役，代表執行役又は代表権のある業務執行社員（１０点）",
    hspJapanese: "日本の大学を卒業又は大学院の課程を修了した，かつ日本語能力試験Ｎ１合格相当（２５点）",
    hspIncomeHa: "該当しない",
  };
  assert.equal(hspPoints(ha, today).total, 85);
  assert.equal(hspPoints(ha, today).passes, false);
  assert.equal(hspPoints({ ...ha, hspIncomeMin: "300万円以上" }, today).passes, true);

  // イ: 博士 30 + 職歴 7年以上 15 + 年齢 15 + 研究実績 2個 25 = 85 with no income at all.
  const i: FormValues = {
    birthDate: "19980101",
    hspType: "1号イ",
    hspAcademicI: DOCTOR,
    hspCareerI: "７年以上（１５点）",
    hspIncomeI: "該当しない",
    hspResearchI: [PATENT, PAPERS],
  };
  assert.equal(hspPoints(i, today).total, 85);
  assert.equal(hspPoints(i, today).passes, true);
});

// --- Bonuses --------------------------------------------------------------------------------------

test("each bonus counts once, with its points", () => {
  const base: FormValues = { hspType: "1号ロ" };
  const cases: [FormValues, string, number][] = [
    [{ hspAcademicMulti: YES5 }, "academicMulti", 5],
    [{ hspInnovationContract: YES10 }, "bonus1-1", 10],
    [{ hspInnovationActivity: YES10 }, "bonus1-1", 10],
    [{ hspInnovationContract: YES10, hspInnovationActivity: YES10 }, "bonus1-1", 10],
    [{ hspInnovationSmeContract: YES10, hspInnovationSmeActivity: YES10 }, "bonus1-2", 10],
    [{ hspLocalSupportContract: YES10, hspLocalSupportActivity: YES10 }, "bonus1-3", 10],
    [{ hspRdSmeContract: YES5, hspRdSmeActivity: YES5, hspRdCost: "120000000", hspSales: "3000000000" }, "bonus2", 5],
    [{ hspForeignQualification: YES5 }, "bonus3", 5],
    [{ hspJapanese: "日本語専攻で外国の大学を卒業又は日本語能力試験Ｎ１合格相当（１５点）" }, "bonus4", 15],
    [{ hspJapanese: "日本の大学を卒業又は大学院の課程を修了した（１０点）" }, "bonus4", 10],
    [{ hspGrowthProject: YES10 }, "bonus5", 10],
    [{ hspUniversity: YES10 }, "bonus6", 10],
    [{ hspJica: YES5 }, "bonus7", 5],
    [{ hspAssetManagement: YES10 }, "assetManagement", 10],
  ];
  for (const [extra, id, points] of cases) {
    const r = hspPoints({ ...base, ...extra }, today);
    assert.equal(r.total, points, JSON.stringify(extra));
    assert.equal(r.subtotals.find((s) => s.id === id)?.points, points, id);
  }
  // 特別加算４ and ６ may be added together.
  assert.equal(
    hspPoints(
      { ...base, hspJapanese: "日本の大学を卒業又は大学院の課程を修了した（１０点）", hspUniversity: YES10 },
      today,
    ).total,
    20,
  );
  // All of ロ's bonuses together.
  assert.equal(
    hspPoints(Object.assign({}, base, ...cases.map(([e]) => e), { hspJapanese: "" }), today).total,
    5 + 10 + 10 + 10 + 5 + 5 + 10 + 10 + 5 + 10,
  );
});

test("特別加算２ needs 割合 over 3%", () => {
  const v = { hspType: "1号イ", hspRdSmeContract: YES5 };
  assert.equal(hspRdRatio({ hspRdCost: "120000000", hspSales: "3000000000" }), 4);
  assert.equal(hspPoints({ ...v, hspRdCost: "90000000", hspSales: "3000000000" }, today).total, 0, "exactly 3%");
  assert.equal(hspPoints({ ...v, hspRdCost: "90000001", hspSales: "3000000000" }, today).total, 5);
  assert.equal(hspPoints(v, today).total, 0, "no amounts");
  assert.equal(hspRdOver3({ hspRdCost: "1", hspSales: "0" }), false);
  assert.equal(hspRdRatio({ hspRdCost: "1", hspSales: "" }), null);
});

test("items of another type do not count", () => {
  const others: FormValues = {
    hspAcademicRo: DOCTOR,
    hspAcademicHa: MBA,
    hspCareerRo: "１０年以上（２０点）",
    hspCareerHa: "１０年以上（２５点）",
    hspIncomeRo: INCOME_1000,
    hspIncomeHa: "３，０００万円以上（５０点）",
    hspPosition: "代表取締役，代表執行役又は代表権のある業務執行社員（１０点）",
    hspResearchRo: [PATENT],
    hspLicense: "複数保有（１０点）",
    hspInvestment: YES5,
  };
  const i = hspPoints({ ...others, hspType: "1号イ" }, today);
  assert.equal(i.total, 0);
  assert.deepEqual(
    i.subtotals.map((s) => s.id).filter((id) => ["position", "license", "investment"].includes(id)),
    [],
  );
  // ハ ignores イ/ロ's research, 資格 and 年齢.
  const ha = hspPoints(
    {
      birthDate: "19970601",
      hspType: "1号ハ",
      hspResearchI: [PATENT, PAPERS],
      hspResearchRo: [PATENT],
      hspLicense: "複数保有（１０点）",
    },
    today,
  );
  assert.equal(ha.total, 0);
  // Choices of another type's list score nothing (ハ's 20-point degree text in ロ's field).
  assert.equal(
    hspPoints({ hspType: "1号ロ", hspAcademicRo: "博士若しくは修士の学位又は専門職学位（２０点）" }, today).total,
    0,
  );
  // No type, no points.
  assert.deepEqual(hspPoints({ ...others }, today), { total: 0, subtotals: [], age: null, passes: false });
});

// --- The section ----------------------------------------------------------------------------------

const form = (type?: HspType): FormDefinition => ({ id: "hsp", sections: [hspPointSection(type)] });

test("section: hsp- ids and names, unique names and options, bilingual labels, CSV columns", () => {
  for (const type of [undefined, ...HSP_TYPES]) {
    const section = hspPointSection(type);
    assert.match(section.id, /^hsp-/);
    const names = section.fields.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    for (const f of section.fields) {
      assert.match(f.name, /^hsp[A-Z]/);
      if (f.type === "hidden" || f.type === "group") assert.fail(`${f.name}: a leaf field`);
      assert.ok("ja" in f.label && "en" in f.label && f.label.ja && f.label.en, f.name);
      if ("options" in f) {
        assert.equal(new Set(f.options.map((o) => o.value)).size, f.options.length, f.name);
        // The stored value is the tool's Japanese text (hspType's label adds the activity's name).
        for (const o of f.options) assert.ok("ja" in o.label && o.label.ja.startsWith(o.value) && o.label.en, o.value);
      }
    }
    assert.equal(csvColumns(form(type)).length, names.length);
  }
});

test("section: every choice gives the points its text states, for each type", () => {
  const digits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  for (const type of HSP_TYPES) {
    // Age 25 (every income bracket offered) and 特別加算２'s amounts at 4%; nothing else answered.
    const base = { birthDate: "20010101", hspType: type, hspRdCost: "120000000", hspSales: "3000000000" };
    const baseTotal = hspPoints(base, today).total;
    assert.equal(baseTotal, type === "1号ハ" ? 0 : 15);
    let checked = 0;
    for (const f of hspPointSection(type).fields) {
      if (f.type !== "select" && f.type !== "radio") continue;
      for (const o of f.options) {
        const m = /（([０-９]+)点）$/.exec(o.value);
        if (!m) continue;
        const total: number = hspPoints({ ...base, [f.name]: o.value }, today).total;
        assert.equal(total - baseTotal, digits(m[1]), `${type} ${f.name} ${o.value}`);
        checked++;
      }
    }
    assert.ok(checked > 30, `${type}: ${checked} choices`);
  }
});

test("section: each type shows its own items; per-type sections hold only them", () => {
  const own = /(I|Ro|Ha|Position|License|Investment|IncomeMin)$/;
  const shownFor = (type: HspType) =>
    allFields(form())
      .filter((f) => isShown(f, { hspType: type, hspIncomeRo: "該当しない", hspIncomeHa: "該当しない" }))
      .map((f) => f.name)
      .filter((n) => own.test(n));
  const expected: Record<HspType, string[]> = {
    "1号イ": ["hspAcademicI", "hspCareerI", "hspIncomeI", "hspResearchI"],
    "1号ロ": ["hspAcademicRo", "hspCareerRo", "hspIncomeRo", "hspIncomeMin", "hspResearchRo", "hspLicense"],
    "1号ハ": ["hspAcademicHa", "hspCareerHa", "hspIncomeHa", "hspIncomeMin", "hspPosition", "hspInvestment"],
  };
  for (const type of HSP_TYPES) {
    assert.deepEqual(shownFor(type), expected[type], type);
    const section = hspPointSection(type);
    assert.deepEqual(
      section.fields.map((f) => f.name).filter((n) => own.test(n)),
      expected[type],
    );
    const typeField = section.fields[0];
    assert.ok(typeField.type === "radio");
    assert.deepEqual(
      typeField.options.map((o) => o.value),
      [type],
    );
  }
  const all = hspPointSection().fields[0];
  assert.ok(all.type === "radio");
  assert.deepEqual(
    all.options.map((o) => o.value),
    ["1号イ", "1号ロ", "1号ハ"],
  );
});

const SUFFIX = { "1号イ": "I", "1号ロ": "Ro", "1号ハ": "Ha" } as const;
/** Every required question answered 該当しない / 無, with an income bracket. */
const complete = (type: HspType, extra: FormValues = {}): FormValues => {
  const none = allFields(form())
    .filter((f) => (f.type === "radio" || f.type === "select") && f.options[0]?.value === "該当しない")
    .map((f) => [f.name, "該当しない"]);
  return normalize(form(), {
    ...Object.fromEntries(none),
    hspType: type,
    hspSpecial: "無",
    [`hspIncome${SUFFIX[type]}`]: type === "1号ハ" ? "１，０００万円以上１，５００万円未満（１０点）" : INCOME_1000,
    ...extra,
  });
};
const issues = (values: FormValues) => validate(form(), values, today).map((i) => `${i.path}=${i.message}`);

test("section: required items per type and the conditional ones", () => {
  for (const type of HSP_TYPES) assert.deepEqual(issues(complete(type)), [], type);
  assert.deepEqual(
    issues(normalize(form(), { hspType: "1号ハ" })).filter((i) => i.includes("Ha=") || i.includes("hspPosition")),
    [
      "hspAcademicHa=requiredChoice",
      "hspCareerHa=requiredChoice",
      "hspIncomeHa=requiredChoice",
      "hspPosition=requiredChoice",
    ],
  );
  // 年収 該当しない asks the 300万円 question for ロ/ハ, not for イ.
  assert.deepEqual(issues(complete("1号ロ", { hspIncomeRo: "該当しない" })), ["hspIncomeMin=requiredChoice"]);
  assert.deepEqual(issues(complete("1号イ", { hspIncomeI: "該当しない" })), []);
  // 特別加算２ asks both amounts; 特別加算６ asks which kind, then rankings and their texts.
  assert.deepEqual(issues(complete("1号イ", { hspRdSmeActivity: YES5 })), ["hspRdCost=required", "hspSales=required"]);
  assert.deepEqual(issues(complete("1号イ", { hspUniversity: YES10 })), ["hspUniversityKind=requiredChoice"]);
  const ranked = "１以下の２つ以上で３００位以内の外国の大学かランク付された本邦の大学";
  assert.deepEqual(issues(complete("1号イ", { hspUniversity: YES10, hspUniversityKind: [ranked] })), [
    "hspRankings=requiredChoice",
  ]);
  assert.deepEqual(
    issues(
      complete("1号イ", {
        hspUniversity: YES10,
        hspUniversityKind: [ranked],
        hspRankings: ["QS・ワールド・ユニバーシティ・ランキングス（クアクアレリ・シモンズ社（英国））"],
      }),
    ),
    ["hspRankQs=required"],
  );
});
