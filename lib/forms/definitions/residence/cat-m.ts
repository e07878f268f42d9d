import type { Bilingual, FormRule, GroupField, Option, SectionDef } from "../../types";
import { educationLevels } from "../../lists/educationLevels";
import { industries } from "../../lists/industries";
import { majorsSenmon } from "../../lists/majorsSenmon";
import { majorsUniversity } from "../../lists/majorsUniversity";
import type { CategoryParts } from "./forms";
import { applicantParts } from "./coe-n";
import {
  activityDetail,
  bi,
  careerRow,
  contractTypeItems,
  corporateNumberItems,
  date,
  digits,
  employmentInsuranceNo,
  free,
  is,
  isYes,
  noContractHelp,
  onlyWhen,
  otherIndustryRows,
  otherIndustryValues,
  periodItems,
  placeOf,
  radio,
  select,
  text,
  workPeriodLabels,
  yesNo,
} from "./parts";

// 区分M (経営・管理): 申請人等作成用2 M and 所属機関等作成用 M, item by item as the official bulk tool's
// sheet 申請情報入力(区分M) has them (87 columns, ../shared/domain/categories.md §6.3), with the COE
// paper numbers of §6.1. On 変更/更新/取得 the organization items keep their numbers (§1.2) and the
// applicant items are unnumbered (not found). The revised M form's items (財産の総額, 日本語能力を有する
// 者の有無, §6.2) are seen only in a third-party source and are not asked (docs/categories/m.md).

const universityLevels = ["大学院（博士）", "大学院（修士）", "大学", "短期大学"];
const otherMajors = ["その他人文・社会科学", "その他自然科学", "その他"];

/** 専攻・専門分野 of M: the lists without 介護福祉 (CA80, CA93; categories §1.5). */
const mMajorsUniversity = majorsUniversity.filter((o) => o.value !== "介護福祉");
const mMajorsSenmon = majorsSenmon.filter((o) => o.value !== "介護福祉");

/** 業種 of M1: the 47 list without 公務（他に分類されるものを除く） (categories §1.4). */
export const industriesM = industries.filter((o) => o.value !== "公務（他に分類されるものを除く）");
/** 業種 answers that ask for the industry in words (「その他」 and 分類不能の産業, categories §1.4). */
const otherIndustriesM = otherIndustryValues(industriesM);

/** 職種 of M1 (categories §1.4). */
export const occupationsM: Option[] = [
  { value: "経営", label: bi("経営", "Business management") },
  {
    value: "管理業務（経営者を除く）",
    label: bi("管理業務（経営者を除く）", "Management work (excluding executives)"),
  },
  { value: "その他", label: bi("その他", "Others") },
];

/** 円単位 amounts and counts typed as 半角 (the tool's 「半角、n文字以内」). */
const amount = (name: string, number: string, label: Bilingual, max: number, required: boolean, note?: Bilingual) =>
  digits(name, number, label, max, {
    required,
    help: note
      ? bi(`半角数字、${max}文字以内。${note.ja}`, `Up to ${max} digits. ${note.en}`)
      : bi(`半角数字、${max}文字以内`, `Up to ${max} digits`),
  });

const nonProfitZero = bi("非営利法人の場合は0円と入力してください", "Enter 0 for a non-profit body");
const startingOnly = bi(
  "申請人が経営を開始する場合にのみ入力してください",
  "Only when the applicant is starting the business",
);

const careers: GroupField = onlyWhen(isYes("mHasCareer"), {
  type: "group",
  name: "mCareers",
  number: "26",
  label: bi("職歴", "Employment history"),
  help: bi("最大8件", "Up to 8"),
  required: true,
  max: 8,
  fields: careerRow(["26.1", "26.2", "26.3"], "職歴 "),
});

/** 申請人等作成用2 M: 最終学歴, 専攻・専門分野, 実務経験期間, 職歴 (columns 0–34). */
export const applicantM: SectionDef = {
  id: "m-applicant",
  title: bi("経営・管理（申請人に関する情報等）", "Business manager: about the applicant"),
  fields: [
    radio(
      "mEducationWhere",
      "23.1",
      bi("最終学歴(1)", "Final education (1)"),
      [
        ["本邦", "Japan"],
        ["外国", "Foreign country"],
      ],
      {
        required: true,
        help: bi(
          "卒業した教育機関の中で、最も教育水準の高い教育機関について選択してください",
          "The school of the highest level the applicant graduated from",
        ),
      },
    ),
    select("mEducationLevel", "23.2", bi("最終学歴(2)", "Final education (2)"), educationLevels, { required: true }),
    onlyWhen(
      is("mEducationLevel", "その他"),
      free("mEducationOther", "23.3", bi("最終学歴(2) その他", "Final education: other"), 40),
    ),
    free("mSchoolName", "23.4", bi("最終学歴(3) 学校名", "Name of school"), 60),
    date("mGraduatedOn", "23.5", bi("最終学歴(4) 卒業年月日", "Date of graduation")),
    onlyWhen(
      is("mEducationLevel", ...universityLevels),
      select("mMajorUniversity", "24.1", bi("専攻・専門分野", "Major field of study"), mMajorsUniversity, {
        required: true,
      }),
    ),
    onlyWhen(
      is("mMajorUniversity", ...otherMajors),
      free("mMajorUniversityOther", "24.2", bi("専攻・専門分野 その他", "Major: other"), 40),
    ),
    onlyWhen(
      is("mEducationLevel", "専門学校"),
      select("mMajorSenmon", "24.1", bi("専攻・専門分野", "Major field of study"), mMajorsSenmon, { required: true }),
    ),
    onlyWhen(
      is("mMajorSenmon", "その他"),
      free("mMajorSenmonOther", "24.2", bi("専攻・専門分野 その他", "Major: other"), 40),
    ),
    amount(
      "mExperienceMonths",
      "25",
      bi("事業の経営又は管理についての実務経験期間", "Experience in managing or administering a business"),
      3,
      true,
      bi("月数を入力してください", "In months"),
    ),
    yesNo("mHasCareer", "26", bi("職歴の有無", "Employment history"), { required: true }),
    careers,
  ],
};

/** 所属機関等作成用 M: 契約の形態, 勤務先, 職種, 活動内容詳細, 就労予定期間, 報酬, 地位, 事業所 (columns 50–86). */
export const organizationM: SectionDef = {
  id: "m-organization",
  title: bi("所属機関に関する情報等", "About the organization"),
  fields: [
    ...contractTypeItems("mContractType", "2", { help: noContractHelp }),
    free("mOrgName", "3.1", bi("勤務先 (1)名称", "(1) Name of the place of work"), 60, {
      help: bi("主に勤務させる場所について入力してください。60文字以内", "The main place of work; up to 60 characters"),
    }),
    ...corporateNumberItems("mOrg", "3.2", bi("勤務先 (2)", "(2)")),
    free("mOrgBranch", "3.3", bi("勤務先 (3)支店・事業所名", "(3) Branch / office"), 60, false),
    employmentInsuranceNo(
      "mOrgInsuranceNo",
      "3.4",
      bi("勤務先 (4)雇用保険適用事業所番号", "(4) Employment insurance office number"),
    ),
    select("mOrgIndustry", "3.5", bi("勤務先 (5)業種 主たる業種", "(5) Main industry"), industriesM, {
      required: true,
    }),
    onlyWhen(
      is("mOrgIndustry", ...otherIndustriesM),
      free("mOrgIndustryOther", "3.6", bi("主たる業種 その他", "Main industry: other"), 40),
    ),
    otherIndustryRows(
      "mOrgOtherIndustries",
      ["3.7", "3.8"],
      bi("勤務先 (5)業種 他業種", "(5) Other industries"),
      industriesM,
      otherIndustriesM,
      {
        help: bi("他に業種があれば一覧から選択してください。最大2件", "Other industries, if any; up to 2"),
        row: bi("他業種", "Industry"),
        other: bi("他業種 その他", "Industry: other"),
      },
    ),
    ...placeOf("mOrg", ["3.9", "3.10", "3.11"], bi("勤務先 (6)", "(6)")),
    amount("mOrgCapital", "3.12", bi("勤務先 (7)資本金（円）", "(7) Capital (yen)"), 13, true, nonProfitZero),
    amount(
      "mOrgSales",
      "3.13",
      bi("勤務先 (8)年間売上高(直近年度)（円）", "(8) Annual sales, latest year (yen)"),
      15,
      true,
      nonProfitZero,
    ),
    amount(
      "mOrgCorporateTax",
      "3.14",
      bi("勤務先 (9)法人税納付額（円）", "(9) Corporate tax paid (yen)"),
      8,
      true,
      nonProfitZero,
    ),
    amount(
      "mOrgInvestment",
      "3.15",
      bi("勤務先 (10)申請人の投資額（円）", "(10) The applicant's investment (yen)"),
      8,
      true,
      nonProfitZero,
    ),
    amount("mOrgStaff", "3.16", bi("勤務先 (11)常勤従業員数", "(11) Full-time employees"), 5, false, startingOnly),
    amount(
      "mOrgResidentStaff",
      "3.17",
      bi(
        "勤務先 (11)常勤従業員のうち日本人・特別永住者・永住者・日本人の配偶者等・永住者の配偶者等・定住者の数",
        "(11) Of which Japanese nationals, special permanent residents, permanent residents, spouses or children of Japanese nationals or permanent residents, and long-term residents",
      ),
      5,
      false,
      startingOnly,
    ),
    select("mOccupation1", "4", bi("職種 主たる職種", "Main occupation"), occupationsM, { required: true }),
    {
      type: "group",
      name: "mOtherOccupations",
      number: "4",
      label: bi("職種 他職種", "Other occupations"),
      help: bi("他の職種があれば一覧から選択してください。最大3件", "Other occupations, if any; up to 3"),
      max: 3,
      fields: [select("occupation", "4", bi("職種", "Occupation"), occupationsM, { required: true })],
    },
    activityDetail("mActivityDetail", "5"),
    ...periodItems(["mWorkPeriod", "mWorkYears", "mWorkMonths"], ["6.1", "6.2", "6.3"], 5, workPeriodLabels, {
      help: bi("申請人が管理者の場合に選択してください", "When the applicant is a manager"),
    }),
    amount(
      "mMonthlyPay",
      "7",
      bi("月額給与・月額報酬(税引き前の支払額)（円）", "Monthly salary before tax (yen)"),
      8,
      true,
      bi(
        "各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除きます",
        "Without commuting, housing or family allowances and reimbursements",
      ),
    ),
    free("mPosition", "8", bi("職務上の地位（役職名）", "Position"), 60),
    text("mOfficeArea", "9.1", bi("事業所の状況 (1)面積（㎡）", "Business premises (1) Floor area (m²)"), {
      required: true,
      maxLength: 5,
      width: "short",
      help: bi("平方メートルで入力してください。半角、5文字以内", "In square metres; up to 5 characters"),
      example: "45",
    }),
    radio(
      "mOfficeTenure",
      "9.2",
      bi("事業所の状況 (2)保有の形態", "Business premises (2) Tenure"),
      [
        ["保有", "Ownership"],
        ["賃貸", "Lease"],
      ],
      { required: true },
    ),
    onlyWhen(
      is("mOfficeTenure", "賃貸"),
      amount(
        "mOfficeRent",
        "9.3",
        bi("事業所の状況 (2)月額家賃（円）", "Business premises (2) Monthly rent (yen)"),
        8,
        true,
        bi("1か月の家賃を入力してください", "The rent for one month"),
      ),
    ),
  ],
};

/**
 * 区分M's parts: 認定 with the COE numbers (代理人 is 27 as in coe-n); 変更, 更新 and 取得 with the
 * organization numbers unchanged and the applicant and 代理人 items unnumbered.
 */
export const partsM: CategoryParts = (kind) => ({
  applicant: applicantParts(kind === "coe", [applicantM], "27"),
  organization: [organizationM],
});

/** 区分M has no rule across its own fields (no paired dates). */
export const rulesM: FormRule[] = [];
