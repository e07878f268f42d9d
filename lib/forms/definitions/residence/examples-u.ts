import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分U application, for the definition's unit tests: a Filipino nurse who passed the
// Japanese national nursing examination, invited (認定) by a Tokyo hospital as 医療; and a nurse of the
// same hospital with the same background, in Japan since April 2024, extending her stay (更新).

/** Her own answers, the same on 認定 and 更新. */
const person = {
  nationality: "フィリピン",
  birthDate: "19960914",
  nameRoman: "SANTOS MARIA CLARA",
  sex: "女",
  homeTownAddress: "フィリピン国マニラ市",
};

/** The 区分U answers of both forms. */
const nurse: FormValues = {
  status: "医療",
  uActivityMedical: "看護師（ＥＰＡ看護師を除く。）",
  uEducationWhere: "外国",
  uEducationLevel: "大学",
  uSchoolName: "サント・トーマス大学",
  uFaculty: "看護学部看護学科",
  uGraduated: "201806",
  uMajorUniversity: "その他自然科学",
  uMajorUniversityOther: "看護学",
  uHasCareer: "有",
  uCareers: [
    {
      country: "フィリピン",
      joined: "201808",
      left: "202412",
      employerRoman: "PHILIPPINE GENERAL HOSPITAL",
      employerKanji: "フィリピン総合病院",
    },
  ],
  repName: "山田花子",
  repRelationship: "採用担当者",
  agentOrganization: "医療法人社団霞会",
  uContractType: "雇用",
  uOccupationMedical: "看護師",
  uActivityDetail:
    "霞が関中央病院の内科病棟において、看護師として入院患者の看護業務（観察、与薬、処置の補助、記録等）に従事する。",
  uOrgName: "医療法人社団霞会",
  uOrgBranch: "霞が関中央病院",
  uOrgHasCorporateNumber: "有",
  uOrgCorporateNumber: "7123456789012",
  uOrgIndustryMedical: "医療業",
  uOrgPostalCode: "1000013",
  uOrgAddress: "東京都千代田区霞が関１－１－１",
  uOrgPhone: "0312345678",
  uOrgCapital: "0",
  uOrgSales: "4800000000",
  uOrgEmployees: "420",
  uOrgForeignEmployees: "6",
  uHasPosition: "無",
  uPeriodMonths: "60",
  uMonthlyPay: "280000",
};

/** 認定: she took the examination in Japan in February 2025, her only stay so far. */
export const nurseCoeU: FormValues = {
  ...commonOf(engineerCoeN),
  ...person,
  birthPlace: "マニラ",
  visaPlace: "マニラ",
  stayYears: "5",
  pastEntries: "有",
  pastEntryCount: "1",
  lastEntryFrom: "20250208",
  lastEntryTo: "20250218",
  notifyEmail: "jinji@kasumi-hp.example",
  notifyEmailAgain: "jinji@kasumi-hp.example",
  ...nurse,
};

/** 更新: in Japan since April 2024 for 3 years, same hospital and duties, before the period ends. */
export const nurseExtensionU: FormValues = {
  ...commonOf(engineerExtensionN),
  ...person,
  passportNumber: "P1234567A",
  passportExpiry: "20310101",
  currentPeriod: "3年",
  currentExpiry: "20270401",
  desiredPeriod: "5年",
  reason: "引き続き霞が関中央病院で看護師として勤務するため。",
  notifyEmail: "jinji@kasumi-hp.example",
  notifyEmailAgain: "jinji@kasumi-hp.example",
  ...nurse,
  uCareers: [
    {
      country: "フィリピン",
      joined: "201808",
      left: "202403",
      employerRoman: "PHILIPPINE GENERAL HOSPITAL",
      employerKanji: "フィリピン総合病院",
    },
  ],
  uActivityChanged: "無",
  uDutiesChanged: "無",
};
