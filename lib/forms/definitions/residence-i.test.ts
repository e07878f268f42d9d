import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../engine";
import { professorCoeI, professorExtensionI } from "./residence/examples-i";
import { assertCases, assertPasses, checker, fieldOf, formsOf, numberOf } from "./residence/testing";

const forms = formsOf("I");
const check = checker(forms.coe);
const checkExtension = checker(forms.extension);
const professor = professorCoeI;

/** An 教育 teacher: the 教育-only items answered, 職種 and 業種 from the 教育 lists, no 研究室. */
const teacher = {
  ...professor,
  status: "教育",
  iLabName: "",
  iTeachingLicence: "有",
  iTeachingExperienceMonths: "36",
  iForeignLanguageMonths: "192",
  iOrgName: "学校法人霞学園霞高等学校",
  iOrgOtherIndustry1: "",
  iOccupation: "教育（小学校・中学校・高等学校における語学教育）",
  iOtherOccupation1: "",
  iOtherOccupation2: "",
  iPosition: "",
};

test("区分I: a realistic 教授 application passes in every step, on 認定, 更新 and 変更", () => {
  assertPasses(forms.coe, professor);
  assertPasses(forms.extension, professorExtensionI);
  // 変更 from 研究 to 教授: the same answers, with 出生地 and the status held now.
  assert.deepEqual(
    checker(forms.change)({ ...professorExtensionI, birthPlace: "ミュンヘン", currentStatus: "研究" }),
    [],
  );
  // An 教育 teacher passes too; the 研究室 is not asked of 教育 and is dropped.
  assert.deepEqual(check(teacher), []);
  assert.equal(normalize(forms.coe, { ...teacher, iLabName: "研究室" }).iLabName, undefined);
});

test("区分I: 「教育」 asks its own items and takes 職種・業種 from its own lists", () => {
  assert.deepEqual(check({ ...professor, status: "教育" }), [
    "iTeachingLicence=requiredChoice",
    "iTeachingExperienceMonths=required",
    "iOccupation=option",
    "iOtherOccupation1=option",
    "iOtherOccupation2=option",
    "iOrgOtherIndustry1=option",
  ]);
  // 教授 is not asked the 教育 items: whatever they hold is dropped.
  assert.deepEqual(check({ ...professor, iTeachingLicence: "有", iTeachingExperienceMonths: "x" }), []);
  assert.deepEqual(check({ ...teacher, iTeachingExperienceMonths: "1000" }), ["iTeachingExperienceMonths=maxLength"]);
  assert.deepEqual(check({ ...teacher, iForeignLanguageMonths: "" }), []);
  assert.deepEqual(check({ ...teacher, iOccupation: "研究の指導" }), ["iOccupation=option"]);
  assert.deepEqual(check({ ...teacher, iOrgIndustry: "学術・開発研究機関" }), ["iOrgIndustry=option"]);
});

test("区分I: each conditional item is asked when its answer calls for it", () => {
  const row = (professor.iCareers as Record<string, string>[])[0];
  const cases: [Record<string, unknown>, string[]][] = [
    [{ iEducationLevel: "その他" }, ["iEducationOther=required"]],
    [{ iMajorUniversity: "その他自然科学" }, ["iMajorUniversityOther=required"]],
    [{ iEducationLevel: "専門学校" }, ["iMajorSenmon=requiredChoice"]],
    [{ iEducationLevel: "専門学校", iMajorSenmon: "その他" }, ["iMajorSenmonOther=required"]],
    [{ iEducationLevel: "専門学校", iMajorSenmon: "介護福祉" }, ["iMajorSenmon=option"]],
    [{ iMajorUniversity: "介護福祉" }, ["iMajorUniversity=option"]],
    [{ iCareers: [] }, ["iCareers=required"]],
    [{ iCareers: [{ ...row, country: "" }] }, ["iCareers.0.country=requiredChoice"]],
    [{ iCareers: [{ ...row, joinedMonthUnknown: "月不詳" }] }, ["iCareers.0.joinedYear=required"]],
    [{ iCareers: [{ ...row, joinedMonthUnknown: "月不詳", joinedYear: "2011" }] }, []],
    [{ iCareers: [{ ...row, leftMonthUnknown: "月不詳" }] }, ["iCareers.0.leftYear=required"]],
    [{ iCareers: [{ ...row, left: "" }] }, ["iCareers.0.left=required"]],
    [{ iCareers: [{ ...row, joined: "201113" }] }, ["iCareers.0.joined=yearMonth"]],
    [
      { iCareers: [{ ...row, joinedMonthUnknown: "月不詳", joinedYear: "201110" }] },
      ["iCareers.0.joinedYear=exactLength"],
    ],
    [{ iCareers: [{ ...row, joinedMonthUnknown: "" }] }, ["iCareers.0.joinedMonthUnknown=requiredChoice"]],
    [{ iContractType: "その他" }, ["iContractTypeOther=required"]],
    [{ iOrgCorporateNumber: "" }, ["iOrgCorporateNumber=required"]],
    [{ iOrgCorporateNumber: "1234567890123" }, ["iOrgCorporateNumber=corporateNumber"]],
    [{ iOrgHasCorporateNumber: "無", iOrgCorporateNumber: "1234567890123" }, []],
    [{ iOrgIndustry: "その他の教育，学習支援業" }, ["iOrgIndustryOther=required"]],
    [{ iOrgOtherIndustry1: "分類不能の産業" }, ["iOrgOtherIndustry1Other=required"]],
    [{ iWorkplaceDiffers: "異なる" }, ["iWorkplaces=required"]],
    [{ iWorkPeriod: "定めあり", iWorkYears: "" }, ["iWorkYears=requiredChoice"]],
    [{ iEmploymentType: "" }, ["iEmploymentType=requiredChoice"]],
    [{ iMonthlySalary: "1000000000" }, ["iMonthlySalary=maxLength"]],
    [{ iActivityDetail: "あ".repeat(601) }, ["iActivityDetail=maxLength"]],
    [{ iOrgForeignEmployees: "" }, ["iOrgForeignEmployees=required"]],
    [{ repPhone: "" }, ["repPhone=phoneOrMobile"]],
    [{ repPhone: "", repMobile: "09012345678" }, []],
    [{ iOccupation: "教育（専修学校）" }, ["iOccupation=option"]],
    [{ iOtherOccupation3: "教育（各種学校）" }, ["iOtherOccupation3=option"]],
  ];
  assertCases(check, professor, cases);

  // A 稼働先 row: its own required items, 法人番号 after 有, その他 after the open 業種.
  const place = {
    name: "霞大学附属研究所",
    hasCorporateNumber: "無",
    postalCode: "3050005",
    address: "茨城県つくば市天久保１－２－３",
    phone: "0298501234",
    foreignEmployees: "12",
    industry: "学術・開発研究機関",
  };
  assert.deepEqual(check({ ...professor, iWorkplaceDiffers: "異なる", iWorkplaces: [place] }), []);
  assert.deepEqual(
    check({
      ...professor,
      iWorkplaceDiffers: "異なる",
      iWorkplaces: [
        { ...place, hasCorporateNumber: "有", industry: "分類不能の産業", industry2: "学校教育", phone: "" },
      ],
    }),
    ["iWorkplaces.0.corporateNumber=required", "iWorkplaces.0.phone=required", "iWorkplaces.0.industryOther=required"],
  );
  // 「前回許可時以降」: asked on 更新, with its details after 有.
  assert.deepEqual(checkExtension({ ...professorExtensionI, iActivityChanged: "有" }), [
    "iActivityChangedDetail=required",
  ]);
});

test("区分I: its four sections and the item numbers of the four forms", () => {
  for (const [kind, def] of Object.entries(forms)) {
    assert.equal(def.sections.filter((s) => s.id.startsWith("i-")).length, 4, kind);
    const renewal = kind === "change" || kind === "extension";
    assert.equal(fieldOf(def, "iActivityChanged") !== undefined, renewal, kind);
  }
  const coeNumbers = ["iEducationWhere", "iMajorUniversity", "iCareers", "iTeachingLicence", "repName", "iOrgName"];
  assert.deepEqual(
    coeNumbers.map((n) => numberOf(forms.coe, n, "missing")),
    ["23.1", "24.1", "25", "26", "29.1", "3.1"],
  );
  assert.deepEqual(
    [...coeNumbers, "iWorkplaceDiffers", "iWorkPeriod", "iEmploymentType", "iOccupation", "iPosition"].map((n) =>
      numberOf(forms.extension, n, "missing"),
    ),
    ["18.1", "19.1", "20", "21", undefined, "3.1", "4.1", "7.1", "9.1", undefined, undefined],
  );
  const careers = fieldOf(forms.extension, "iCareers");
  assert.ok(careers?.type === "group" && careers.fields[1].number === "20.1");
  // The representative keeps N's numbers nowhere: 29 on 認定, none elsewhere.
  assert.equal(numberOf(forms.coe, "repMobile", "missing"), "29.6");
  assert.equal(numberOf(forms.acquisition, "repMobile", "missing"), undefined);
});
