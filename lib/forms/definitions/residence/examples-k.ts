import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN, renewalOf, withoutCoeOnly } from "./examples";

// A realistic 区分K application, for the definition's unit tests: a Filipino Catholic priest sent by
// his religious order to a parish church in Tokyo, and the same priest extending the stay (更新).

export const priestCoeK: FormValues = {
  ...commonOf(engineerCoeN),
  status: "宗教",
  nationality: "フィリピン",
  birthDate: "19870921",
  nameRoman: "SANTOS MIGUEL REYES",
  birthPlace: "ケソン",
  occupation: "司祭",
  homeTownAddress: "フィリピン国ケソン市",
  contactPostalCode: "1020083",
  contactAddress: "東京都千代田区麹町６－５－４",
  visaPlace: "マニラ",
  kHasCareer: "有",
  kCareers: [
    { joined: "201406", left: "201905", employer: "San Roque Parish, Manila" },
    { joined: "201906", employer: "Holy Family Parish, Quezon City" },
  ],
  repName: "佐藤一郎",
  repRelationship: "受入れ教会の主任司祭",
  repPostalCode: "1020083",
  repAddress: "東京都千代田区麹町６－５－４",
  repPhone: "0332631234",
  agentOrganization: "宗教法人カトリック霞教会",
  agentPostalCode: "1020083",
  agentAddress: "東京都千代田区麹町6-5-4",
  agentPhone: "0332631234",
  kContractType: "その他",
  kContractTypeOther: "派遣元修道会の命による派遣",
  kOrgName: "宗教法人カトリック霞教会",
  kOrgHasCorporateNumber: "有",
  kOrgCorporateNumber: "7613005001234",
  kOrgIndustry: "宗教",
  kOrgPostalCode: "1020083",
  kOrgAddress: "東京都千代田区麹町６－５－４",
  kOrgPhone: "0332631234",
  kDispatchMonths: "36",
  kMonthlySalary: "150000",
  kHasPosition: "有",
  kPosition: "助任司祭",
  kOccupation: "宗教家",
  kActivityDetail: "教会の助任司祭としてミサ、秘跡、信徒の司牧及び英語による布教を行う。",
  kSenderName: "霞宣教修道会フィリピン管区",
  kSenderCountry: "フィリピン",
  kSenderAddress: "マニラ首都圏ケソン市オーロラ通り１２３",
  notifyEmail: "office@kasumi-church.example",
  notifyEmailAgain: "office@kasumi-church.example",
};

/** The same priest three years on, extending the stay (更新). */
export const priestExtensionK: FormValues = {
  ...withoutCoeOnly(priestCoeK),
  ...renewalOf(engineerExtensionN),
  reason: "引き続きカトリック霞教会の助任司祭として宗教活動に従事するため。",
};
