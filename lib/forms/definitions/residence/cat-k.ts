import type { Bilingual, FormRule, GroupField, LeafField, Option, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import { industries } from "../../lists/industries";
import { applicantParts, repPhoneRule } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  address,
  bi,
  contractTypeItems,
  corporateNumberItems,
  digits,
  employmentInsuranceNo,
  free,
  full,
  is,
  isYes,
  onlyWhen,
  phone,
  postalCode,
  select,
  text,
  unnumbered,
  yearMonth,
  yesNo,
} from "./parts";

// 区分K (宗教): 申請人等作成用2 K and 所属機関等作成用 K, item by item as the official bulk tool's sheet
// 申請情報入力(区分K) has them (../shared/domain/categories.md §4.3), numbered as the COE form's
// 列項目TBL (§4.1). The 変更/更新 pages of K were not found: those forms (and 取得) show the same items
// without numbers (docs/categories/k.md).

/** 職種 (CC02_1, K1); English as on the paper form's 別紙 職種一覧. */
const occupationsK: Option[] = [
  { value: "宗教家", label: bi("宗教家", "Religious worker") },
  { value: "その他", label: bi("その他", "Others") },
];

/** 業種 (CC13_1, K1): 宗教 / 分類不能の産業. */
const industriesK: Option[] = ["宗教", "分類不能の産業"].map((v) => industries.find((o) => o.value === v)!);

/** 25 職歴: up to 8 rows of 入社年月, 退社年月 and 勤務先名称. */
const careers: GroupField = onlyWhen(isYes("kHasCareer"), {
  type: "group",
  name: "kCareers",
  number: "25",
  label: bi("職歴", "Employment history"),
  help: bi("外国におけるものを含む。最大8件", "Including employment abroad; up to 8"),
  required: true,
  max: 8,
  fields: [
    yearMonth("joined", "25.1", bi("入社年月", "Joined (year and month)"), { example: "201904" }),
    yearMonth("left", "25.2", bi("退社年月", "Left (year and month)"), {
      required: false,
      help: bi("在職中の場合は空欄。半角数字、6文字（YYYYMM）", "Leave empty if still employed. 6 digits (YYYYMM)"),
      example: "201904",
    }),
    free("employer", "25.3", bi("勤務先名称", "Employer"), 60),
  ],
});

/** 申請人等作成用2 K: 25 職歴 (22–24 are not online items). */
const applicantK: SectionDef = {
  id: "k-applicant",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [yesNo("kHasCareer", "25", bi("職歴の有無", "Employment history"), { required: true }), careers],
};

/** 業種 その他 (全角 40), asked after 「分類不能の産業」. */
const industryOther = (name: string, number: string, label: Bilingual, of: string): LeafField =>
  onlyWhen(is(of, "分類不能の産業"), {
    ...full(name, number, label, 40),
    help: bi(
      "分類不能の産業を選択した場合は内容について入力してください。全角、40文字以内",
      "For 「分類不能の産業」: the industry, full-width characters, up to 40",
    ),
  });

const otherIndustry = (n: 1 | 2): LeafField[] => [
  select(`kOrgOtherIndustry${n}`, "3.6", bi(`（4）業種 他業種 ${n}`, `(4) Other industry ${n}`), industriesK, {
    help: bi("他に業種があれば一覧から選択してください", "Any other industry, from the list"),
  }),
  industryOther(
    `kOrgOtherIndustry${n}Other`,
    "3.7",
    bi(`（4）業種 他業種 ${n} その他`, `(4) Other industry ${n}: details`),
    `kOrgOtherIndustry${n}`,
  ),
];

const workplaceHelp = bi(
  "主に勤務又は活動させる場所について入力してください",
  "The place where the applicant mainly works",
);

/** 所属機関等作成用 K: 2 契約の形態, 3 所属機関等契約先, 4–8 派遣予定期間 … 活動内容, 9 派遣元団体. */
const organizationK: SectionDef = {
  id: "k-organization",
  title: bi("所属機関に関する情報等", "About the organization"),
  fields: [
    ...contractTypeItems("kContractType", "2", {
      other: bi("契約の形態 その他 入力内容", "Type of contract: details"),
    }),
    text("kOrgName", "3.1", bi("所属機関等契約先 （1）名称", "Contracting organization (1) Name"), {
      required: true,
      maxLength: 60,
      help: bi(
        "主に勤務又は活動させる場所について入力してください。60文字以内",
        "The place where the applicant mainly works. Up to 60 characters",
      ),
      example: "宗教法人○○教会",
    }),
    ...corporateNumberItems("kOrg", "3.2", bi("（2）", "(2)")),
    {
      ...employmentInsuranceNo(
        "kOrgInsuranceNo",
        "3.3",
        bi("（3）雇用保険適用事業所番号（非該当事業所は省略）", "(3) Employment insurance office number (if any)"),
      ),
      help: bi(
        "半角数字、11文字。主に勤務又は活動させる場所について入力してください",
        "11 digits; of the place where the applicant mainly works",
      ),
    },
    select("kOrgIndustry", "3.4", bi("（4）業種 主たる業種", "(4) Main industry"), industriesK, { required: true }),
    industryOther(
      "kOrgIndustryOther",
      "3.5",
      bi("（4）業種 主たる業種 その他", "(4) Main industry: details"),
      "kOrgIndustry",
    ),
    ...otherIndustry(1),
    ...otherIndustry(2),
    postalCode("kOrgPostalCode", "3.8", bi("（5）郵便番号", "(5) Postal code"), { required: true }),
    address("kOrgAddress", "3.9", bi("（5）所在地", "(5) Address"), {
      required: true,
      help: bi("全角、85文字以内。" + workplaceHelp.ja, "Full-width characters, up to 85. " + workplaceHelp.en),
    }),
    phone("kOrgPhone", "3.10", bi("電話番号", "Telephone number"), { required: true }),
    digits("kDispatchMonths", "4", bi("派遣予定期間（月数）", "Intended period of dispatch (months)"), 3, {
      required: true,
      help: bi("月数を半角数字、3文字以内で入力してください", "In months, up to 3 digits"),
      example: "36",
    }),
    digits(
      "kMonthlySalary",
      "5",
      bi("給与・報酬（月額）（税引き前の支払額）（円）", "Monthly salary or remuneration before tax (yen)"),
      8,
      {
        required: true,
        help: bi(
          "半角数字、8文字以内、円単位。各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除いてください",
          "Up to 8 digits, in yen; without allowances (commuting, housing, family) or reimbursements",
        ),
      },
    ),
    yesNo("kHasPosition", "6.1", bi("職務上の地位", "Position"), { required: true }),
    onlyWhen(isYes("kHasPosition"), free("kPosition", "6.2", bi("職務上の地位 役職名", "Position (title)"), 60)),
    select("kOccupation", "7.1", bi("職種 主たる職種", "Main occupation"), occupationsK, { required: true }),
    {
      type: "group",
      name: "kOtherOccupations",
      number: "7.2",
      label: bi("職種 他職種", "Other occupations"),
      help: bi("他に職種があれば一覧から選択してください。最大3件", "Any other occupation, from the list; up to 3"),
      max: 3,
      fields: [select("occupation", "", bi("職種", "Occupation"), occupationsK, { required: true })],
    },
    text("kActivityDetail", "8", bi("活動内容詳細", "Details of activities"), {
      required: true,
      maxLength: 40,
      help: bi(
        "40文字以内。宗教活動に付随する活動（語学教育など）も行う場合には、当該活動の内容も含みます",
        "Up to 40 characters. Include activities that go with the religious work (language teaching etc.)",
      ),
    }),
    full("kSenderName", "9.1", bi("派遣元団体 （1）名称", "Sending organization (1) Name"), 60),
    select(
      "kSenderCountry",
      "9.2",
      bi("派遣元団体 （2）所在地 国・地域", "(2) Address: country/region"),
      nationalities,
      {
        required: true,
      },
    ),
    full("kSenderAddress", "9.2", bi("派遣元団体 （2）所在地", "(2) Address"), 80),
  ],
};

/** 区分K's sections for each form: 申請人等作成用2 K with 代理人 and 取次者, and 所属機関等作成用 K. */
export const partsK: CategoryParts = (kind: ResidenceKind) => ({
  applicant: applicantParts(kind === "coe", [applicantK], "26"),
  organization: [kind === "coe" ? organizationK : unnumbered(organizationK)],
});

/** The 代理人's 電話番号 or 携帯電話番号 (§1.3). */
export const rulesK: FormRule[] = [repPhoneRule];
