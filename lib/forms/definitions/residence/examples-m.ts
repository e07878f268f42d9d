import type { FormValues } from "../../types";
import { engineerCoeN, engineerExtensionN } from "./examples";

// A realistic 区分M application: a Chinese businessman who founded a food import company in Osaka
// and is its representative director (経営・管理), for the unit tests and the end-to-end filing.

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

export const managerCoeM: FormValues = {
  ...commonOf(engineerCoeN),
  status: "経営・管理",
  nationality: "中国",
  birthDate: "19860312",
  nameRoman: "WANG JIANGUO",
  sex: "男",
  birthPlace: "上海",
  maritalStatus: "有",
  occupation: "会社役員",
  homeTownAddress: "中華人民共和国上海市",
  contactPostalCode: "5300001",
  contactAddress: "大阪府大阪市北区梅田１－１－１",
  entryDate: "２０２７年６月１日",
  portOfEntry: "関西国際空港(KIX)",
  stayYears: "1",
  visaPlace: "上海",
  repName: "王美玲",
  repRelationship: "申請人の配偶者",
  repPostalCode: "5300001",
  repAddress: "大阪府大阪市北区梅田１－１－１",
  repPhone: "0661234567",
  agentOrganization: "行政書士法人霞綜合事務所",
  mEducationWhere: "外国",
  mEducationLevel: "大学院（修士）",
  mSchoolName: "復旦大学",
  mGraduatedOn: "20110630",
  mMajorUniversity: "経営学",
  mExperienceMonths: "120",
  mHasCareer: "有",
  mCareers: [
    { joined: "201108", left: "201803", employer: "上海華東食品貿易有限公司" },
    { joined: "201804", left: "202503", employer: "上海浦江食品進出口有限公司" },
  ],
  mContractType: "委任",
  mOrgName: "株式会社霞フードトレーディング",
  mOrgHasCorporateNumber: "有",
  mOrgCorporateNumber: "7120001045678",
  mOrgIndustry: "飲食料品卸売業",
  mOrgPostalCode: "5300001",
  mOrgAddress: "大阪府大阪市北区梅田２－２－２霞ビル５階",
  mOrgPhone: "0661234567",
  mOrgCapital: "30000000",
  mOrgSales: "0",
  mOrgCorporateTax: "0",
  mOrgInvestment: "30000000",
  mOrgStaff: "2",
  mOrgResidentStaff: "2",
  mOccupation1: "経営",
  mActivityDetail:
    "代表取締役として、中国産食品の輸入・卸売事業の経営全般（事業計画の策定、取引先との交渉、資金調達、従業員の管理）に従事する。",
  mMonthlyPay: "500000",
  mPosition: "代表取締役",
  mOfficeArea: "45",
  mOfficeTenure: "賃貸",
  mOfficeRent: "180000",
};

/** The same manager two years on, extending the stay (更新), with the company's first figures. */
export const managerExtensionM: FormValues = {
  ...Object.fromEntries(Object.entries(managerCoeM).filter(([k]) => !coeOnly.test(k))),
  ...renewalCommon,
  passportNumber: "EJ1234567",
  passportExpiry: "20320101",
  currentPeriod: "1年",
  currentExpiry: "20280601",
  desiredPeriod: "3年",
  reason: "引き続き株式会社霞フードトレーディングの代表取締役として経営に従事するため。",
  residencePrefecture: "大阪府",
  receiptOffice: "大阪出入国在留管理局",
  mOrgSales: "180000000",
  mOrgCorporateTax: "2400000",
  mOrgStaff: "4",
  mOrgResidentStaff: "3",
};
