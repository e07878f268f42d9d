import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition } from "../types";
import { normalize } from "../engine";
import { csvColumns } from "../csv";
import { industriesL, occupationsL } from "./residence/cat-l";
import { transfereeCoeL, transfereeExtensionL } from "./residence/examples-l";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";

const forms = formsOf("L");
const check = checker(forms.coe);
const checkRenewal = checker(forms.extension);
const transferee = transfereeCoeL;
const rows = transferee.lCareers as Record<string, string>[];

/** A journalist of a Korean broadcaster posted to its Tokyo bureau: 報道, months may be unknown. */
const journalist = {
  ...transferee,
  status: "報道",
  lCareers: [
    {
      country: "韓国",
      joinedMonthUnknown: "月不詳",
      joinedYear: "2012",
      employerRoman: "Korea Broadcasting Co.",
      employerKanji: "韓国放送",
    },
  ],
  lContractType: "委任",
  lOccupation: "記者",
  lOtherOccupations: [{ occupation: "報道カメラマン" }],
  lSenderRelation: "本部・本店",
};

test("区分L: a realistic 企業内転勤 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, transferee);
  assertPasses(forms.extension, transfereeExtensionL);
  assert.deepEqual(
    checker(forms.change)({ ...transfereeExtensionL, birthPlace: "上海", currentStatus: "技術・人文知識・国際業務" }),
    [],
  );
  // 報道: a year without its month is accepted, and 記者 / 報道カメラマン are 職種 of 区分L.
  assert.deepEqual(check(journalist), []);
});

test("区分L: 企業内転勤 gives 入社・退社 to the month; other statuses may say 月不詳", () => {
  // For 企業内転勤 the 月不詳 choice is not asked and the month is required.
  assert.deepEqual(check({ ...transferee, lCareers: [{ ...rows[0], joined: "" }] }), ["lCareers.0.joined=required"]);
  assert.deepEqual(check({ ...transferee, lCareers: [{ ...rows[0], joined: "2014" }] }), [
    "lCareers.0.joined=exactLength",
  ]);
  assert.deepEqual(check({ ...transferee, lCareers: [{ ...rows[1], left: "" }] }), []);
  const kept = normalize(forms.coe, {
    ...transferee,
    lCareers: [{ ...rows[0], joinedMonthUnknown: "月不詳", joinedYear: "2014" }],
  }).lCareers as Record<string, string>[];
  assert.deepEqual([kept[0].joinedMonthUnknown, kept[0].joinedYear, kept[0].joined], [undefined, undefined, "201407"]);
  // 報道: 月不詳 is asked, and picks which of YYYYMM or YYYY.
  const j = journalist.lCareers[0];
  assert.deepEqual(check({ ...journalist, lCareers: [{ ...j, joinedMonthUnknown: "" }] }), [
    "lCareers.0.joinedMonthUnknown=requiredChoice",
  ]);
  assert.deepEqual(check({ ...journalist, lCareers: [{ ...j, joinedYear: "" }] }), ["lCareers.0.joinedYear=required"]);
  assert.deepEqual(check({ ...journalist, lCareers: [{ ...j, joinedMonthUnknown: "不明な点は無い" }] }), [
    "lCareers.0.joined=required",
  ]);
  assert.deepEqual(check({ ...journalist, lCareers: [{ ...j, leftMonthUnknown: "不明な点は無い" }] }), [
    "lCareers.0.left=required",
  ]);
  assert.deepEqual(check({ ...journalist, lCareers: [{ ...j, joinedYear: "1899" }] }), [
    "lCareers.0.joinedYear=yearMonth",
  ]);
});

test("区分L: each conditional item is asked only when its answer asks for it", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ lHasCareer: "" }, ["lHasCareer=requiredChoice"]],
    [{ lCareers: [] }, ["lCareers=required"]],
    [{ lHasCareer: "無", lCareers: [] }, []],
    [{ lCareers: [{ ...rows[0], country: "" }] }, ["lCareers.0.country=requiredChoice"]],
    [{ lCareers: [{ ...rows[0], employerKanji: "あ".repeat(61) }] }, ["lCareers.0.employerKanji=maxLength"]],
    [{ lContractType: "その他" }, ["lContractTypeOther=required"]],
    [{ lContractType: "その他", lContractTypeOther: "出向" }, []],
    [{ lOrgName: "" }, ["lOrgName=required"]],
    [{ lOrgHasCorporateNumber: "無", lOrgCorporateNumber: "" }, []],
    [{ lOrgCorporateNumber: "" }, ["lOrgCorporateNumber=required"]],
    [{ lOrgIndustry: "公務（他に分類されるものを除く）" }, ["lOrgIndustry=option"]],
    [{ lOrgIndustry: "その他のサービス業（他に分類されないもの）" }, ["lOrgIndustryOther=required"]],
    [{ lOtherIndustries: [{ industry: "分類不能の産業" }] }, ["lOtherIndustries.0.industryOther=required"]],
    [{ lOtherIndustries: [{ industry: "学校教育" }] }, []],
    [{ lOrgInsuranceNo: "1234" }, ["lOrgInsuranceNo=exactLength"]],
    [{ lOrgCapital: "" }, ["lOrgCapital=required"]],
    [{ lOrgSales: "1234567890123456" }, ["lOrgSales=maxLength"]],
    [{ lOrgForeignEmployees: "十五" }, ["lOrgForeignEmployees=charClass_halfDigits"]],
    [{ lMonthlyPay: "" }, ["lMonthlyPay=required"]],
    [{ lPosition: "" }, ["lPosition=required"]],
    [{ lHasPosition: "無", lPosition: "" }, []],
    [{ lPeriodMonths: "1234" }, ["lPeriodMonths=maxLength"]],
    [{ lOccupation: "接客（飲食店）" }, ["lOccupation=option"]],
    [{ lOtherOccupations: [{ occupation: "" }] }, ["lOtherOccupations.0.occupation=requiredChoice"]],
    [{ lActivityDetail: "" }, ["lActivityDetail=required"]],
    [{ lSenderName: "" }, ["lSenderName=required"]],
    [{ lSenderCountry: "日本" }, ["lSenderCountry=option"]],
    [{ lSenderAddress: "あ".repeat(81) }, ["lSenderAddress=maxLength"]],
    [{ lSenderRelation: "その他" }, ["lSenderRelationOther=required"]],
    [{ lSenderRelation: "その他", lSenderRelationOther: "関連会社" }, []],
  ];
  assertCases(check, transferee, cases);
  // The 代理人's 電話番号 or 携帯電話番号, on every form.
  assert.deepEqual(check({ ...transferee, repPhone: "" }), ["repPhone=phoneOrMobile"]);
  assert.deepEqual(check({ ...transferee, repPhone: "", repMobile: "09011112222" }), []);
  assert.deepEqual(checkRenewal({ ...transfereeExtensionL, repPhone: "" }), ["repPhone=phoneOrMobile"]);
  // 職務内容変更 (前回許可時以降) is asked on 変更/更新 only.
  assert.equal(fieldOf(forms.coe, "lDutiesChanged"), undefined);
  assert.equal(fieldOf(forms.acquisition, "lDutiesChanged"), undefined);
  assert.deepEqual(checkRenewal({ ...transfereeExtensionL, lDutiesChanged: "有" }), ["lDutiesChangedDetail=required"]);
});

test("区分L: its lists, its two sections in each form, numbers", () => {
  assert.equal(occupationsL.length, 27);
  assert.deepEqual(
    occupationsL.slice(-3).map((o) => o.value),
    ["記者", "報道カメラマン", "その他"],
  );
  assert.equal(industriesL.length, 46);
  for (const def of Object.values(forms)) assert.equal(def.sections.filter((s) => s.id.startsWith("l-")).length, 2);
  const numbers = (def: FormDefinition, ...names: string[]) => names.map((n) => numberOf(def, n));
  assert.deepEqual(numbers(forms.coe, "lCareers", "repName", "lOrgCapital", "lPeriodMonths", "lSenderRelation"), [
    "25",
    "26.1",
    "3.12",
    "6",
    "10.1",
  ]);
  // 変更/更新: 職歴 and 代理人 unnumbered; 所属機関等作成用 L keeps its numbers.
  assert.deepEqual(numbers(forms.extension, "lCareers", "repName", "lOrgCapital", "lSenderRelation"), [
    undefined,
    undefined,
    "3.12",
    "10.1",
  ]);
  // The 職歴 row as in the bulk tool: 9 columns, ×6.
  assert.equal(csvColumns(forms.coe).filter((c) => c.key.startsWith("lCareers.")).length, 54);
});
