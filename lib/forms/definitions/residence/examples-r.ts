import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分R application, for the definition's unit tests and the end-to-end filing: the wife
// of the 区分N example's engineer (技術・人文知識・国際業務, Tokyo) joining him as 家族滞在, and the
// same wife renewing three years on, now working part time under a 資格外活動 permission.

const wife = {
  nationality: "ベトナム",
  birthDate: "19990815",
  birthDateUnknown: "none",
  nameRoman: "TRAN THI HOA",
  sex: "女",
  maritalStatus: "有",
  occupation: "主婦",
  homeTownAddress: "ベトナム国ハイフォン市",
};

const husband = {
  relationship: "夫",
  name: "グエン・ヴァン・アン",
  birthDate: "19980412",
  birthDateUnknown: "none",
  nationality: "ベトナム",
  livingTogether: "有",
  workplace: "株式会社霞ソフト",
  cardNumber: "AB12345678CD",
};

/** 扶養者等作成用 R: the husband, employed by the Tokyo software company. */
const supporter = {
  rSupporterName: "NGUYEN VAN AN",
  rSupporterBirthDate: "19980412",
  rSupporterNationality: "ベトナム",
  rSupporterCardNumber: "AB12345678CD",
  rSupporterStatus: "技術・人文知識・国際業務",
  rSupporterPeriod: "３年",
  rSupporterExpiry: "20290401",
  rSupporterRelationship: "夫",
  rSupporterEmployer: "株式会社霞ソフト",
  rSupporterHasCorporateNumber: "有",
  rSupporterCorporateNumber: "7123456789012",
  rSupporterPostalCode: "1000013",
  rSupporterAddress: "東京都千代田区霞が関１－１－１",
  rSupporterPhone: "0312345678",
  rSupporterIncome: "4200000",
};

/** 認定: the wife joins her husband; married in Viet Nam, not notified in Japan. */
export const dependentCoeR: FormValues = {
  ...commonOf(engineerCoeN),
  ...wife,
  status: "家族滞在",
  birthPlace: "ハイフォン",
  visaPlace: "ハノイ",
  stayYears: "3",
  stayMonths: "0",
  relativesInJapan: "有",
  relatives: [husband],
  repName: "グエン・ヴァン・アン",
  repRelationship: "夫",
  rNotificationType: "婚姻（配偶者について）",
  rJapanOffice: "なし",
  rHomeOffice: "ハイフォン市レチャン区人民委員会",
  rHomeDate: "20240510",
  rExpenses: "親族負担",
  rWithSupporter: "無",
  ...supporter,
};

/** 更新: three years on, renewing with her husband; she works 20 hours a week in a restaurant. */
export const dependentExtensionR: FormValues = {
  ...commonOf(engineerExtensionN),
  ...wife,
  status: "家族滞在",
  passportNumber: "C7654321",
  passportExpiry: "20310101",
  cardNumber: "CD23456789EF",
  currentPeriod: "3年",
  currentExpiry: "20300501",
  desiredPeriod: "3年",
  reason: "夫の在留期間更新に伴い、引き続き夫と同居するため。",
  relativesInJapan: "有",
  relatives: [husband],
  repName: "グエン・ヴァン・アン",
  repRelationship: "夫",
  repAddress: "東京都新宿区西新宿２－８－１",
  repPostalCode: "1600023",
  rNotificationType: "婚姻（配偶者について）",
  rJapanOffice: "なし",
  rHomeOffice: "ハイフォン市レチャン区人民委員会",
  rHomeDate: "20240510",
  rExpenses: "親族負担",
  rOtherActivity: "有",
  rOtherActivityDetail: "飲食店での接客",
  rOtherActivityEmployer: "株式会社霞フーズ",
  rOtherActivityBranch: "新宿店",
  rOtherActivityPhone: "0353201234",
  rOtherActivityHours: "20",
  rOtherActivityPay: "90000",
  rOtherActivityPayUnit: "月額",
  rWithSupporter: "有",
  ...supporter,
  rSupporterExpiry: "20300501",
};
