import { test } from "node:test";
import assert from "node:assert/strict";
import type { FormDefinition } from "../types";
import { normalize, stepsWithIssues } from "../engine";
import { findStep, stepForm } from "../steps";
import { studentCoeP, studentExtensionP } from "./residence/examples-p";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf, today } from "./residence/testing";

const forms = formsOf("P");
const check = checker(forms.coe);
const checkExtension = checker(forms.extension);
const checkChange = checker(forms.change);
const coe = studentCoeP;
const renewal = studentExtensionP;
const change = { ...renewal, birthPlace: "カトマンズ", currentStatus: "家族滞在" };
const acquisition = {
  ...renewal,
  birthPlace: "東京都",
  acquisitionCause: "日本国籍の離脱",
  acquisitionCauseDate: "20261101",
};

/** A field's number, undefined when it has none, "absent" when the form does not ask it. */
const numberIn = (def: FormDefinition, name: string) => numberOf(def, name, "absent") || undefined;

test("区分P: a realistic 留学 application passes in every step, on 認定, 更新, 変更 and 取得", () => {
  assertPasses(forms.coe, coe);
  assertPasses(forms.extension, renewal);
  assert.deepEqual(checkChange(change), []);
  assert.deepEqual(checker(forms.acquisition)(acquisition), []);
  assert.equal(normalize(forms.coe, coe).status, "留学");
});

test("区分P: the paper numbers of 認定 and of 変更/更新, and the items only one of them asks", () => {
  const coeNumbers = {
    pStudyYears: "23",
    pEducationStatus: "24.1",
    pGraduation: "24.5",
    pHasHistory: "25.1",
    pJaTest: "26.1",
    pJaOtherDetail: "26.9",
    pJaStudyName: "27.1",
    pSupport: "28",
    pAfterGraduation: "29",
    pGuardianName: "30.1",
    pGuardianMobile: "30.6",
    repName: "31.1",
    repMobile: "31.6",
    pSchoolName: "2.1",
    pExchangeBodyOther: "2.11",
    pEntryDate: "3",
    pEnrollment: "5.1",
    pLabPlanned: "7.1",
    pBrokerRegistration: "9.3",
    pGraduationPlanned: "10",
    pStudentControl: "12",
    pExtraWork: "absent",
    pPrevSchool: "absent",
    pRemittances: "absent",
  };
  for (const [name, n] of Object.entries(coeNumbers)) assert.equal(numberIn(forms.coe, name), n, name);
  const changeNumbers = {
    pStudyYears: "18",
    pEducationStatus: "19.1",
    pJaTest: "20.1",
    pJaStudyName: "21.1",
    pSupport: "22",
    pRemittances: "22",
    pExtraWork: "23",
    pAfterGraduation: "24",
    pGuardianName: "25.1",
    repName: "26.1",
    // 所属機関等作成用 P on 変更/更新: numbers not found.
    pSchoolName: undefined,
    pStudentControl: undefined,
    pPrevSchool: undefined,
    pHasHistory: "absent",
    pLabPlanned: "absent",
  };
  for (const kind of ["change", "extension"] as const)
    for (const [name, n] of Object.entries(changeNumbers)) assert.equal(numberIn(forms[kind], name), n, name);
  // 取得: no numbers known; no 資格外活動 (no status held), the 認定 organization items.
  for (const [name, n] of Object.entries({
    pStudyYears: undefined,
    repName: undefined,
    pSchoolName: undefined,
    pExtraWork: "absent",
    pPrevSchool: "absent",
    pLabPlanned: undefined,
  }))
    assert.equal(numberIn(forms.acquisition, name), n, name);
  // The paper's (n) of 滞在費の支弁方法等 moves with 変更/更新's (2)送金・携行等の別.
  const label = (def: FormDefinition, group: string, name: string) => {
    const g = fieldOf(def, group);
    const c = g?.type === "group" ? g.fields.find((x) => x.name === name) : undefined;
    return c && "ja" in c.label ? c.label.ja : "";
  };
  assert.equal(label(forms.coe, "pSupport", "scholarshipBody"), "(4)奨学金支給機関");
  assert.equal(label(forms.extension, "pSupport", "scholarshipBody"), "(5)奨学金支給機関");
  assert.equal(label(forms.coe, "pSupporters", "relationship"), "(3)申請人との関係");
  assert.equal(label(forms.change, "pSupporters", "relationship"), "(4)申請人との関係");
});

test("区分P: the applicant's conditional items", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ pEducationLevel: "その他" }, ["pEducationOther=required"]],
    [{ pHistory: [] }, ["pHistory=required"]],
    [{ pHasHistory: "無" }, []],
    [{ pHasHistory: "" }, ["pHasHistory=requiredChoice"]],
    [{ pHistory: [{ country: "ネパール", from: "2024", orgRoman: "X" }] }, []],
    [
      { pHistory: [{ country: "", from: "", orgRoman: "" }] },
      ["pHistory.0.country=requiredChoice", "pHistory.0.from=required", "pHistory.0.orgRoman=required"],
    ],
    [{ pJaTest: "有" }, ["pJaTestName=required", "pJaTestLevel=required"]],
    [{ pJaSchool: "有" }, ["pJaSchoolName=required", "pJaSchoolFrom=required", "pJaSchoolTo=required"]],
    [{ pJaOther: "有" }, ["pJaOtherDetail=required"]],
    [{ pSupport: [] }, ["pSupport=required"]],
    [{ pSupport: [{ method: "その他", monthly: "100000" }] }, ["pSupport.0.methodOther=required"]],
    [{ pSupport: [{ method: "奨学金", monthly: "100000" }] }, ["pSupport.0.scholarshipBody=requiredChoice"]],
    [
      { pSupport: [{ method: "奨学金", monthly: "100000", scholarshipBody: "公益社団法人又は公益財団法人" }] },
      ["pSupport.0.scholarshipName=required"],
    ],
    [
      { pSupport: [{ method: "奨学金", monthly: "100000", scholarshipBody: "その他" }] },
      ["pSupport.0.scholarshipOther=required"],
    ],
    // A scholarship body answered for another method is not asked, and not kept.
    [{ pSupport: [{ method: "本人負担", monthly: "100000", scholarshipBody: "その他" }] }, []],
    [
      { pSupporters: [{ ...(coe.pSupporters as object[])[0], relationship: "その他" }] },
      ["pSupporters.0.relationshipOther=required"],
    ],
    [{ pSupporters: [] }, []],
    [{ pAfterGraduation: "その他" }, ["pAfterGraduationOther=required"]],
    [{ pAfterGraduation: "" }, ["pAfterGraduation=requiredChoice"]],
  ];
  assertCases(check, coe, cases);
  const [row] = normalize(forms.coe, {
    ...coe,
    pSupport: [{ method: "本人負担", monthly: "1", scholarshipBody: "その他" }],
  }).pSupport as Record<string, string>[];
  assert.ok(!("scholarshipBody" in row) && row.monthly === "1", JSON.stringify(row));
});

test("区分P: the 在籍区分 decides what the school and the applicant are asked", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    // 専修学校 teaching other than Japanese: 日本語能力 (applicant's step) and 専門課程名称.
    [
      { pEnrollment: "専修学校（専門課程）" },
      ["pJaTest=requiredChoice", "pJaSchool=requiredChoice", "pJaOther=requiredChoice", "pCourse=requiredChoice"],
    ],
    [
      { pEnrollment: "各種学校", pJaTest: "無", pJaSchool: "無", pJaOther: "無", pCourse: "その他" },
      ["pCourseOther=required"],
    ],
    // 高等学校: 日本語学習歴 and 学生交換計画; no 生活指導担当者 (kept answers are dropped).
    [
      { pEnrollment: "高等学校" },
      ["pJaStudyName=required", "pJaStudyFrom=required", "pJaStudyTo=required", "pExchangePlan=requiredChoice"],
    ],
    [
      {
        pEnrollment: "高等学校",
        pJaStudyName: "霞日本語学院",
        pJaStudyFrom: "202504",
        pJaStudyTo: "202603",
        pExchangePlan: "有",
      },
      ["pExchangeBody=requiredChoice"],
    ],
    [
      {
        pEnrollment: "高等学校",
        pJaStudyName: "霞日本語学院",
        pJaStudyFrom: "202504",
        pJaStudyTo: "202603",
        pExchangePlan: "有",
        pExchangeBody: "その他",
      },
      ["pExchangeBodyOther=required"],
    ],
    // 小学校: a guardian in Japan, one of whose telephones is required.
    [
      { pEnrollment: "小学校", pExchangePlan: "無" },
      [
        "pGuardianName=required",
        "pGuardianRelationship=required",
        "pGuardianPostalCode=required",
        "pGuardianAddress=required",
        "pGuardianPhone=phoneOrMobile",
      ],
    ],
    [
      {
        pEnrollment: "中学校",
        pExchangePlan: "無",
        pGuardianName: "山田太郎",
        pGuardianRelationship: "叔父",
        pGuardianPostalCode: "1690073",
        pGuardianAddress: "東京都新宿区百人町１－２－３",
        pGuardianMobile: "09012345678",
      },
      [],
    ],
    // 大学院: 学部・課程 and the laboratory to join.
    [
      { pEnrollment: "大学院（修士）" },
      ["pFaculty=requiredChoice", "pLabPlanned=required", "pLabPlannedSupervisor=required"],
    ],
    [{ pEnrollment: "大学（正規生）", pFaculty: "その他自然科学" }, ["pFacultyOther=required"]],
    [{ pEnrollment: "その他" }, ["pEnrollmentOther=required"]],
    [{ pLifeAdvisor: "" }, ["pLifeAdvisor=required"]],
    [{ pEnrollment: "" }, ["pEnrollment=requiredChoice"]],
  ];
  assertCases(check, coe, cases);
  // The applicant's step reads the 在籍区分 of the school's step, carried along.
  const applicantStep = stepForm(forms.coe, findStep(forms.coe, "applicant")!);
  assert.ok(applicantStep.sections.some((s) => s.fields.some((f) => f.name === "pEnrollment" && f.type === "hidden")));
  assert.deepEqual(
    stepsWithIssues(forms.coe, normalize(forms.coe, { ...coe, pEnrollment: "専修学校（専門課程）" }), today),
    ["applicant", "organization"],
  );
});

test("区分P: the school's other conditional items and the cross-field rules", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ pSchoolCorporateNumber: "" }, ["pSchoolCorporateNumber=required"]],
    [{ pSchoolHasCorporateNumber: "無", pSchoolCorporateNumber: "" }, []],
    [{ pBrokerAddress: "" }, ["pBrokerAddress=required"]],
    [{ pBrokerName: "", pBrokerAddress: "" }, []],
    [{ pGraduationPlanned: "" }, ["pGraduationPlanned=required"]],
    [{ pGraduationPlanned: "", pExchangeEnd: "202803" }, []],
    [{ pStudentControl: "" }, ["pStudentControl=requiredChoice"]],
    [{ pClassType: "" }, ["pClassType=requiredChoice"]],
  ];
  assertCases(check, coe, cases);
  // 監護人's phone is asked only for a 中学校 or 小学校.
  assert.deepEqual(check({ ...coe, pGuardianName: "山田太郎" }), []);
});

test("区分P: 更新 and 変更 items (修学年数・最終学歴, 資格外活動, 送金・携行, 前通学先, 研究室, 聴講)", () => {
  const education = ["pStudyYears", "pEducationStatus", "pEducationLevel", "pLastSchoolName", "pGraduation"];
  const without = (names: string[]) => ({ ...renewal, ...Object.fromEntries(names.map((n) => [n, ""])) });
  // 18・19: on 更新 only when going on to another school; on 変更 always.
  assert.deepEqual(checkExtension(without(education)), []);
  assert.deepEqual(checkExtension(without(["pLastSchoolName"])), ["pLastSchoolName=required"]);
  assert.deepEqual(checkChange({ ...change, pStudyYears: "" }), ["pStudyYears=requiredChoice"]);
  assert.deepEqual(checkChange({ ...change, pEducationStatus: "" }), ["pEducationStatus=requiredChoice"]);
  const cases: [Record<string, unknown>, string[]][] = [
    [{ pExtraWork: "" }, ["pExtraWork=requiredChoice"]],
    [{ pExtraWork: "有", pExtraWorks: [] }, ["pExtraWorks=required"]],
    [{ pExtraWork: "無" }, []],
    [
      { pExtraWorks: [{ content: "通訳" }] },
      [
        "pExtraWorks.0.employer=required",
        "pExtraWorks.0.phone=required",
        "pExtraWorks.0.hours=required",
        "pExtraWorks.0.pay=required",
        "pExtraWorks.0.payUnit=requiredChoice",
      ],
    ],
    [
      { pRemittances: [{ kind: "外国からの携行", amount: "300000" }] },
      ["pRemittances.0.carrier=required", "pRemittances.0.carriedOn=required"],
    ],
    [{ pRemittances: [] }, []],
    [{ pPrevSchoolLeft: "" }, ["pPrevSchoolLeft=required"]],
    [{ pPrevSchoolLeft: "20270320" }, ["pPrevSchoolLeft=datePast"]],
    [{ pPrevSchool: "", pPrevSchoolLeft: "", pPrevAttendance: "" }, []],
    // 聴講による: 学部・課程 and 聴講科目等; 研究室名等 may be given.
    [
      { pEnrollment: "大学（非正規生／専ら聴講による）" },
      ["pFaculty=requiredChoice", "pAuditSubjects=required", "pAuditMultiple=requiredChoice"],
    ],
    [{ pEnrollment: "大学院（博士）", pFaculty: "工学" }, []],
  ];
  assertCases(checkExtension, renewal, cases);
  // 認定 asks none of them: the answers are not kept.
  const kept = normalize(forms.coe, { ...coe, pExtraWork: "有", pPrevSchool: "X", pRemittances: [{}] });
  assert.ok(!("pExtraWork" in kept) && !("pPrevSchool" in kept) && !("pRemittances" in kept));
});

test("区分P: each field rule is refused with its own message", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ pGraduation: "2024" }, ["pGraduation=exactLength"]],
    [{ pGraduation: "202413" }, ["pGraduation=yearMonth"]],
    [{ pHistory: [{ country: "ネパール", from: "20240", orgRoman: "X" }] }, ["pHistory.0.from=yearMonth"]],
    [
      { pHistory: [{ country: "ネパール", from: "2024", orgRoman: "X".repeat(201) }] },
      ["pHistory.0.orgRoman=maxLength"],
    ],
    [{ pLastSchoolName: "あ".repeat(61) }, ["pLastSchoolName=maxLength"]],
    [{ pClassHours: "1000" }, ["pClassHours=maxLength"]],
    [{ pClassHours: "二十" }, ["pClassHours=charClass_halfDigits"]],
    [{ pSchoolCorporateNumber: "1234567890123" }, ["pSchoolCorporateNumber=corporateNumber"]],
    [{ pSchoolPhone: "12345" }, ["pSchoolPhone=phone"]],
    [{ pEntryDate: "20270431" }, ["pEntryDate=date"]],
    [{ pSupport: [{ method: "本人負担", monthly: "15万" }] }, ["pSupport.0.monthly=charClass_halfDigits"]],
    [
      { pSupporters: [{ ...(coe.pSupporters as object[])[0], income: "12345678901" }] },
      ["pSupporters.0.income=maxLength"],
    ],
    [
      { pSupporters: [{ ...(coe.pSupporters as object[])[0], phone: "977-1-412345" }] },
      ["pSupporters.0.phone=charClass_halfDigits"],
    ],
    [{ pEnrollment: "大学（正規生）" }, ["pFaculty=requiredChoice"]],
    [{ pEnrollment: "留学生" }, ["pEnrollment=option"]],
  ];
  assertCases(check, coe, cases);
  assert.deepEqual(
    checkExtension({ ...renewal, pExtraWorks: [{ ...(renewal.pExtraWorks as object[])[0], hours: "100" }] }),
    ["pExtraWorks.0.hours=maxLength"],
  );
  // A supporter abroad has a telephone number of that country: digits, not a Japanese number.
  assert.deepEqual(check({ ...coe, pSupporters: [{ ...(coe.pSupporters as object[])[0], phone: "9779841234567" }] }), [
    "pSupporters.0.phone=maxLength",
  ]);
});

test("区分P: its own fields in each form, the official lists whole", () => {
  for (const def of Object.values(forms)) {
    const own = def.sections.filter((s) => s.id.startsWith("p-")).flatMap((s) => s.fields);
    assert.ok(own.length > 40, def.id);
  }
  // The official lists arrive whole.
  const options = (name: string) => {
    const f = fieldOf(forms.extension, name);
    return f && "options" in f ? f.options.length : 0;
  };
  assert.deepEqual(
    [
      options("pEnrollment"),
      options("pFaculty"),
      options("pCourse"),
      options("pEducationLevel"),
      options("pStudyYears"),
    ],
    [24, 24, 9, 9, 41],
  );
});
