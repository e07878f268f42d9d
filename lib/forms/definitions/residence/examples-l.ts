import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN, renewalOf, withoutCoeOnly } from "./examples";

// A realistic 区分L application, for the definition's unit tests: a Chinese software engineer
// transferred (企業内転勤) from a Shanghai parent company to its Tokyo subsidiary, and the same
// engineer three years on, extending his stay (更新).

export const transfereeCoeL: FormValues = {
  ...commonOf(engineerCoeN),
  status: "企業内転勤",
  nationality: "中国",
  birthDate: "19920817",
  nameRoman: "LI WEI",
  sex: "男",
  birthPlace: "上海",
  maritalStatus: "有",
  homeTownAddress: "中国上海市浦東新区",
  contactPostalCode: "1050011",
  contactAddress: "東京都港区芝公園２－４－１",
  stayYears: "3",
  stayMonths: "0",
  visaPlace: "上海",
  portOfEntry: "羽田空港(HND)",
  repName: "佐藤健一",
  repRelationship: "受入れ企業の人事部長",
  repPostalCode: "1050011",
  repAddress: "東京都港区芝公園１－２－３",
  repPhone: "0354321234",
  agentOrganization: "霞テクノロジー株式会社",
  notifyEmail: "hr@kasumi-tech.example",
  notifyEmailAgain: "hr@kasumi-tech.example",
  lHasCareer: "有",
  lCareers: [
    {
      country: "中国",
      joined: "201407",
      left: "201806",
      employerRoman: "Hangzhou Xihu Software Co., Ltd.",
      employerKanji: "杭州西湖軟件有限公司",
    },
    {
      country: "中国",
      joined: "201807",
      employerRoman: "Shanghai Kasumi Technology Co., Ltd.",
      employerKanji: "上海霞科技有限公司",
    },
  ],
  lContractType: "雇用",
  lOrgName: "霞テクノロジー株式会社",
  lOrgHasCorporateNumber: "有",
  lOrgCorporateNumber: "7123456789012",
  lOrgBranch: "本社",
  lOrgIndustry: "情報通信業",
  lOrgPostalCode: "1050011",
  lOrgAddress: "東京都港区芝公園１－２－３",
  lOrgPhone: "0354321234",
  lOrgCapital: "100000000",
  lOrgSales: "2500000000",
  lOrgEmployees: "230",
  lOrgForeignEmployees: "15",
  lMonthlyPay: "450000",
  lHasPosition: "有",
  lPosition: "シニアエンジニア",
  lPeriodMonths: "36",
  lOccupation: "情報処理・通信技術",
  lActivityDetail:
    "親会社である上海霞科技有限公司から転勤し、当社開発部において親会社と共同で開発する業務システムの設計及び開発に従事する。",
  lSenderName: "上海霞科技有限公司",
  lSenderCountry: "中国",
  lSenderAddress: "中国上海市浦東新区張江路１００号",
  lSenderRelation: "親会社",
};

/** The same engineer three years on, extending his stay (更新) with the same duties. */
export const transfereeExtensionL: FormValues = {
  ...withoutCoeOnly(transfereeCoeL),
  ...renewalOf(engineerExtensionN),
  passportNumber: "EJ1234567",
  passportExpiry: "20320520",
  currentPeriod: "3年",
  currentExpiry: "20300401",
  desiredPeriod: "3年",
  reason: "引き続き霞テクノロジー株式会社において業務システムの設計及び開発に従事するため。",
  lPeriodMonths: "36",
  lDutiesChanged: "無",
};
