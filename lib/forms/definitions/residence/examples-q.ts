import type { FormValues } from "../../types";
import { engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分Q application: a Thai engineer of a Bangkok subsidiary, sent for six months of
// classroom training (no practical training) at its Japanese parent's training centre in Nagoya
// (研修), for the unit tests and the end-to-end filing.

/** The N answers of the applicant part alone (examples.ts' commonOf: 身分事項, 代理人, 取次者, 受領). */
const commonOf = (answers: Record<string, string | string[]>) =>
  Object.fromEntries(
    Object.entries(answers).filter(
      ([k]) =>
        !/^(org|education|school|graduated|major|hasCareer|contractType|workPeriod|monthlySalary|experienceMonths|hasPosition|occupation1|activityDetail)/.test(
          k,
        ),
    ),
  );

/** Answers only 認定 asks (as engineerExtensionN drops them). */
const coeOnly =
  /^(birthPlace|entryDate|portOfEntry|stayYears|stayMonths|accompanied|visaPlace|pastEntries|pastCoe|deported|coeReceipt)$/;
/** The common 変更/更新 answers of engineerExtensionN (旅券, 在留期間, 在留カード, 理由, 受領). */
const renewalCommon = Object.fromEntries(
  Object.entries(engineerExtensionN).filter(([k]) =>
    /^(passport|current|cardNumber|desiredPeriod|reason|cardReceipt|residencePrefecture|receiptOffice)/.test(k),
  ),
);

export const traineeCoeQ: FormValues = {
  ...commonOf(engineerCoeN),
  status: "研修",
  nationality: "タイ",
  birthDate: "19960220",
  nameRoman: "SOMCHAI SRISUK",
  sex: "男",
  birthPlace: "バンコク",
  maritalStatus: "無",
  occupation: "会社員",
  homeTownAddress: "タイ王国バンコク都",
  contactPostalCode: "4500002",
  contactAddress: "愛知県名古屋市中村区名駅３－３－３霞精機研修生寮２０５号",
  entryDate: "２０２７年４月１日",
  portOfEntry: "中部国際空港(NGO)",
  stayYears: "0",
  stayMonths: "6",
  visaPlace: "バンコク",
  repName: "佐藤一郎",
  repRelationship: "受入れ機関の職員",
  repPostalCode: "4500002",
  repAddress: "愛知県名古屋市中村区名駅１－１－１",
  repPhone: "0521234567",
  agentOrganization: "株式会社霞精機",
  qAfterPlan: "帰国後復職",
  qHasCareer: "有",
  qCareers: [{ joined: "201806", employer: "Siam Kasumi Precision Co., Ltd." }],
  qHosts: [
    {
      name: "株式会社霞精機",
      hasCorporateNumber: "有",
      corporateNumber: "8011001087654",
      business: "精密機械部品の製造・販売",
      kind: "会社等の営利法人",
      postalCode: "4500002",
      address: "愛知県名古屋市中村区名駅１－１－１",
      phone: "0521234567",
      capital: "500000000",
      sales: "32000000000",
      staff: "850",
      trainees: "4",
      head: "霞太郎",
      manager: "佐藤一郎",
      instructor: "鈴木次郎",
      instructorYears: "18",
      keepsRecords: "有",
    },
  ],
  qContent: "工場管理",
  qFrom: "20270405",
  qTo: "20270930",
  qAllowance: "120000",
  qHoursFromH: "9",
  qHoursFromM: "0",
  qHoursToH: "17",
  qHoursToM: "0",
  qPractical: "無",
  qTotalHours: "840",
  qReturnFare: "受入れ機関が確保・負担",
  qReturnFareOrg: "株式会社霞精機",
  qSenders: [
    {
      name: "Siam Kasumi Precision Co., Ltd.",
      business: "精密機械部品の製造",
      country: "タイ",
      address: "99 Moo 4, Bang Na-Trat Road, Bang Phli, Samut Prakan",
      phone: "6621234567",
      head: "Prasert Wongsa",
      manager: "Niran Chaiyo",
    },
  ],
  qPreTrainingOrg: "Siam Kasumi Precision Co., Ltd. 研修センター",
  qPreTrainingFrom: "20270201",
  qPreTrainingTo: "20270226",
  qPreTrainingHours: "80",
  qLodgingName: "霞精機研修生寮",
  qLodgingPostalCode: "4500002",
  qLodgingAddress: "愛知県名古屋市中村区名駅３－３－３",
  qFacilityName: "霞精機技術研修センター",
  qFacilityPostalCode: "4500002",
  qFacilityAddress: "愛知県名古屋市中村区名駅１－１－１",
  qLifeAdvisor: "田中三郎",
  qInsurance: "海外旅行傷害保険（傷害死亡1000万円、治療費用1000万円）に研修期間中加入",
  qSafety: "有",
};

/** The same trainee, the training extended by three months (更新). */
export const traineeExtensionQ: FormValues = {
  ...Object.fromEntries(Object.entries(traineeCoeQ).filter(([k]) => !coeOnly.test(k))),
  ...renewalCommon,
  passportNumber: "AA1234567",
  passportExpiry: "20320101",
  currentPeriod: "6月",
  currentExpiry: "20271005",
  desiredPeriod: "3月",
  reason: "研修計画の変更により、研修期間が3か月延長されたため。",
  residencePrefecture: "愛知県",
  receiptOffice: "名古屋出入国在留管理局",
  qTo: "20271231",
  qTotalHours: "1260",
};
