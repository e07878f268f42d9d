import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition } from "../types";
import { unknownName } from "../types";
import { allFields, csvColumns, normalize, stepsWithIssues, validate } from "../engine";
import { residenceForms } from "./residence/forms";
import { priestCoeK, priestExtensionK } from "./residence/examples-k";

const today = new Date("2026-11-26T00:00:00Z");

const forms = {
  coe: residenceForms.coe.K!,
  change: residenceForms.change.K!,
  extension: residenceForms.extension.K!,
  acquisition: residenceForms.acquisition.K!,
};
const checker = (def: FormDefinition) => (input: Record<string, unknown>) =>
  validate(def, normalize(def, input), today).map((i) => `${i.path}=${i.message.split("?")[0]}`);
const check = checker(forms.coe);
const priest = priestCoeK;

test("区分K: a realistic 宗教 application passes in every step, on 認定, 更新 and 変更", () => {
  assert.deepEqual(check(priest), []);
  assert.deepEqual(stepsWithIssues(forms.coe, normalize(forms.coe, priest), today), []);
  assert.deepEqual(checker(forms.extension)(priestExtensionK), []);
  assert.deepEqual(stepsWithIssues(forms.extension, normalize(forms.extension, priestExtensionK), today), []);
  assert.deepEqual(checker(forms.change)({ ...priestExtensionK, birthPlace: "ケソン", currentStatus: "留学" }), []);
  // No career: the rows are not asked and are dropped.
  assert.deepEqual(check({ ...priest, kHasCareer: "無" }), []);
  assert.equal(normalize(forms.coe, { ...priest, kHasCareer: "無" }).kCareers, undefined);
});

test("区分K: each conditional item and rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ kHasCareer: "" }, ["kHasCareer=requiredChoice"]],
    [{ kCareers: [] }, ["kCareers=required"]],
    [{ kCareers: [{ joined: "", employer: "San Roque Parish" }] }, ["kCareers.0.joined=required"]],
    [{ kCareers: [{ joined: "2014", employer: "San Roque Parish" }] }, ["kCareers.0.joined=exactLength"]],
    [{ kCareers: [{ joined: "201413", employer: "San Roque Parish" }] }, ["kCareers.0.joined=yearMonth"]],
    [{ kCareers: [{ joined: "201406", employer: "" }] }, ["kCareers.0.employer=required"]],
    [{ kCareers: [{ joined: "201406", employer: "x".repeat(61) }] }, ["kCareers.0.employer=maxLength"]],
    [{ kContractType: "" }, ["kContractType=requiredChoice"]],
    [{ kContractTypeOther: "" }, ["kContractTypeOther=required"]],
    [{ kContractType: "委任", kContractTypeOther: "" }, []],
    [{ kOrgCorporateNumber: "" }, ["kOrgCorporateNumber=required"]],
    [{ kOrgCorporateNumber: "1234567890123" }, ["kOrgCorporateNumber=corporateNumber"]],
    [{ kOrgHasCorporateNumber: "無", kOrgCorporateNumber: "" }, []],
    [{ kOrgIndustry: "分類不能の産業" }, ["kOrgIndustryOther=required"]],
    [{ kOrgIndustry: "学校教育" }, ["kOrgIndustry=option"]],
    [{ kOrgOtherIndustry1: "分類不能の産業" }, ["kOrgOtherIndustry1Other=required"]],
    [{ kOrgOtherIndustry2: "分類不能の産業", kOrgOtherIndustry2Other: "墓地管理業" }, []],
    [{ kOrgInsuranceNo: "1301123456" }, ["kOrgInsuranceNo=exactLength"]],
    [{ kOrgPostalCode: "" }, ["kOrgPostalCode=required"]],
    [{ kDispatchMonths: "" }, ["kDispatchMonths=required"]],
    [{ kDispatchMonths: "1000" }, ["kDispatchMonths=maxLength"]],
    [{ kMonthlySalary: "15万" }, ["kMonthlySalary=charClass_halfDigits"]],
    [{ kPosition: "" }, ["kPosition=required"]],
    [{ kHasPosition: "無", kPosition: "" }, []],
    [{ kOccupation: "" }, ["kOccupation=requiredChoice"]],
    [{ kOtherOccupations: [{ occupation: "" }] }, ["kOtherOccupations.0.occupation=requiredChoice"]],
    [{ kActivityDetail: "あ".repeat(41) }, ["kActivityDetail=maxLength"]],
    [{ kSenderName: "" }, ["kSenderName=required"]],
    [{ kSenderCountry: "日本" }, ["kSenderCountry=option"]],
    [{ kSenderAddress: "あ".repeat(81) }, ["kSenderAddress=maxLength"]],
    [{ repPhone: "" }, ["repPhone=phoneOrMobile"]],
    [{ repPhone: "", repMobile: "09012345678" }, []],
  ];
  for (const [change, expected] of cases)
    assert.deepEqual(check({ ...priest, ...change }), expected, JSON.stringify(change));
});

test("区分K: names, CSV columns and item numbers of the four forms", () => {
  for (const [kind, def] of Object.entries(forms)) {
    const top = allFields(def).flatMap((f) =>
      f.type === "date" && f.unknownParts ? [f.name, unknownName(f.name)] : [f.name],
    );
    assert.equal(new Set(top).size, top.length, `${kind}: duplicate field names`);
    const cols = csvColumns(def).map((c) => c.key);
    assert.equal(new Set(cols).size, cols.length, `${kind}: CSV keys are unique`);
    const own = def.sections.filter((s) => s.id.startsWith("k-"));
    assert.equal(own.length, 2, kind);
    for (const f of own.flatMap((s) => s.fields)) {
      assert.match(f.name, /^k[A-Z]/, `${kind}: ${f.name}`);
      // 変更/更新/取得 pages of K were not found: no numbers there.
      if (kind !== "coe" && f.type !== "hidden") assert.equal(f.number, undefined, `${kind}: ${f.name}`);
    }
  }
  const numberOf = (def: FormDefinition, name: string) => {
    const f = allFields(def).find((x) => x.name === name);
    return f && f.type !== "hidden" ? f.number : "missing";
  };
  assert.deepEqual(
    [
      "kHasCareer",
      "repName",
      "repMobile",
      "kContractType",
      "kOrgPhone",
      "kDispatchMonths",
      "kActivityDetail",
      "kSenderAddress",
    ].map((n) => numberOf(forms.coe, n)),
    ["25", "26.1", "26.6", "2", "3.10", "4", "8", "9.2"],
  );
  assert.equal(numberOf(forms.extension, "repName"), undefined);
  // 8 rows of 3 columns in the bulk layout.
  assert.equal(csvColumns(forms.coe).filter((c) => c.key.startsWith("kCareers.")).length, 24);
});
