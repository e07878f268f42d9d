import type { FormValues } from "../../types";
import { engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分I application, for the definition's unit tests: a German physicist invited as
// 教授 by a national university in Tokyo, and the same professor extending the stay (更新).

/** The N answers of the applicant part alone (身分事項, 代理人, 取次者, 受領), as examples.ts' commonOf. */
const commonOf = (answers: Record<string, string | string[]>) =>
  Object.fromEntries(
    Object.entries(answers).filter(
      ([k]) =>
        !/^(org|education|school|graduated|major|hasCareer|contractType|workPeriod|monthlySalary|experienceMonths|hasPosition|occupation1|activityDetail)/.test(
          k,
        ),
    ),
  );

export const professorCoeI: FormValues = {
  ...commonOf(engineerCoeN),
  status: "教授",
  nationality: "ドイツ",
  birthDate: "19830315",
  nameRoman: "KLEIN JONAS",
  birthPlace: "ミュンヘン",
  occupation: "大学教員",
  homeTownAddress: "ドイツ国ミュンヘン市",
  contactPostalCode: "1130033",
  contactAddress: "東京都文京区本郷１－２－３",
  visaPlace: "ミュンヘン",
  iEducationWhere: "外国",
  iEducationLevel: "大学院（博士）",
  iSchoolName: "ミュンヘン工科大学",
  iGraduatedOn: "20110729",
  iMajorUniversity: "理学",
  iHasCareer: "有",
  iCareers: [
    {
      country: "ドイツ",
      joinedMonthUnknown: "不明な点は無い",
      joined: "201110",
      leftMonthUnknown: "不明な点は無い",
      left: "201903",
      employerRoman: "Max Planck Institute for Solid State Research",
      employerKanji: "マックス・プランク固体研究所",
    },
    {
      country: "ドイツ",
      joinedMonthUnknown: "不明な点は無い",
      joined: "201904",
      employerRoman: "University of Stuttgart",
      employerKanji: "シュトゥットガルト大学",
    },
  ],
  repName: "山田花子",
  repRelationship: "所属機関の職員",
  repPostalCode: "1130033",
  repAddress: "東京都文京区本郷１－２－３",
  repPhone: "0358001234",
  agentOrganization: "国立大学法人霞大学",
  agentPostalCode: "1130033",
  agentAddress: "東京都文京区本郷1-2-3",
  agentPhone: "0358001234",
  iContractType: "雇用",
  iOrgName: "国立大学法人霞大学",
  iOrgHasCorporateNumber: "有",
  iOrgCorporateNumber: "3901005000123",
  iOrgInsuranceNo: "13011234567",
  iOrgPostalCode: "1130033",
  iOrgAddress: "東京都文京区本郷１－２－３",
  iOrgPhone: "0358001234",
  iOrgForeignEmployees: "85",
  iOrgIndustry: "学校教育",
  iOrgOtherIndustry1: "学術・開発研究機関",
  iWorkplaceDiffers: "異ならない",
  iLabName: "大学院理学研究科 物性物理学研究室",
  iOccupation: "教育（大学等）",
  iOtherOccupation1: "研究",
  iOtherOccupation2: "研究の指導",
  iActivityDetail:
    "大学院理学研究科の教授として、固体物理学の講義及び演習を担当し、大学院生の研究指導を行うとともに、物性物理学の研究に従事する。",
  iWorkPeriod: "定めあり",
  iWorkYears: "5",
  iWorkMonths: "0",
  iPosition: "教授",
  iEmploymentType: "常勤",
  iMonthlySalary: "650000",
  notifyEmail: "kokusai@kasumi-u.example",
  notifyEmailAgain: "kokusai@kasumi-u.example",
};

/** Answers only 認定 asks (入国予定, 上陸予定港, 査証申請予定地 …), as engineerExtensionN leaves them out. */
const coeOnly = [
  "birthPlace",
  "entryDate",
  "portOfEntry",
  "stayYears",
  "stayMonths",
  "accompanied",
  "visaPlace",
  "pastEntries",
  "pastCoe",
  "deported",
  "coeReceipt",
];

/** The same professor five years on, extending the stay (更新). */
export const professorExtensionI: FormValues = Object.fromEntries(
  Object.entries({
    ...professorCoeI,
    ...Object.fromEntries(
      Object.entries(engineerExtensionN).filter(([k]) =>
        /^(passport|current|cardNumber|desiredPeriod|cardReceipt|residencePrefecture|receiptOffice)/.test(k),
      ),
    ),
    currentPeriod: "5年",
    desiredPeriod: "5年",
    reason: "引き続き霞大学大学院理学研究科の教授として、教育及び研究に従事するため。",
    iWorkPeriod: "定めなし",
    iActivityChanged: "無",
  }).filter(([k]) => !coeOnly.includes(k) && k !== "iWorkYears" && k !== "iWorkMonths"),
);
