import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN } from "./examples";

// Realistic 区分P (留学) applications for the definition's unit tests and the end-to-end filing: a
// student from Nepal invited by a Tokyo 日本語学校 (認定), and another Nepali student renewing her stay
// on going on from such a school to a 専門学校 (更新). The common part's answers are those of the 区分N
// examples.

const person = {
  status: "留学",
  nationality: "ネパール",
  birthDate: "20050614",
  nameRoman: "SHRESTHA ANISHA",
  sex: "女",
  maritalStatus: "無",
  occupation: "学生",
  homeTownAddress: "ネパール国カトマンズ市",
  repName: "佐藤美咲",
  repRelationship: "受入れ予定の日本語学校の職員",
  agentOrganization: "学校法人霞学園",
};

const father = {
  name: "シュレスタ　ラム",
  country: "ネパール",
  address: "ネパール国カトマンズ市タメル１２",
  phone: "97714123456",
  occupation: "自営業（シュレスタ商店）",
  income: "3000000",
  relationship: "父",
};

/** A 日本語学校 student from Nepal, supported by her father (認定). */
export const studentCoeP: FormValues = {
  ...commonOf(engineerCoeN),
  ...person,
  birthPlace: "カトマンズ",
  visaPlace: "カトマンズ",
  stayYears: "2",
  stayMonths: "0",
  pStudyYears: "12",
  pEducationStatus: "卒業",
  pEducationLevel: "高等学校",
  pLastSchoolName: "カトマンズ・モデル高等学校",
  pGraduation: "202403",
  pHasHistory: "有",
  pHistory: [
    {
      country: "ネパール",
      from: "202405",
      to: "202603",
      orgRoman: "KATHMANDU JAPANESE LANGUAGE CENTER",
      orgKanji: "カトマンズ日本語センター",
    },
  ],
  pSupport: [{ method: "在外経費支弁者負担", monthly: "150000" }],
  pSupporters: [father],
  pAfterGraduation: "日本での進学",
  pSchoolName: "霞日本語学院",
  pSchoolPostalCode: "1690073",
  pSchoolAddress: "東京都新宿区百人町１－２－３",
  pSchoolPhone: "0333612345",
  pSchoolCorporation: "学校法人霞学園",
  pSchoolHasCorporateNumber: "有",
  pSchoolCorporateNumber: "4011105001234",
  pClassType: "昼間制",
  pEnrollment: "日本語教育機関（各種学校）",
  pLifeAdvisor: "佐藤美咲",
  pEntryDate: "20270401",
  pClassHours: "20",
  pBrokerName: "カトマンズ留学センター",
  pBrokerAddress: "ネパール　カトマンズ市タメル",
  pGraduationPlanned: "202903",
  pStudentControl: "有",
};

/**
 * A student after two years at the 日本語学校, going on to a business 専門学校 (更新): 修学年数 and
 * 最終学歴 are asked again, 日本語能力 too (a 専修学校 teaching other than Japanese), and she works
 * part-time with permission (資格外活動).
 */
export const studentExtensionP: FormValues = {
  ...commonOf(engineerExtensionN),
  ...person,
  birthDate: "20040203",
  nameRoman: "GURUNG SABINA",
  repName: "鈴木健",
  repRelationship: "通学先の専門学校の職員",
  contactPostalCode: "1690073",
  contactAddress: "東京都新宿区百人町２－４－６",
  passportNumber: "PA1234567",
  passportExpiry: "20330101",
  currentPeriod: "1年3月",
  currentExpiry: "20250715",
  desiredPeriod: "2年",
  reason: "日本語学校を卒業し、霞ビジネス専門学校に進学したため。",
  pStudyYears: "14",
  pEducationStatus: "卒業",
  pEducationLevel: "高等学校",
  pLastSchoolName: "カトマンズ・モデル高等学校",
  pGraduation: "202303",
  pJaTest: "有",
  pJaTestName: "日本語能力試験",
  pJaTestLevel: "N2",
  pJaSchool: "有",
  pJaSchoolName: "霞日本語学院",
  pJaSchoolFrom: "202304",
  pJaSchoolTo: "202503",
  pJaOther: "無",
  pSupport: [
    { method: "本人負担", monthly: "60000" },
    { method: "在外経費支弁者負担", monthly: "80000" },
  ],
  pRemittances: [{ kind: "外国からの送金", amount: "80000" }],
  pSupporters: [{ ...father, name: "グルン　ビカス" }],
  pExtraWork: "有",
  pExtraWorks: [
    {
      content: "コンビニエンスストアでの接客",
      employer: "株式会社霞マート 百人町店",
      phone: "0333619876",
      hours: "28",
      pay: "120000",
      payUnit: "月額",
    },
  ],
  pAfterGraduation: "日本での就職",
  pSchoolName: "霞ビジネス専門学校",
  pSchoolPostalCode: "1600023",
  pSchoolAddress: "東京都新宿区西新宿１－３－５",
  pSchoolPhone: "0353201111",
  pSchoolCorporation: "学校法人霞学園",
  pSchoolHasCorporateNumber: "有",
  pSchoolCorporateNumber: "4011105001234",
  pClassType: "昼間制",
  pEnrollment: "専修学校（専門課程）",
  pLifeAdvisor: "鈴木健",
  pEntryDate: "20250401",
  pClassHours: "25",
  pCourse: "商業実務",
  pGraduationPlanned: "202703",
  pStudentControl: "有",
  pPrevSchool: "霞日本語学院",
  pPrevSchoolLeft: "20250320",
  pPrevAttendance: "96",
};
