import type { FormRule, GroupField, Option, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import { industries } from "../../lists/industries";
import { occupationsN } from "../../lists/occupationsN";
import { applicantParts, repPhoneRule } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  bi,
  contractTypeItems,
  corporateNumberItems,
  digits,
  employmentInsuranceNo,
  free,
  full,
  is,
  isYes,
  long,
  mainIndustryItems,
  onlyWhen,
  options,
  otherIndustryRows,
  otherIndustryValues,
  placeOf,
  rowYearMonth,
  select,
  text,
  withJapan,
  yesNo,
} from "./parts";

// 区分L (報道 / 企業内転勤 / 研究（転勤）): 申請人等作成用2 L and 所属機関等作成用 L, item by item as the
// official bulk tool's sheet 申請情報入力(区分L) has them (../shared/domain/categories.md §5). The
// organization numbers are the 列項目TBL's (the same on 変更/更新); the applicant numbers 25 (職歴) and
// 26 (代理人) are inferred, and unknown on 変更/更新. docs/categories/l.md lists the gaps.

const TRANSFER = is("status", "企業内転勤");

/** 職種 of 区分L (CC02_1 L1): the 区分N list without 報道, 接客 and 製品製造, with 記者 and 報道カメラマン. */
const notInL = ["報道", "接客（販売店）", "接客（飲食店）", "接客（その他）", "製品製造", "その他"];
export const occupationsL: Option[] = [
  ...occupationsN.filter((o) => !notInL.includes(o.value)),
  { value: "記者", label: bi("記者", "Press") },
  { value: "報道カメラマン", label: bi("報道カメラマン", "Press photographer") },
  ...occupationsN.filter((o) => o.value === "その他"),
];

/** 業種 whose name the applicant types as well (the sheet's help text lists them). */
const industriesWithText = otherIndustryValues(industries);

/** 業種 of 区分L: the whole list without 公務 (46). */
export const industriesL: Option[] = industries.filter((o) => o.value !== "公務（他に分類されるものを除く）");

/** 派遣元会社又は団体と勤務先との関係 (CB15), as seen from the place of work. */
export const senderRelationsL: Option[] = options([
  ["親会社", "Holding company"],
  ["子会社", "Subsidiary"],
  ["本部・本店", "Main office"],
  ["支部・支店", "Branch office"],
  ["その他", "Others"],
]);

const careers: GroupField = onlyWhen(isYes("lHasCareer"), {
  type: "group",
  name: "lCareers",
  number: "25",
  label: bi("職歴", "Employment history"),
  help: bi(
    "外国におけるものを含みます。在留資格「企業内転勤」の場合は月単位まで必ず入力してください。最大6件",
    "Including employment abroad. For an intra-company transferee the month must be given. Up to 6",
  ),
  required: true,
  max: 6,
  fields: [
    select("country", "", bi("国・地域名", "Country/Region"), withJapan, { required: true }),
    ...rowYearMonth("joined", ["25.1", "25.2"], bi("入社年月", "Date of joining"), {
      required: true,
      monthAlways: TRANSFER,
    }),
    ...rowYearMonth("left", ["25.3", "25.4"], bi("退社年月", "Date of leaving"), {
      required: false,
      monthAlways: TRANSFER,
    }),
    text("employerRoman", "25.5", bi("勤務先名称(英字表記)", "Employer (in Roman letters)"), {
      maxLength: 200,
      help: bi("半角英字、200文字以内", "Roman letters, up to 200"),
      example: "XXXX Corporation",
    }),
    free("employerKanji", "25.6", bi("勤務先名称(漢字表記)", "Employer (in kanji)"), 60, false),
  ],
});

/** 申請人等作成用2 L: 職歴 (the paper's 派遣元 items 23–24 are asked on the organization part). */
const applicantL: SectionDef = {
  id: "l-applicant",
  title: bi("報道・企業内転勤（申請人に関する情報等）", "Journalist / intra-company transferee: about the applicant"),
  fields: [
    yesNo("lHasCareer", "25", bi("職歴の有無", "Employment history"), {
      required: true,
      help: bi("外国におけるものを含みます。", "Including employment abroad."),
    }),
    careers,
  ],
};

/** 所属機関等作成用 L, 2–10. 職務内容変更 (前回許可時以降) only on 変更 and 更新. */
function organizationL(kind: ResidenceKind): SectionDef {
  const renewal = kind === "change" || kind === "extension";
  return {
    id: "l-organization",
    title: bi("所属機関に関する情報等", "About the organization"),
    fields: [
      ...contractTypeItems("lContractType", "2"),
      {
        ...free("lOrgName", "3.1", bi("所属機関等契約先 (1)名称", "Organization (1) Name"), 60),
        example: "○○株式会社",
      },
      ...corporateNumberItems("lOrg", "3.2", bi("(2)", "(2)")),
      free("lOrgBranch", "3.3", bi("(3)支店・事業所名", "(3) Branch / office"), 60, false),
      employmentInsuranceNo(
        "lOrgInsuranceNo",
        "3.4",
        bi("(4)雇用保険適用事業所番号（非該当事業所は省略）", "(4) Employment insurance office number (if any)"),
      ),
      ...mainIndustryItems("lOrg", ["3.5", "3.6"], bi("(5)", "(5)"), industriesL, industriesWithText),
      otherIndustryRows(
        "lOtherIndustries",
        ["3.7", "3.8"],
        bi("(5)業種 他業種", "(5) Other industries"),
        industriesL,
        industriesWithText,
      ),
      ...placeOf("lOrg", ["3.9", "3.10", "3.11"], bi("(6)", "(6)")),
      digits("lOrgCapital", "3.12", bi("(7)資本金（円）", "(7) Capital (yen)"), 13, { required: true }),
      digits("lOrgSales", "3.13", bi("(8)年間売上高（直近年度）（円）", "(8) Annual sales, latest year (yen)"), 15, {
        required: true,
      }),
      digits("lOrgEmployees", "3.14", bi("(9)従業員数（名）", "(9) Number of employees"), 5, { required: true }),
      digits("lOrgForeignEmployees", "3.15", bi("(9)うち外国人職員数（名）", "(9) Of which foreign employees"), 5, {
        required: true,
      }),
      digits(
        "lMonthlyPay",
        "4",
        bi("給与・報酬（月額・税引き前の支払額）（円）", "Monthly salary before tax (yen)"),
        8,
        {
          required: true,
          help: bi(
            "各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除きます。円単位、半角数字8文字以内",
            "Excluding allowances (commuting, housing, family) and reimbursements. In yen, up to 8 digits",
          ),
        },
      ),
      yesNo("lHasPosition", "5.1", bi("職務上の地位", "Position, if any"), { required: true }),
      onlyWhen(isYes("lHasPosition"), free("lPosition", "5.2", bi("職務上の地位 役職名", "Position"), 60)),
      digits("lPeriodMonths", "6", bi("派遣・就労予定期間（月数）", "Period of transfer or work (months)"), 3, {
        required: true,
        help: bi("月数を入力。半角数字、3文字以内", "In months, up to 3 digits"),
        example: "36",
      }),
      select("lOccupation", "7.1", bi("職種 主たる職種", "Main occupation"), occupationsL, { required: true }),
      {
        type: "group",
        name: "lOtherOccupations",
        number: "7.2",
        label: bi("職種 他職種", "Other occupations"),
        max: 3,
        fields: [select("occupation", "7.2", bi("職種", "Occupation"), occupationsL, { required: true })],
      },
      long("lActivityDetail", "8", bi("活動内容詳細", "Details of activities")),
      ...(renewal
        ? [
            yesNo(
              "lDutiesChanged",
              "",
              bi("職務内容変更の有無（前回許可時以降）", "Change of duties since the last permission"),
            ),
            onlyWhen(
              isYes("lDutiesChanged"),
              long("lDutiesChangedDetail", undefined, bi("職務内容変更 具体的内容", "Change of duties: details")),
            ),
          ]
        : []),
      full(
        "lSenderName",
        "9.1",
        bi(
          "派遣元会社若しくは団体又は契約を締結している報道機関 (1)名称",
          "Dispatching company or body, or contracting news organization (1) Name",
        ),
        60,
      ),
      select("lSenderCountry", "9.2", bi("(2)所在地 国・地域", "(2) Address: country/region"), nationalities, {
        required: true,
      }),
      full("lSenderAddress", "9.2", bi("(2)所在地", "(2) Address"), 80),
      select(
        "lSenderRelation",
        "10.1",
        bi("派遣元会社又は団体と勤務先との関係", "Relationship between the dispatching body and the place of work"),
        senderRelationsL,
        { required: true, help: bi("勤務先から見た関係を選択してください。", "As seen from the place of work.") },
      ),
      onlyWhen(
        is("lSenderRelation", "その他"),
        free(
          "lSenderRelationOther",
          "10.2",
          bi("派遣元会社又は団体と勤務先との関係 その他", "Relationship: other"),
          40,
        ),
      ),
    ],
  };
}

/** 区分L's sections: the applicant items numbered on 認定 only (代理人 26); the organization's the same on all. */
export const partsL: CategoryParts = (kind) => ({
  applicant: applicantParts(kind === "coe", [applicantL], "26"),
  organization: [organizationL(kind)],
});

/**
 * The 代理人's 電話番号 or 携帯電話番号 (categories.md §1.3: one of the two). The 区分's own dates are
 * in repeated rows, which rules across fields do not reach.
 */
export const rulesL: FormRule[] = [repPhoneRule];
