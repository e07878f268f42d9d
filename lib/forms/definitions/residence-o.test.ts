import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";
import { pianistCoeO, pianistExtensionO } from "./residence/examples-o";

const forms = formsOf("O");
const check = checker(forms.coe);
const pianist = pianistCoeO;
const venue = (pianist.oVenues as Record<string, string>[])[0];

test("区分O: a realistic 興行 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, pianist);
  assertPasses(forms.extension, pianistExtensionO);
  const change = { ...pianistExtensionO, birthPlace: "ニューオーリンズ", currentStatus: "文化活動" };
  assert.deepEqual(checker(forms.change)(change), []);
  // The contract, organizer and venues make the 所属機関等情報 step; 31 stays with the applicant.
  const steps = Object.fromEntries((forms.coe.steps ?? []).map((s) => [s.id, s.sections]));
  assert.deepEqual(steps.applicant, ["identity", "o-applicant", "representative", "agent"]);
  assert.deepEqual(steps.organization, ["o-activity", "o-organizer", "o-venues"]);
});

test("区分O: 認定 carries the paper numbers 22–32; 活動内容変更 only on 変更 and 更新", () => {
  assert.deepEqual(
    ["oContractType", "oPerformances", "oStandard", "oOrganizerIndustryOther", "oVenues", "oStudyTo", "repMobile"].map(
      (n) => numberOf(forms.coe, n),
    ),
    ["22.1", "23.3", "28", "29.6", "30", "31.3", "32.6"],
  );
  const venueNumbers = fieldOf(forms.coe, "oVenues");
  assert.ok(venueNumbers?.type === "group" && venueNumbers.fields.at(-1)?.number === "30.29");
  for (const kind of ["change", "extension", "acquisition"] as const)
    assert.deepEqual(
      ["oContractType", "oVenues", "repName"].map((n) => numberOf(forms[kind], n)),
      [undefined, undefined, undefined],
      kind,
    );
  assert.deepEqual(
    (["coe", "change", "extension", "acquisition"] as const).map(
      (k) => fieldOf(forms[k], "oActivityChanged") !== undefined,
    ),
    [false, true, true, false],
  );
  assert.deepEqual(checker(forms.extension)({ ...pianistExtensionO, oActivityChanged: "有" }), [
    "oActivityChangedDetail=required",
  ]);
});

test("区分O: each conditional item and field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ oContractType: "その他" }, ["oContractTypeOther=required"]],
    [{ oOccupation1: "経営" }, ["oOccupation1=option"]],
    [{ oPerformances: [] }, ["oPerformances=required"]],
    [{ oPerformances: [{ content: "その他" }] }, ["oPerformances.0.other=required"]],
    [{ oPerformances: [{ content: "演奏" }, { content: "歌謡" }, { content: "舞踊" }, { content: "演劇" }] }, []],
    [{ oActivityDetail: "あ".repeat(601) }, ["oActivityDetail=maxLength"]],
    [{ oWorkPeriod: "" }, ["oWorkPeriod=required"]],
    [{ oMonthlyPay: "40万" }, ["oMonthlyPay=charClass_halfDigits"]],
    [{ oGroupSize: "" }, []],
    [{ oStandard: "" }, ["oStandard=requiredChoice"]],
    // 出演施設 are asked except under 基準３号.
    [{ oStandard: "基準３号該当", oVenues: [] }, []],
    [{ oVenues: [] }, ["oVenues=required"]],
    [{ oVenues: [{ ...venue, from: "" }] }, ["oVenues.0.from=required"]],
    [{ oVenues: [{ ...venue, to: "20270231" }] }, ["oVenues.0.to=date"]],
    [{ oVenues: [{ ...venue, venueCorporateNumber: "" }] }, ["oVenues.0.venueCorporateNumber=required"]],
    [{ oVenues: [{ ...venue, venueHasCorporateNumber: "無", venueCorporateNumber: "" }] }, []],
    [
      { oVenues: [{ ...venue, operatorName: "株式会社霞レストランズ" }] },
      [
        "oVenues.0.operatorHasCorporateNumber=requiredChoice",
        "oVenues.0.operatorPostalCode=required",
        "oVenues.0.operatorAddress=required",
      ],
    ],
    [{ oVenues: [{ ...venue, seats: "90席" }] }, ["oVenues.0.seats=charClass_halfDigits"]],
    [{ oVenues: Array.from({ length: 8 }, () => venue) }, []],
    [{ oOrganizerCorporateNumber: "" }, ["oOrganizerCorporateNumber=required"]],
    [{ oOrganizerIndustry: "分類不能の産業" }, ["oOrganizerIndustryOther=required"]],
    [{ oOrganizerIndustry: "情報通信業" }, ["oOrganizerIndustry=option"]],
    [
      { oOrganizerOtherIndustries: [{ industry: "その他のサービス業（他に分類されないもの）" }] },
      ["oOrganizerOtherIndustries.0.industryOther=required"],
    ],
    [{ oOrganizerPhone: "" }, ["oOrganizerPhone=required"]],
    [{ oOrganizerStaff1: "はい" }, ["oOrganizerStaff1=option"]],
    [{ oStudyFrom: "" }, ["oStudyFrom=required"]],
    [{ oStudyTo: "201113" }, ["oStudyTo=yearMonth"]],
    [{ oStudyInstitution: "", oStudyFrom: "", oStudyTo: "" }, []],
    [{ oExperienceYears: "100" }, ["oExperienceYears=maxLength"]],
  ];
  assertCases(check, pianist, cases);
  // Up to 8 venues are kept; under 基準３号 the venues typed before are not kept.
  assert.equal((normalize(forms.coe, { ...pianist, oVenues: Array(9).fill(venue) }).oVenues as unknown[]).length, 8);
  assert.equal(normalize(forms.coe, { ...pianist, oStandard: "基準３号該当" }).oVenues, undefined);
});
