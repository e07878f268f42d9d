import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition } from "../types";
import { normalize } from "../engine";
import { csvColumns } from "../csv";
import { potterCoeJ, potterExtensionJ } from "./residence/examples-j";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";

const forms = formsOf("J");
const check = checker(forms.coe);
const checkRenewal = checker(forms.extension);
const potter = potterCoeJ;

/** The 芸術 applicant's own answers: a photographer paid by a Tokyo studio. */
const artist = {
  ...potter,
  status: "芸術",
  jArtActivity: "美術家・写真家",
  jContractType: "委任",
  jOccupation: "美術家・写真家",
  jOtherOccupations: [{ occupation: "著述家" }],
  jPaid: "有",
  jMonthlyPay: "350000",
};

test("区分J: a realistic 文化活動 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, potter);
  assertPasses(forms.extension, potterExtensionJ);
  // 変更 asks 出生地 and the status held now as well.
  assert.deepEqual(checker(forms.change)({ ...potterExtensionJ, birthPlace: "リヨン", currentStatus: "留学" }), []);
  // 芸術: its own 活動内容 and 職種 are asked, the 文化活動 items (滞在費, 専門家) are not.
  assert.deepEqual(check(artist), []);
  const artNormalized = normalize(forms.coe, artist);
  for (const gone of ["jCulturalActivity", "jSupport", "jExpertName", "jExpertCareers"])
    assert.equal(artNormalized[gone], undefined, gone);
  assert.deepEqual(check({ ...potter, status: "芸術" }), ["jArtActivity=requiredChoice", "jOccupation=requiredChoice"]);
});

test("区分J: each conditional item is asked only when its answer asks for it", () => {
  const row = potter.jCareers as Record<string, string>[];
  const support = potter.jSupport as Record<string, string>[];
  const cases: [Record<string, unknown>, string[]][] = [
    // 活動内容
    [{ ...artist, jArtActivity: "その他" }, ["jArtActivityOther=required"]],
    [{ jCulturalActivity: "" }, ["jCulturalActivity=requiredChoice"]],
    [{ jCulturalActivityDetail: "" }, ["jCulturalActivityDetail=required"]],
    // 経歴 and its 月不詳
    [{ jHasCareer: "" }, ["jHasCareer=requiredChoice"]],
    [{ jCareers: [] }, ["jCareers=required"]],
    [{ jHasCareer: "無", jCareers: [] }, []],
    [{ jCareers: [{ ...row[0], country: "" }] }, ["jCareers.0.country=requiredChoice"]],
    [{ jCareers: [{ ...row[0], fromMonthUnknown: "" }] }, ["jCareers.0.fromMonthUnknown=requiredChoice"]],
    [{ jCareers: [{ ...row[0], fromMonthUnknown: "月不詳" }] }, ["jCareers.0.fromYear=required"]],
    [{ jCareers: [{ ...row[0], fromMonthUnknown: "月不詳", fromYear: "2017" }] }, []],
    [{ jCareers: [{ ...row[0], from: "" }] }, ["jCareers.0.from=required"]],
    [{ jCareers: [{ ...row[0], to: "" }] }, ["jCareers.0.to=required"]],
    [{ jCareers: [{ ...row[0], toMonthUnknown: "", to: "" }] }, []],
    [{ jCareers: [{ ...row[0], toMonthUnknown: "月不詳", toYear: "" }] }, ["jCareers.0.toYear=required"]],
    [{ jCareers: [{ ...row[0], from: "2017" }] }, ["jCareers.0.from=exactLength"]],
    [{ jCareers: [{ ...row[0], from: "201713" }] }, ["jCareers.0.from=yearMonth"]],
    // 滞在費支弁方法 (文化活動)
    [{ jSupport: [] }, ["jSupport=required"]],
    [{ jSupport: [{ ...support[0], method: "その他" }] }, ["jSupport.0.methodOther=required"]],
    [
      { jSupport: [{ ...support[0], transfer: "外国からの携行" }] },
      ["jSupport.0.carrier=required", "jSupport.0.carryDate=required"],
    ],
    [{ jSupport: [{ ...support[1], carrier: "あ".repeat(27) }] }, ["jSupport.0.carrier=maxLength"]],
    [{ jSupport: [{ ...support[0], monthlyAmount: "123456789" }] }, ["jSupport.0.monthlyAmount=maxLength"]],
    // 所属機関
    [{ jContractTypeOther: "" }, ["jContractTypeOther=required"]],
    [{ jContractType: "雇用", jContractTypeOther: "" }, []],
    [{ jOrgName: "" }, ["jOrgName=required"]],
    [{ jOrgCorporateNumber: "" }, ["jOrgCorporateNumber=required"]],
    [{ jOrgCorporateNumber: "1234567890123" }, ["jOrgCorporateNumber=corporateNumber"]],
    [{ jOrgIndustryOther: "" }, ["jOrgIndustryOther=required"]],
    [{ jOrgIndustry: "情報通信業", jOrgIndustryOther: "" }, []],
    [{ jOrgIndustry: "分類不能の産業", jOrgIndustryOther: "" }, ["jOrgIndustryOther=required"]],
    [{ jOtherIndustries: [{ industry: "その他の小売業" }] }, ["jOtherIndustries.0.industryOther=required"]],
    [{ jOrgPostalCode: "605086" }, ["jOrgPostalCode=exactLength"]],
    [{ jOrgAddress: "京都府京都市東山区清水2-208" }, []],
    [{ jCulturalActivity: "学術上の活動" }, ["jLabSupervisor=required"]],
    [{ jCulturalActivity: "学術上の活動", jLabSupervisor: "京都太郎" }, []],
    [{ jActivityDetail: "" }, ["jActivityDetail=required"]],
    [{ jActivityDetail: "あ".repeat(601) }, ["jActivityDetail=maxLength"]],
    [{ jPeriodYears: "" }, ["jPeriodYears=requiredChoice"]],
    [{ jPeriod: "定めなし", jPeriodYears: "", jPeriodMonths: "" }, []],
    [{ jPaid: "有" }, ["jMonthlyPay=required"]],
    // 指導する専門家 (専門家の指導を受けて修得する活動)
    [{ jExpertName: "" }, ["jExpertName=required"]],
    [{ jExpertPhone: "075-561-0123" }, ["jExpertPhone=charClass_halfDigits"]],
    [{ jExpertCareers: [] }, ["jExpertCareers=required"]],
    [{ jExpertCareers: [{ from: "198504", to: "", career: "窯主" }] }, ["jExpertCareers.0.to=required"]],
    [{ jCulturalActivity: "芸術上の活動", jExpertName: "", jExpertPhone: "", jExpertCareers: [] }, []],
  ];
  assertCases(check, potter, cases);
  // 芸術's 職種 rows take the 芸術 list only.
  assert.deepEqual(check({ ...artist, jOtherOccupations: [{ occupation: "宗教家" }] }), [
    "jOtherOccupations.0.occupation=option",
  ]);
  // The 代理人's 電話番号 or 携帯電話番号, on every form.
  assert.deepEqual(check({ ...potter, repPhone: "" }), ["repPhone=phoneOrMobile"]);
  assert.deepEqual(check({ ...potter, repPhone: "", repMobile: "09011112222" }), []);
  assert.deepEqual(checkRenewal({ ...potterExtensionJ, repPhone: "" }), ["repPhone=phoneOrMobile"]);
  // 活動内容変更 (前回許可時以降) is asked on 変更/更新 only.
  assert.equal(fieldOf(forms.coe, "jActivityChanged"), undefined);
  assert.equal(fieldOf(forms.acquisition, "jActivityChanged"), undefined);
  assert.deepEqual(checkRenewal({ ...potterExtensionJ, jActivityChanged: "有" }), ["jActivityChangedDetail=required"]);
});

test("区分J: its two sections in each form, 認定 numbers", () => {
  for (const def of Object.values(forms)) assert.equal(def.sections.filter((s) => s.id.startsWith("j-")).length, 2);
  // 認定: 23 活動内容 … 26 代理人 (申請人等作成用2 J), 2 … 9 (所属機関等作成用 J).
  const numbers = (def: FormDefinition, ...names: string[]) => names.map((n) => numberOf(def, n));
  assert.deepEqual(
    numbers(forms.coe, "jArtActivity", "jCareers", "jSupport", "repName", "jOrgIndustry", "jExpertCareers"),
    ["23.1", "24", "25", "26.1", "3.7", "9.3"],
  );
  // 変更/更新: the applicant items' numbers are not known; the organization's are kept.
  assert.deepEqual(numbers(forms.extension, "jArtActivity", "jCareers", "repName", "jOrgIndustry"), [
    undefined,
    undefined,
    undefined,
    "3.7",
  ]);
  // The 経歴 row as in the bulk tool: 9 columns, ×10.
  assert.equal(csvColumns(forms.coe).filter((c) => c.key.startsWith("jCareers.")).length, 90);
  assert.equal(csvColumns(forms.coe).filter((c) => c.key.startsWith("jSupport.")).length, 70);
});
