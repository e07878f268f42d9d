import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分T application, for the definition's unit tests and the end-to-end filing: a Chinese
// woman married to a Chinese permanent resident in Osaka comes to live with him (永住者の配偶者等),
// and the same woman renewing a year later, now working part time. Her husband supports her and is
// her guarantor.

const HOME = "大阪府大阪市北区梅田２－２－２";

const wife = {
  status: "永住者の配偶者等",
  nationality: "中国",
  birthDate: "19940718",
  birthDateUnknown: "none",
  nameRoman: "WANG LI",
  sex: "女",
  maritalStatus: "有",
  occupation: "会社員",
  homeTownAddress: "中国遼寧省大連市",
  contactPostalCode: "5300001",
  contactAddress: HOME,
  contactMobile: "09087654321",
  relativesInJapan: "有",
  relatives: [
    {
      relationship: "夫",
      name: "張偉",
      birthDate: "19900305",
      birthDateUnknown: "none",
      nationality: "中国",
      livingTogether: "有",
      workplace: "株式会社浪速精機",
      cardNumber: "EF12345678GH",
    },
  ],
  repName: "張偉",
  repRelationship: "夫",
  repPostalCode: "5300001",
  repAddress: HOME,
  repPhone: "",
  repMobile: "09011112222",
  agentOrganization: "霞行政書士事務所",
  tPosition: "「永住者・特別永住者」の「配偶者」",
  tJapanOffice: "大阪市北区役所",
  tJapanDate: "20250610",
  tHomeOffice: "大連市民政局婚姻登記処",
  tHomeDate: "20250301",
};

/** 扶養者 and 在日身元保証人: the husband, a permanent resident employed in Osaka. */
const husband = {
  tSupporterName: "ZHANG WEI",
  tSupporterBirthDate: "19900305",
  tSupporterBirthDateUnknown: "none",
  tSupporterNationality: "中国",
  tSupporterCardNumber: "EF12345678GH",
  tSupporterStatus: "永住者",
  tSupporterPeriod: "無期限",
  tSupporterRelationship: "夫",
  tSupporterEmployer: "株式会社浪速精機",
  tSupporterBranch: "本社",
  tSupporterPostalCode: "5300012",
  tSupporterAddress: "大阪府大阪市北区芝田１－１－１",
  tSupporterPhone: "0661234567",
  tSupporterIncome: "5200000",
  tGuarantorName: "ZHANG WEI",
  tGuarantorOccupation: "会社員",
  tGuarantorPostalCode: "5300001",
  tGuarantorAddress: HOME,
  tGuarantorMobile: "09011112222",
};

/** 認定: she brings her savings and is then supported by her husband. */
export const spouseCoeT: FormValues = {
  ...commonOf(engineerCoeN),
  ...wife,
  birthPlace: "大連",
  entryDate: "２０２７年５月１日",
  portOfEntry: "関西国際空港(KIX)",
  stayYears: "3",
  stayMonths: "0",
  visaPlace: "大連",
  tExpenses: [
    { method: "在日経費支弁者負担", monthly: "150000" },
    {
      method: "本人負担",
      monthly: "30000",
      transfer: "外国からの携行",
      amount: "500000",
      carrier: "王麗",
      carriedOn: "202705",
      carriedOnUnknown: "d",
    },
  ],
  ...husband,
};

/** 更新: a year later, working part time in a shop; renewing for three years. */
export const spouseExtensionT: FormValues = {
  ...commonOf(engineerExtensionN),
  ...wife,
  passportNumber: "EA1234567",
  passportExpiry: "20320101",
  cardNumber: "GH23456789JK",
  currentPeriod: "1年",
  currentExpiry: "20280501",
  desiredPeriod: "3年",
  reason: "引き続き夫と同居し、日本で生活するため。",
  residencePrefecture: "大阪府",
  receiptOffice: "大阪出入国在留管理局",
  tEmployer: "株式会社梅田フーズ",
  tEmployerBranch: "梅田店",
  tEmployerPostalCode: "5300001",
  tEmployerAddress: "大阪府大阪市北区梅田３－１－１",
  tEmployerPhone: "0663456789",
  tEmployerIncome: "1800000",
  tExpenses: [
    { method: "本人負担", monthly: "150000" },
    { method: "在日経費支弁者負担", monthly: "100000" },
  ],
  ...husband,
};
