import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN, renewalOf, withoutCoeOnly } from "./examples";

// A realistic 区分J application, for the definition's unit tests: a French ceramicist who comes to
// learn Kyō-yaki under a master potter in Kyoto (文化活動, 専門家の指導を受けて…修得する活動), and the
// same applicant a year later, extending her stay (更新).

export const potterCoeJ: FormValues = {
  ...commonOf(engineerCoeN),
  status: "文化活動",
  nationality: "フランス",
  birthDate: "19950312",
  nameRoman: "MARTIN CLAIRE",
  sex: "女",
  birthPlace: "リヨン",
  occupation: "陶芸家",
  homeTownAddress: "フランス国リヨン市",
  contactPostalCode: "6050862",
  contactAddress: "京都府京都市東山区清水４－１７５",
  contactMobile: "09087654321",
  stayYears: "1",
  stayMonths: "0",
  visaPlace: "パリ",
  repName: "清水陶子",
  repRelationship: "受入れ窯元の代表者",
  repPostalCode: "6050862",
  repAddress: "京都府京都市東山区清水２－２０８",
  repPhone: "0755610123",
  agentOrganization: "霞行政書士事務所",
  notifyEmail: "info@kiyomizu-gama.example",
  notifyEmailAgain: "info@kiyomizu-gama.example",
  jCulturalActivity: "専門家の指導を受けて我が国特有の文化又は技芸を修得する活動",
  jCulturalActivityDetail:
    "京都市東山区の清水窯において、陶芸家清水陶山氏の指導の下、京焼・清水焼の成形、絵付け及び登り窯による焼成の技法を修得する。報酬は受けない。",
  jHasCareer: "有",
  jCareers: [
    {
      country: "フランス",
      fromMonthUnknown: "不明な点は無い",
      from: "201709",
      toMonthUnknown: "不明な点は無い",
      to: "201906",
      orgRoman: "Ecole Nationale Superieure d'Art de Limoges",
      orgKanji: "リモージュ国立高等美術学校",
    },
    {
      country: "フランス",
      fromMonthUnknown: "不明な点は無い",
      from: "201909",
      toMonthUnknown: "不明な点は無い",
      to: "202603",
      orgRoman: "Atelier Ceramique de Lyon",
      orgKanji: "リヨン陶芸工房",
    },
  ],
  jSupport: [
    {
      method: "本人負担",
      monthlyAmount: "120000",
      transfer: "外国からの送金",
      transferAmount: "120000",
    },
    {
      method: "奨学金",
      monthlyAmount: "50000",
      transfer: "外国からの携行",
      transferAmount: "600000",
      carrier: "マルタンクレール",
      carryDate: "20270401",
    },
  ],
  jContractType: "その他",
  jContractTypeOther: "無報酬の技芸修得の受入れ",
  jOrgName: "有限会社清水窯",
  jOrgHasCorporateNumber: "有",
  jOrgCorporateNumber: "7123456789012",
  jOrgIndustry: "その他の製造業（他に分類されないもの）",
  jOrgIndustryOther: "陶磁器製造業",
  jOrgPostalCode: "6050862",
  jOrgAddress: "京都府京都市東山区清水２－２０８",
  jOrgPhone: "0755610123",
  jActivityDetail: "当窯の工房において、窯主清水陶山の指導の下で京焼・清水焼の制作技法を修得する。",
  jPeriod: "定めあり",
  jPeriodYears: "1",
  jPeriodMonths: "0",
  jPosition: "研修生",
  jPaid: "無",
  jExpertName: "清水陶山",
  jExpertPhone: "0755610123",
  jExpertCareers: [
    { from: "198504", to: "199503", career: "京都市立芸術大学 陶磁器専攻 助手" },
    { from: "199504", to: "202610", career: "清水窯 窯主" },
  ],
};

/** The same ceramicist a year on, extending her stay (更新) to continue under the same master. */
export const potterExtensionJ: FormValues = {
  ...withoutCoeOnly(potterCoeJ),
  ...renewalOf(engineerExtensionN),
  passportNumber: "21AB12345",
  passportExpiry: "20310115",
  currentPeriod: "1年",
  currentExpiry: "20280401",
  desiredPeriod: "1年",
  reason: "引き続き清水窯において清水陶山氏の指導を受け、京焼の技法の修得を続けるため。",
  residencePrefecture: "京都府",
  receiptOffice: "大阪出入国在留管理局",
  jActivityChanged: "無",
};
