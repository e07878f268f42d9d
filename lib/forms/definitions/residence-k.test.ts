import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import { csvColumns } from "../csv";
import { priestCoeK, priestExtensionK } from "./residence/examples-k";
import { assertCases, assertPasses, checker, formsOf, numberOf } from "./residence/testing";

const forms = formsOf("K");
const check = checker(forms.coe);
const priest = priestCoeK;

test("区分K: a realistic 宗教 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, priest);
  assertPasses(forms.extension, priestExtensionK);
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
  assertCases(check, priest, cases);
});

test("区分K: its two sections and the item numbers of the four forms", () => {
  for (const [kind, def] of Object.entries(forms)) {
    const own = def.sections.filter((s) => s.id.startsWith("k-"));
    assert.equal(own.length, 2, kind);
    // 変更/更新/取得 pages of K were not found: no numbers there.
    for (const f of own.flatMap((s) => s.fields))
      if (kind !== "coe" && f.type !== "hidden") assert.equal(f.number, undefined, `${kind}: ${f.name}`);
  }
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
    ].map((n) => numberOf(forms.coe, n, "missing")),
    ["25", "26.1", "26.6", "2", "3.10", "4", "8", "9.2"],
  );
  assert.equal(numberOf(forms.extension, "repName", "missing"), undefined);
  // 8 rows of 3 columns in the bulk layout.
  assert.equal(csvColumns(forms.coe).filter((c) => c.key.startsWith("kCareers.")).length, 24);
});
