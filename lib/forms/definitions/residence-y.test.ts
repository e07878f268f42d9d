import { test } from "node:test";
import assert from "node:assert/strict";
import type { FieldDef } from "../types";
import { normalize } from "../engine";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";
import { partsY } from "./residence/cat-y";
import { welderCoeY, welderExtensionY } from "./residence/examples-y";
import { minorsByMajor, trainingContentMajors, trainingContentMinors } from "../lists/cat-y-training-content";

const forms = formsOf("Y");
const check = checker(forms.coe);
const welder = welderCoeY;

test("区分Y: a realistic 技能実習 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, welder);
  assertPasses(forms.extension, welderExtensionY);
  // 1号 → 2号 is a 変更 within 技能実習: 変更 asks the 出生地 and the status held now.
  const change = { ...welderExtensionY, birthPlace: "セブ", currentStatus: "技能実習" };
  assert.deepEqual(checker(forms.change)(change), []);
  // What a step holds: the 区分Y applicant items with 代理人 and 取次者, then the organizations.
  const steps = Object.fromEntries((forms.coe.steps ?? []).map((s) => [s.id, s.sections]));
  assert.deepEqual(steps.applicant, ["identity", "y-applicant", "representative", "agent"]);
  assert.deepEqual(steps.organization, ["y-plan", "y-training", "y-implementer", "y-supervisor", "y-activity"]);
});

test("区分Y: COE item numbers; the applicant's unnumbered on 変更/更新/取得, the organization's kept", () => {
  const coe = forms.coe;
  assert.deepEqual(
    ["yHasCareer", "yCareers", "repName", "repMobile", "yPlanSymbol", "yTrainingType", "yHomeLeaveTo"].map((n) =>
      numberOf(coe, n, "missing"),
    ),
    ["24", "24", "25.1", "25.6", "2.1", "2.4", "3.6"],
  );
  assert.deepEqual(
    ["yImplName", "yImplIndustryOther", "yImplNoticeDate", "ySupPermitType", "ySupValidTo"].map((n) =>
      numberOf(coe, n, "missing"),
    ),
    ["4.1", "4.5", "4.14", "5.11", "5.16"],
  );
  const careers = fieldOf(coe, "yCareers");
  assert.ok(careers?.type === "group");
  assert.deepEqual(
    careers.fields.map((c) => c.number),
    ["24.1", "24.2", "24.3"],
  );
  for (const kind of ["change", "extension", "acquisition"] as const) {
    const def = forms[kind];
    assert.deepEqual(
      ["yHasCareer", "yCareers", "repName"].map((n) => numberOf(def, n, "missing")),
      [undefined, undefined, undefined],
      kind,
    );
    assert.deepEqual(
      ["yPlanNumber", "yImplPhone", "ySupPermitNumber"].map((n) => numberOf(def, n, "missing")),
      ["2.2", "4.10", "5.13"],
      kind,
    );
  }
});

test("区分Y: each conditional item is asked only when its answer calls for it", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    // 職歴
    [{ yHasCareer: "有", yCareers: [] }, ["yCareers=required"]],
    [{ yHasCareer: "無" }, []],
    [{ yHasCareer: "" }, ["yHasCareer=requiredChoice"]],
    [{ yCareers: [{ yJoined: "", yEmployer: "X" }] }, ["yCareers.0.yJoined=required"]],
    [{ yCareers: [{ yJoined: "201906", yEmployer: "" }] }, ["yCareers.0.yEmployer=required"]],
    // 技能実習内容: the first row is required, the second's 小分類 once its 大分類 is chosen.
    [{ yContent1Major: "" }, ["yContent1Major=requiredChoice"]],
    [{ yContent1Minor: "" }, ["yContent1Minor=requiredChoice"]],
    [{ yContent2Major: "塗装" }, ["yContent2Minor=requiredChoice"]],
    [{ yContent2Major: "塗装", yContent2Minor: "金属塗装" }, []],
    [{ yContent1Major: "その他", yContent1Minor: "その他" }, ["yContent1Other=required"]],
    [{ yContent1Major: "その他", yContent1Minor: "その他", yContent1Other: "金属部品の研磨" }, []],
    [{ yContent1Major: "その他", yContent1Minor: "物流" }, []],
    // 一時帰国期間: 第３号 only.
    [{ yTrainingType: "第３号団体監理型技能実習" }, ["yHomeLeaveFrom=required", "yHomeLeaveTo=required"]],
    [{ yTrainingType: "第３号企業単独型技能実習", yHomeLeaveFrom: "20270801", yHomeLeaveTo: "20270905" }, []],
    [{ yTrainingType: "第２号団体監理型技能実習", yHomeLeaveFrom: "x" }, []],
    // 法人番号, 業種 その他 (主たる業種 and 他業種 name different 業種).
    [{ yImplHasCorporateNumber: "無" }, []],
    [{ yImplCorporateNumber: "" }, ["yImplCorporateNumber=required"]],
    [{ yImplIndustry: "その他の製造業（他に分類されないもの）" }, ["yImplIndustryOther=required"]],
    [{ yImplIndustry: "各種商品小売業" }, ["yImplIndustryOther=required"]],
    [{ yImplIndustry: "各種商品小売業", yImplIndustryOther: "工具販売" }, []],
    [{ yImplOtherIndustries: [{ yIndustry: "各種商品小売業" }] }, []],
    [{ yImplOtherIndustries: [{ yIndustry: "保健衛生" }] }, ["yImplOtherIndustries.0.yIndustryOther=required"]],
    [{ ySupIndustry: "分類不能の産業" }, ["ySupIndustryOther=required"]],
    [
      { ySupOtherIndustries: [{ yIndustry: "その他のサービス業（他に分類されないもの）" }] },
      ["ySupOtherIndustries.0.yIndustryOther=required"],
    ],
    // 届出受理番号: may be missing before the training starts, but whole once given.
    [{ yImplNoticeSymbol: "実" }, ["yImplNoticeNumber=required"]],
    [{ yImplNoticeNumber: "1027000456" }, ["yImplNoticeSymbol=required", "yImplNoticeDate=required"]],
    [{ yImplNoticeSymbol: "実", yImplNoticeNumber: "1027000456", yImplNoticeDate: "20270210" }, []],
    // 監理団体: 団体監理型 only.
    [{ yIsSupervised: "" }, ["yIsSupervised=requiredChoice"]],
    [{ ySupName: "" }, ["ySupName=required"]],
    [{ ySupHasCorporateNumber: "無" }, []],
  ];
  assertCases(check, welder, cases);
  // 企業単独型: none of the 監理団体 items is asked, whatever they hold, and none is kept.
  const single = { ...welder, yIsSupervised: "無", yTrainingType: "第１号企業単独型技能実習", ySupName: "" };
  assert.deepEqual(check(single), []);
  const kept = normalize(forms.coe, single);
  assert.ok(!Object.keys(kept).some((k) => k.startsWith("ySup")), Object.keys(kept).join());
});

test("区分Y: each field rule and cross-field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ yTrainingTo: "20270131" }, ["yTrainingTo=dateOrder"]],
    [
      { yTrainingType: "第３号団体監理型技能実習", yHomeLeaveFrom: "20270905", yHomeLeaveTo: "20270801" },
      ["yHomeLeaveTo=dateOrder"],
    ],
    [{ ySupValidTo: "20231031" }, ["ySupValidTo=dateOrder"]],
    [{ yContent1Minor: "施設園芸" }, ["yContent1Minor=option"]],
    [{ yContent2Major: "塗装", yContent2Minor: "手溶接" }, ["yContent2Minor=option"]],
    [{ contactMobile: "" }, ["contactPhone=phoneOrMobile"]],
    [{ yCareers: [{ yJoined: "2019", yEmployer: "X" }] }, ["yCareers.0.yJoined=exactLength"]],
    [{ yCareers: [{ yJoined: "201913", yEmployer: "X" }] }, ["yCareers.0.yJoined=yearMonth"]],
    [{ yCareers: [{ yJoined: "201906", yEmployer: "X".repeat(61) }] }, ["yCareers.0.yEmployer=maxLength"]],
    [{ yPlanSymbol: "変認" }, []],
    [{ yPlanSymbol: "許" }, ["yPlanSymbol=option"]],
    [{ yPlanNumber: "102600123" }, ["yPlanNumber=exactLength"]],
    [{ yPlanNumber: "10260012a4" }, ["yPlanNumber=charClass_halfDigits"]],
    [{ yPlanDate: "20261301" }, ["yPlanDate=date"]],
    [{ yTrainingType: "第１号技能実習" }, ["yTrainingType=option"]],
    [{ yOccupation: "情報処理・通信技術" }, ["yOccupation=option"]],
    [{ yOtherOccupations: [{ yOtherOccupation: "機械検査従事者" }] }, []],
    [{ yOtherOccupations: [{ yOtherOccupation: "" }] }, ["yOtherOccupations.0.yOtherOccupation=requiredChoice"]],
    [{ yImplName: "あ".repeat(61) }, ["yImplName=maxLength"]],
    [{ yImplIndustry: "宗教" }, ["yImplIndustry=option"]],
    [{ yImplIndustry: "公務（他に分類されるものを除く）" }, ["yImplIndustry=option"]],
    [{ ySupIndustry: "金属製品製造業" }, ["ySupIndustry=option"]],
    [{ yImplCorporateNumber: "1234567890123" }, ["yImplCorporateNumber=corporateNumber"]],
    [{ yImplInsuranceNo: "" }, []],
    [{ yImplInsuranceNo: "2301123456" }, ["yImplInsuranceNo=exactLength"]],
    [{ yImplPostalCode: "455003" }, ["yImplPostalCode=exactLength"]],
    [{ yImplPhone: "052-654-1234" }, ["yImplPhone=charClass_halfDigits"]],
    [{ yImplStaff: "" }, ["yImplStaff=required"]],
    [{ yImplStaff: "123456" }, ["yImplStaff=maxLength"]],
    [{ ySupPermitSymbol: "許可番" }, ["ySupPermitSymbol=maxLength"]],
    [{ ySupPermitType: "" }, ["ySupPermitType=requiredChoice"]],
    [{ ySupPermitNumber: "" }, ["ySupPermitNumber=required"]],
    [{ yMonthlyPay: "" }, ["yMonthlyPay=required"]],
    [{ yMonthlyPay: "123456789" }, ["yMonthlyPay=maxLength"]],
  ];
  assertCases(check, welder, cases);
  // 職歴 holds at most 10 rows: more are cut off as typed.
  const many = normalize(forms.coe, {
    ...welder,
    yCareers: Array.from({ length: 11 }, () => ({ yJoined: "201906", yEmployer: "X" })),
  });
  assert.equal((many.yCareers as unknown[]).length, 10);
  // 半角 digits typed in 全角 mean the same.
  assert.equal(normalize(forms.coe, { ...welder, yPlanNumber: "１０２６００１２３４" }).yPlanNumber, "1026001234");
});

test("区分Y: every Y item carries the letter, in rows too", () => {
  const shared = new Set(["representative", "agent"]);
  for (const kind of Object.keys(forms)) {
    const own = partsY(kind as keyof typeof forms);
    for (const s of [...own.applicant, ...own.organization].filter((x) => !shared.has(x.id))) {
      assert.ok(s.id.startsWith("y-"), s.id);
      const names = (f: FieldDef): string[] =>
        f.type === "group" ? [f.name, ...f.fields.map((c) => c.name)] : [f.name];
      for (const n of s.fields.flatMap(names)) assert.match(n, /^y[A-Z]/, `${s.id}: ${n}`);
    }
  }
});

test("区分Y: the 技能実習内容 lists arrive whole, each 小分類 under one 大分類", () => {
  assert.equal(trainingContentMajors.length, 93);
  assert.equal(trainingContentMinors.length, 178);
  assert.equal(new Set(trainingContentMinors.map((o) => o.value)).size, 178);
  assert.deepEqual(
    Object.keys(minorsByMajor),
    trainingContentMajors.map((o) => o.value),
  );
  assert.deepEqual(
    Object.values(minorsByMajor).flat(),
    trainingContentMinors.map((o) => o.value),
  );
  assert.deepEqual(minorsByMajor["溶接"], ["手溶接", "半自動溶接"]);
  assert.deepEqual(trainingContentMinors.find((o) => o.value === "半自動溶接")?.label, {
    ja: "溶接：半自動溶接",
    en: "Welding: Semi-automatic welding",
  });
});
