import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import { csvColumns } from "../csv";
import type { ResidenceKind } from "./residence/forms";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";
import { spouseCoeT, spouseExtensionT } from "./residence/examples-t";

const forms = formsOf("T");
const check = checker(forms.coe);
const checkExtension = checker(forms.extension);
const coe = spouseCoeT;
const renewal = spouseExtensionT;

/** A Japanese husband: no card, status or period, and no 在日親族 row (the common list has no 日本). */
const japaneseSpouse = {
  ...coe,
  status: "日本人の配偶者等",
  tPosition: "「日本人」の「配偶者」",
  relativesInJapan: "無",
  relatives: [],
  tSupporterName: "SATO KENICHI",
  tSupporterNationality: "日本",
  tSupporterCardNumber: "",
  tSupporterStatus: "",
  tSupporterPeriod: "",
  tGuarantorName: "SATO KENICHI",
};

test("区分T: a realistic 永住者の配偶者等 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, coe);
  assertPasses(forms.extension, renewal);
  // 変更: from 家族滞在 after marrying a permanent resident; the form also asks the 出生地.
  assert.deepEqual(checker(forms.change)({ ...renewal, currentStatus: "家族滞在", birthPlace: "大連" }), []);
  // 扶養者 and 在日身元保証人 make the second step.
  const step = forms.coe.steps?.find((s) => s.id === "organization");
  assert.deepEqual(step?.sections, ["t-supporter", "t-guarantor"]);
  assert.deepEqual(check(japaneseSpouse), []);
});

test("区分T: item numbers on 認定; none where the 変更/更新 and 取得 pages are unknown", () => {
  const names = [
    "tPosition",
    "tHomeDate",
    "tEmployerIncome",
    "tExpenses",
    "tPayers",
    "tSupporterIncome",
    "tGuarantorMobile",
    "repName",
  ];
  assert.deepEqual(
    names.map((n) => numberOf(forms.coe, n)),
    ["22.1", "23.4", "24.6", "25", "25", "26.15", "27.6", "28.1"],
  );
  const expenses = fieldOf(forms.coe, "tExpenses");
  assert.ok(expenses?.type === "group" && expenses.fields.find((c) => c.name === "carriedOn")?.number === "25.6");
  for (const kind of ["change", "extension", "acquisition"] as ResidenceKind[]) {
    const numbered = forms[kind].sections
      .filter((s) => s.id.startsWith("t-") || s.id === "representative")
      .flatMap((s) => s.fields)
      .filter((f) => f.type !== "hidden" && f.number);
    assert.deepEqual(numbered, [], kind);
  }
});

test("区分T: conditional items are required only when their answer asks for them", () => {
  assert.deepEqual(check({ ...coe, tPosition: "" }), ["tPosition=requiredChoice"]);
  assert.deepEqual(check({ ...coe, status: "定住者", tPosition: "その他" }), ["tPositionOther=required"]);
  assert.deepEqual(check({ ...coe, status: "定住者", tPosition: "その他", tPositionOther: "難民" }), []);
  assert.deepEqual(check({ ...coe, tJapanOffice: "" }), ["tJapanOffice=required"]);
  // An employer named asks for its address and phone; none, nothing.
  assert.deepEqual(check({ ...coe, tEmployer: "株式会社梅田フーズ" }), [
    "tEmployerPostalCode=required",
    "tEmployerAddress=required",
    "tEmployerPhone=required",
    "tEmployerIncome=required",
  ]);
  assert.deepEqual(checkExtension({ ...renewal, tEmployer: "", tEmployerPhone: "abc" }), []);
  // 滞在費支弁方法: at least one; その他 and the kinds of money ask for their details.
  assert.deepEqual(check({ ...coe, tExpenses: [] }), ["tExpenses=required"]);
  assert.deepEqual(check({ ...coe, tExpenses: [{ method: "その他", monthly: "50000" }] }), [
    "tExpenses.0.methodOther=required",
  ]);
  assert.deepEqual(
    check({ ...coe, tExpenses: [{ method: "本人負担", monthly: "50000", transfer: "外国からの携行" }] }),
    ["tExpenses.0.amount=required", "tExpenses.0.carrier=required", "tExpenses.0.carriedOn=required"],
  );
  assert.deepEqual(
    check({ ...coe, tExpenses: [{ method: "本人負担", monthly: "50000", transfer: "その他", amount: "1" }] }),
    ["tExpenses.0.transferOther=required"],
  );
  // 携行時期 with 不詳 parts, like a date of birth: 月日不詳 takes the year only.
  const carried = { method: "本人負担", monthly: "1", transfer: "外国からの携行", amount: "1", carrier: "王麗" };
  assert.deepEqual(check({ ...coe, tExpenses: [{ ...carried, carriedOn: "2027", carriedOnUnknown: "md" }] }), []);
  assert.deepEqual(check({ ...coe, tExpenses: [{ ...carried, carriedOn: "202705", carriedOnUnknown: "md" }] }), [
    "tExpenses.0.carriedOn=dateYear",
  ]);
  // 経費支弁者: none needed; a row asks for its name, address, occupation and income.
  assert.deepEqual(check({ ...coe, tPayers: [{ country: "中国" }] }), [
    "tPayers.0.name=required",
    "tPayers.0.address=required",
    "tPayers.0.occupation=required",
    "tPayers.0.income=required",
  ]);
  const payer = {
    name: "王建国",
    country: "中国",
    address: "遼寧省大連市中山区１号",
    occupation: "大連機械有限公司",
    income: "3000000",
  };
  assert.deepEqual(check({ ...coe, tPayers: [payer] }), []);
  // 扶養者: only when the applicant is supported; named, the rest is asked.
  const unsupported = { ...coe, tSupporterName: "" };
  assert.deepEqual(check(unsupported), []);
  assert.equal(normalize(forms.coe, unsupported).tSupporterIncome, undefined);
  assert.deepEqual(check({ ...coe, tSupporterIncome: "", tSupporterRelationship: "その他" }), [
    "tSupporterRelationshipOther=required",
    "tSupporterIncome=required",
  ]);
  assert.deepEqual(check({ ...coe, tSupporterCardNumber: "", tSupporterPeriod: "５年" }), [
    "tSupporterCardNumber=required",
    "tSupporterExpiry=required",
    "tSupporterPeriod=option",
  ]);
  assert.deepEqual(check({ ...coe, tSupporterEmployer: "", tSupporterAddress: "" }), []);
  assert.deepEqual(check({ ...coe, tSupporterPhone: "" }), ["tSupporterPhone=required"]);
  // A Japanese supporter's status given anyway is dropped.
  assert.equal(normalize(forms.coe, { ...japaneseSpouse, tSupporterStatus: "永住者" }).tSupporterStatus, undefined);
  assert.deepEqual(check({ ...japaneseSpouse, tSupporterNationality: "中国" }), [
    "tSupporterCardNumber=required",
    "tSupporterStatus=requiredChoice",
    "tSupporterPeriod=requiredChoice",
    "tSupporterExpiry=required",
  ]);
  // 在日身元保証人: a telephone or a cellular phone.
  assert.deepEqual(check({ ...coe, tGuarantorMobile: "" }), ["tGuarantorPhone=phoneOrMobile"]);
  assert.deepEqual(check({ ...coe, tGuarantorMobile: "", tGuarantorPhone: "0661234567" }), []);
  assert.deepEqual(check({ ...coe, tGuarantorOccupation: "" }), ["tGuarantorOccupation=required"]);
  // And so does the 代理人.
  assert.deepEqual(check({ ...coe, repMobile: "" }), ["repPhone=phoneOrMobile"]);
});

test("区分T: each field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    // 身分又は地位 belongs to the status applied for (the tool's linked pulldown).
    [{ tPosition: "「日本人」の「配偶者」" }, ["tPosition=option"]],
    [{ status: "定住者", tPosition: "「日系３世」の「配偶者」" }, []],
    [{ tSupporterStatus: "定住者", tSupporterPeriod: "無期限" }, ["tSupporterPeriod=option"]],
    [{ tSupporterStatus: "特別永住者" }, []],
    [{ tSupporterStatus: "技能実習２号イ", tSupporterPeriod: "１年１１月", tSupporterExpiry: "20280101" }, []],
    [{ tSupporterName: "Zhang Wei" }, ["tSupporterName=charClass_halfUpper"]],
    [{ tGuarantorName: "張偉" }, ["tGuarantorName=charClass_halfUpper"]],
    [{ tSupporterBirthDate: "", tSupporterBirthDateUnknown: "ymd" }, []],
    [{ tSupporterBirthDate: "1990", tSupporterBirthDateUnknown: "none" }, ["tSupporterBirthDate=date"]],
    [{ tSupporterCardNumber: "EF1234567GH" }, ["tSupporterCardNumber=exactLength"]],
    [{ tJapanOffice: "あ".repeat(61) }, ["tJapanOffice=maxLength"]],
    [{ tJapanDate: "20270101" }, ["tJapanDate=datePast"]],
    [{ tExpenses: [{ method: "奨学金", monthly: "1" }] }, ["tExpenses.0.method=option"]],
    [{ tExpenses: [{ method: "本人負担", monthly: "123456789" }] }, ["tExpenses.0.monthly=maxLength"]],
    [{ tSupporterIncome: "５２０万" }, ["tSupporterIncome=charClass_halfDigits"]],
    [
      { tGuarantorPostalCode: "530-0001" },
      ["tGuarantorPostalCode=charClass_halfDigits", "tGuarantorPostalCode=exactLength"],
    ],
    [{ tGuarantorOccupation: "あ".repeat(41) }, ["tGuarantorOccupation=maxLength"]],
  ];
  assertCases(check, coe, cases);
  // The 携行者 is 全角: typed in half-width kana or letters, it is the same name.
  const typed = { ...coe, tExpenses: [{ ...(coe.tExpenses as object[])[1], carrier: "WANG LI" }] };
  assert.deepEqual(check(typed), []);
});

test("区分T: 滞在費支弁方法 and 経費支弁者 rows in the CSV of each form", () => {
  for (const def of Object.values(forms)) {
    const cols = csvColumns(def).map((c) => c.key);
    // 10 滞在費支弁方法 and 10 経費支弁者 rows, as in the tool (携行時期 不詳 is written in the date).
    assert.equal(cols.filter((c) => c.startsWith("tExpenses.")).length, 10 * 8, def.id);
    assert.equal(cols.filter((c) => c.startsWith("tPayers.")).length, 10 * 7, def.id);
  }
});
