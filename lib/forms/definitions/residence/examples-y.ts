import type { FormValues } from "../../types";
import { commonOf, engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分Y application, for the definition's unit tests: a welder from the Philippines
// invited for 第１号団体監理型技能実習 by a metalworking company in Aichi, supervised by a
// cooperative; then the same trainee in 第２号, extending the stay (更新).

/** The trainee, as on every form. */
const trainee = {
  status: "技能実習",
  nationality: "フィリピン",
  birthDate: "20010718",
  birthDateUnknown: "none",
  nameRoman: "DELA CRUZ JUAN MIGUEL",
  sex: "男",
  maritalStatus: "無",
  occupation: "溶接工",
  homeTownAddress: "フィリピン国セブ州セブ市",
  repName: "加藤誠",
  repRelationship: "実習実施者の職員",
  repPostalCode: "4550032",
  repAddress: "愛知県名古屋市港区入船１－２－３",
  repPhone: "0526541234",
  agentName: "KOBAYASHI MIKI",
  agentPostalCode: "4600008",
  agentAddress: "愛知県名古屋市中区栄2-3-4",
  agentOrganization: "霞国際事業協同組合",
  agentPhone: "0522231234",
  notifyEmail: "jisshu@kasumi-kumiai.example",
  notifyEmailAgain: "jisshu@kasumi-kumiai.example",
};

/** 所属機関等作成用 Y: the company training the welder and the cooperative supervising it. */
const organizations = {
  yContent1Major: "溶接",
  yContent1Minor: "半自動溶接",
  yOccupation: "製品製造・加工処理従事者（金属製品）",
  yImplName: "株式会社霞溶接工業",
  yImplHasCorporateNumber: "有",
  yImplCorporateNumber: "4180001234567",
  yImplInsuranceNo: "23011234567",
  yImplIndustry: "金属製品製造業",
  yImplPostalCode: "4550032",
  yImplAddress: "愛知県名古屋市港区入船１－２－３",
  yImplPhone: "0526541234",
  yImplStaff: "48",
  yIsSupervised: "有",
  ySupName: "霞国際事業協同組合",
  ySupHasCorporateNumber: "有",
  ySupCorporateNumber: "6380004567891",
  ySupIndustry: "複合サービス事業（郵便局，農林水産業協同組合，事業協同組合（他に分類されないもの））",
  ySupPostalCode: "4600008",
  ySupAddress: "愛知県名古屋市中区栄２－３－４",
  ySupPhone: "0522231234",
  ySupPermitType: "一般監理事業",
  ySupPermitSymbol: "許",
  ySupPermitNumber: "1804000123",
  ySupPermitDate: "20181101",
  ySupValidFrom: "20231101",
  ySupValidTo: "20301031",
};

/** 在留資格認定証明書交付申請: the first year (第１号団体監理型技能実習). */
export const welderCoeY: FormValues = {
  ...commonOf(engineerCoeN),
  ...trainee,
  birthPlace: "セブ",
  contactPostalCode: "4550032",
  contactAddress: "愛知県名古屋市港区入船１－２－３",
  entryDate: "２０２７年２月１日",
  portOfEntry: "中部国際空港(NGO)",
  stayYears: "1",
  stayMonths: "0",
  visaPlace: "マニラ",
  yHasCareer: "有",
  yCareers: [
    { yJoined: "201906", yLeft: "202209", yEmployer: "Cebu Steel Works Inc." },
    { yJoined: "202210", yEmployer: "Mactan Metal Fabrication Corp." },
  ],
  ...organizations,
  yPlanSymbol: "認",
  yPlanNumber: "1026001234",
  yPlanDate: "20261015",
  yTrainingType: "第１号団体監理型技能実習",
  yTrainingFrom: "20270201",
  yTrainingTo: "20280131",
  yMonthlyPay: "185000",
};

/** 在留期間更新許可申請: the same trainee in 第２号, two years on, with the 2号 plan's own number. */
export const welderExtensionY: FormValues = {
  ...commonOf(engineerExtensionN),
  ...trainee,
  contactPostalCode: "4550033",
  contactAddress: "愛知県名古屋市港区入船２－５－８霞寮１０３号",
  passportNumber: "P1234567A",
  passportExpiry: "20310405",
  currentPeriod: "1年",
  currentExpiry: "20290131",
  cardNumber: "AB12345678CD",
  desiredPeriod: "1年",
  reason: "第２号団体監理型技能実習を引き続き同じ実習実施者で行うため。",
  residencePrefecture: "愛知県",
  receiptOffice: "名古屋出入国在留管理局",
  yHasCareer: "有",
  yCareers: [
    { yJoined: "201906", yLeft: "202209", yEmployer: "Cebu Steel Works Inc." },
    { yJoined: "202210", yLeft: "202612", yEmployer: "Mactan Metal Fabrication Corp." },
  ],
  ...organizations,
  yPlanSymbol: "認",
  yPlanNumber: "1027004567",
  yPlanDate: "20271201",
  yTrainingType: "第２号団体監理型技能実習",
  yTrainingFrom: "20280201",
  yTrainingTo: "20300131",
  yImplNoticeSymbol: "実",
  yImplNoticeNumber: "1027000456",
  yImplNoticeDate: "20270210",
  yMonthlyPay: "195000",
};
