import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import type { ResidenceKind } from "./residence/forms";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";
import { dependentCoeR, dependentExtensionR } from "./residence/examples-r";

const forms = formsOf("R");
const check = checker(forms.coe);
const checkExtension = checker(forms.extension);
const coe = dependentCoeR;
const renewal = dependentExtensionR;

test("区分R: a realistic 家族滞在 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, coe);
  assertPasses(forms.extension, renewal);
  // 変更: from 留学 to 家族滞在 after marrying a worker; the form also asks the 出生地.
  assert.deepEqual(checker(forms.change)({ ...renewal, currentStatus: "留学", birthPlace: "ハイフォン" }), []);
  // 取得: their daughter, born in Tokyo, within 30 days of birth (no 資格外活動 asked).
  const baby = {
    ...renewal,
    nameRoman: "NGUYEN THI MAI",
    birthDate: "20261110",
    birthPlace: "東京都新宿区",
    maritalStatus: "無",
    occupation: "なし",
    passportNumber: "",
    passportExpiry: "",
    acquisitionCause: "出生",
    acquisitionCauseDate: "20261110",
    reason: "日本で出生し、両親と同居するため。",
    relatives: [{ ...(renewal.relatives as object[])[0], relationship: "父" }],
    repName: "グエン・ヴァン・アン",
    repRelationship: "父",
    rNotificationType: "出生（子について）",
    rJapanOffice: "新宿区役所",
    rJapanDate: "20261112",
    rHomeOffice: "なし",
    rHomeDate: "",
    rSupporterRelationship: "父",
  };
  assert.deepEqual(checker(forms.acquisition)(baby), []);
  // The supporter's part is the step 所属機関等情報.
  const step = forms.coe.steps?.find((s) => s.id === "organization");
  assert.deepEqual(step?.sections, ["r-supporter"]);
});

test("区分R: item numbers of 認定 and of 変更/更新 (取得 takes those too)", () => {
  const names = ["rNotificationType", "rJapanOffice", "rHomeDate", "rExpenses", "repName", "rSupporterIncome"];
  const numbers = (kind: ResidenceKind) => names.map((n) => numberOf(forms[kind], n));
  assert.deepEqual(numbers("coe"), ["22", "22.1", "22.4", "23", "24.1", "2.17"]);
  assert.deepEqual(numbers("change"), ["17", "17.1", "17.4", "18", "20.1", "2.17"]);
  assert.deepEqual(numbers("extension"), numbers("change"));
  assert.deepEqual(numbers("acquisition"), numbers("change"));
  // 資格外活動 (19) is asked on 変更 and 更新 only.
  const asks = (kind: ResidenceKind) => fieldOf(forms[kind], "rOtherActivity") !== undefined;
  assert.deepEqual((["coe", "change", "extension", "acquisition"] as const).map(asks), [false, true, true, false]);
  assert.equal(numberOf(forms.extension, "rOtherActivityPayUnit"), "19");
});

test("区分R: conditional items are required only when their answer asks for them", () => {
  assert.deepEqual(check({ ...coe, rNotificationType: "" }), ["rNotificationType=requiredChoice"]);
  assert.deepEqual(check({ ...coe, rExpenses: "その他" }), ["rExpensesOther=required"]);
  assert.deepEqual(check({ ...coe, rExpenses: "その他", rExpensesOther: "本人の預金" }), []);
  assert.deepEqual(check({ ...coe, rSupporterRelationship: "その他" }), ["rSupporterRelationshipOther=required"]);
  assert.deepEqual(check({ ...coe, rSupporterHasCorporateNumber: "" }), [
    "rSupporterHasCorporateNumber=requiredChoice",
  ]);
  assert.deepEqual(check({ ...coe, rSupporterHasCorporateNumber: "無" }), []);
  // Not applying together: the supporter's card, period and expiry are known and asked for.
  const noCard = { ...coe, rSupporterCardNumber: "", rSupporterPeriod: "", rSupporterExpiry: "" };
  assert.deepEqual(check(noCard), [
    "rSupporterCardNumber=required",
    "rSupporterPeriod=requiredChoice",
    "rSupporterExpiry=required",
  ]);
  // Applying together with the supporter, who may not have them yet.
  assert.deepEqual(check({ ...noCard, rWithSupporter: "有" }), []);
  assert.deepEqual(check({ ...coe, rWithSupporter: "" }), ["rWithSupporter=requiredChoice"]);
  // 無期限 (高度専門職２号): no date of expiration.
  assert.deepEqual(
    check({ ...coe, rSupporterStatus: "高度専門職２号", rSupporterPeriod: "無期限", rSupporterExpiry: "" }),
    [],
  );
  // A student supporter (留学生を除きます): no employer is asked, and one given is dropped.
  const student = { ...coe, rSupporterStatus: "留学", rSupporterPeriod: "２年３月" };
  assert.deepEqual(check({ ...student, rSupporterEmployer: "", rSupporterPostalCode: "" }), []);
  assert.equal(normalize(forms.coe, student).rSupporterEmployer, undefined);
  assert.deepEqual(check({ ...coe, rSupporterEmployer: "" }), ["rSupporterEmployer=required"]);
  // 更新: 資格外活動 有 asks for its details.
  const details = [
    "rOtherActivityDetail",
    "rOtherActivityEmployer",
    "rOtherActivityBranch",
    "rOtherActivityPhone",
    "rOtherActivityHours",
    "rOtherActivityPay",
    "rOtherActivityPayUnit",
  ];
  const bare = { ...renewal, ...Object.fromEntries(details.map((k) => [k, ""])) };
  assert.deepEqual(checkExtension(bare), [
    "rOtherActivityDetail=required",
    "rOtherActivityEmployer=required",
    "rOtherActivityPhone=required",
    "rOtherActivityHours=required",
    "rOtherActivityPay=required",
    "rOtherActivityPayUnit=requiredChoice",
  ]);
  assert.deepEqual(checkExtension({ ...bare, rOtherActivity: "無" }), []);
  assert.deepEqual(checkExtension({ ...renewal, rOtherActivity: "" }), ["rOtherActivity=requiredChoice"]);
});

test("区分R: each field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    // The 在留期間 must be one the supporter's 在留資格 has (the tool's linked pulldown).
    [{ rSupporterPeriod: "１年６月" }, ["rSupporterPeriod=option"]],
    [{ rSupporterStatus: "留学", rSupporterPeriod: "１年６月" }, []],
    [{ rSupporterStatus: "永住者", rSupporterPeriod: "無期限" }, ["rSupporterStatus=option"]],
    [{ rSupporterName: "Nguyen Van An" }, ["rSupporterName=charClass_halfUpper"]],
    [{ rSupporterCardNumber: "AB1234567" }, ["rSupporterCardNumber=exactLength"]],
    [{ rSupporterCorporateNumber: "1234567890123" }, ["rSupporterCorporateNumber=corporateNumber"]],
    [{ rSupporterIncome: "4,200,000" }, ["rSupporterIncome=charClass_halfDigits"]],
    [{ rSupporterIncome: "12345678901" }, ["rSupporterIncome=maxLength"]],
    [{ rSupporterEmployer: "Kasumi Soft" }, []],
    [{ rSupporterAddress: "Tokyo\t1-1" }, ["rSupporterAddress=charClass_fullWidth"]],
    [{ rSupporterPhone: "03-1234-5678" }, ["rSupporterPhone=charClass_halfDigits"]],
    [{ rJapanOffice: "あ".repeat(41) }, ["rJapanOffice=maxLength"]],
    [{ rHomeOffice: "" }, ["rHomeOffice=required"]],
    [{ rHomeDate: "20271231" }, ["rHomeDate=datePast"]],
    [{ rSupporterBirthDate: "19980231" }, ["rSupporterBirthDate=date"]],
    [{ rExpenses: "奨学金" }, ["rExpenses=option"]],
    // The 代理人 gives a telephone or a cellular phone number.
    [{ repPhone: "" }, ["repPhone=phoneOrMobile"]],
    [{ repPhone: "", repMobile: "09011112222" }, []],
  ];
  assertCases(check, coe, cases);
  // Half-width letters in the 全角 employer name are taken as their full-width forms.
  assert.equal(
    normalize(forms.coe, { ...coe, rSupporterEmployer: "Kasumi Soft" }).rSupporterEmployer,
    "Ｋａｓｕｍｉ　Ｓｏｆｔ",
  );
});
