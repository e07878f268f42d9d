import type { FormValues } from "../../types";
import { engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分O application: an American jazz pianist, leader of a trio, invited by a Tokyo
// entertainment company to play for three months at a jazz club in Ginza (興行), for the unit tests
// and the end-to-end filing.

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

export const pianistCoeO: FormValues = {
  ...commonOf(engineerCoeN),
  status: "興行",
  nationality: "米国",
  birthDate: "19890715",
  nameRoman: "JAMES CARTER",
  sex: "男",
  birthPlace: "ニューオーリンズ",
  maritalStatus: "無",
  occupation: "音楽家",
  homeTownAddress: "アメリカ合衆国ルイジアナ州ニューオーリンズ市",
  contactPostalCode: "1040061",
  contactAddress: "東京都中央区銀座３－３－３霞レジデンス８０１号",
  entryDate: "２０２７年４月２５日",
  portOfEntry: "羽田空港(HND)",
  stayYears: "0",
  stayMonths: "3",
  visaPlace: "ニューヨーク",
  pastEntries: "有",
  pastEntryCount: "2",
  lastEntryFrom: "20240301",
  lastEntryTo: "20240310",
  repName: "霞次郎",
  repRelationship: "招へい機関の職員",
  repPostalCode: "1040061",
  repAddress: "東京都中央区銀座１－１－１",
  repPhone: "0335671234",
  agentOrganization: "株式会社霞エンターテインメント",
  oStudyInstitution: "New Orleans Conservatory of Music",
  oStudyFrom: "200709",
  oStudyTo: "201105",
  oExperienceYears: "14",
  oContractType: "雇用",
  oOccupation1: "音楽家・舞台芸術家",
  oPerformances: [{ content: "演奏" }],
  oActivityDetail:
    "ジャズ・トリオのリーダー兼ピアニストとして、霞ジャズクラブ銀座において毎夜2ステージのジャズの演奏を行う。",
  oWorkPeriod: "3月",
  oMonthlyPay: "400000",
  oGroupSize: "3",
  oStandard: "基準１号イ該当",
  oOrganizerName: "株式会社霞エンターテインメント",
  oOrganizerHasCorporateNumber: "有",
  oOrganizerCorporateNumber: "8010401098765",
  oOrganizerRepresentative: "霞太郎",
  oOrganizerIndustry: "生活関連サービス（理容・美容等）・娯楽業",
  oOrganizerPostalCode: "1040061",
  oOrganizerAddress: "東京都中央区銀座１－１－１",
  oOrganizerPhone: "0335671234",
  oOrganizerCapital: "20000000",
  oOrganizerSales: "450000000",
  oOrganizerManager: "霞太郎",
  oOrganizerFullPay: "有",
  oOrganizerStaffCount: "15",
  oOrganizerForeigners: "3",
  oVenues: [
    {
      from: "20270501",
      to: "20270731",
      name: "霞ジャズクラブ銀座",
      venueHasCorporateNumber: "有",
      venueCorporateNumber: "6180001023456",
      representative: "銀座一郎",
      postalCode: "1040061",
      address: "東京都中央区銀座５－５－５霞会館地下１階",
      phone: "0335679876",
      staff: "12",
      hostStaff: "0",
      monthlySales: "9000000",
      stageArea: "24",
      greenRoomArea: "12",
      siteArea: "280",
      paidFood: "有",
      seats: "90",
      entertaining: "無",
    },
  ],
};

/** The same pianist, his club engagement extended by three months (更新). */
export const pianistExtensionO: FormValues = {
  ...Object.fromEntries(Object.entries(pianistCoeO).filter(([k]) => !coeOnly.test(k))),
  ...renewalCommon,
  passportNumber: "A12345678",
  passportExpiry: "20310101",
  currentPeriod: "3月",
  currentExpiry: "20270725",
  desiredPeriod: "3月",
  reason: "霞ジャズクラブ銀座との出演契約が3か月延長されたため。",
  oActivityChanged: "無",
  oVenues: [
    {
      ...(pianistCoeO.oVenues as Record<string, string>[])[0],
      from: "20270801",
      to: "20271031",
    },
  ],
};
