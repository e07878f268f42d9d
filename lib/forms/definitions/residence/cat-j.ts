import type { Condition, FormRule, GroupField, SectionDef } from "../../types";
import { industries } from "../../lists/industries";
import { applicantParts, repPhoneRule } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  bi,
  contractTypeItems,
  corporateNumberItems,
  date,
  digits,
  employmentInsuranceNo,
  free,
  full,
  is,
  isYes,
  long,
  mainIndustryItems,
  nameFull,
  onlyWhen,
  options,
  otherIndustryRows,
  otherIndustryValues,
  periodItems,
  phone,
  placeOf,
  rowYearMonth,
  select,
  text,
  withJapan,
  yesNo,
} from "./parts";

// 区分J (芸術 / 文化活動): 申請人等作成用2 J and 所属機関等作成用 J, item by item as the official bulk
// tool's sheet 申請情報入力(区分J) has them (../shared/domain/categories.md §3), with the 認定 paper
// numbers of its 列項目TBL. Items the sheet asks only for 「芸術」 or 「文化活動」 are asked only for
// that status. The 変更/更新 item list of J was not found: the applicant items are unnumbered there,
// the organization items keep their numbers (categories.md §1.2). docs/categories/j.md lists the gaps.

const ART = is("status", "芸術");
const CULTURE = is("status", "文化活動");
const ACADEMIC = "学術上の活動";
const GUIDED = "専門家の指導を受けて我が国特有の文化又は技芸を修得する活動";
const academic: Condition = { all: [CULTURE, is("jCulturalActivity", ACADEMIC)] };
const guided: Condition = { all: [CULTURE, is("jCulturalActivity", GUIDED)] };

/** 活動内容 (1)「芸術」の場合 (CB14). */
export const artActivitiesJ = options([
  ["著述家", "Author"],
  ["著述家（指導）", "Author (Teaching)"],
  ["美術家・写真家", "Artist / photographer"],
  ["美術家（指導）・写真家（指導）", "Artist (Teaching)/ photographer (Teaching)"],
  ["音楽家・舞台芸術家", "Musician / stage artist"],
  ["音楽家（指導）・舞台芸術家（指導）", "Musician (Teaching)/ stage artist (Teaching)"],
  ["その他", "Others"],
]);

/** 活動内容 (2)「文化活動」の場合 (CB14_1). */
export const culturalActivitiesJ = options([
  ["芸術上の活動", "Artistic activities"],
  [ACADEMIC, "Academic activities"],
  ["我が国特有の文化又は技芸についての専門的な研究", "Pursuing specific studies on Japanese culture or arts"],
  [GUIDED, "Acquiring Japanese culture or arts under the guidance of expert"],
]);

/** 職種 of 芸術 (CC02_1 J1); 文化活動 has none. */
export const occupationsJ = options([
  ["著述家", "Author"],
  ["美術家・写真家", "Artist/photographer"],
  ["音楽家・舞台芸術家", "Musician/stage artist"],
]);

/** 滞在費支弁方法 (1)支弁方法 (CB07). */
export const supportMethodsJ = options([
  ["本人負担", "Self"],
  ["在外経費支弁者負担", "Supporter living abroad"],
  ["在日経費支弁者負担", "Supporter in Japan"],
  ["奨学金", "Scholarship"],
  ["その他", "Others"],
]);

const CARRY = "外国からの携行";
/** 送金・携行等の別 (CA87). */
export const transferKindsJ = options([
  [CARRY, "Carrying from abroad"],
  ["外国からの送金", "Remittances from abroad"],
  ["その他", "Others"],
]);

/** 業種 whose name the applicant types as well (the sheet's help text lists them). */
const industriesWithText = otherIndustryValues(industries);

const careers: GroupField = onlyWhen(isYes("jHasCareer"), {
  type: "group",
  name: "jCareers",
  number: "24",
  label: bi("経歴", "Career"),
  help: bi("外国におけるものを含みます。最大10件", "Including abroad; up to 10"),
  required: true,
  max: 10,
  fields: [
    select("country", "", bi("国・地域名", "Country/Region"), withJapan, { required: true }),
    ...rowYearMonth("from", ["24.1", "24.2"], bi("始期 年月", "From (year and month)"), { required: true }),
    ...rowYearMonth("to", ["24.3", "24.4"], bi("終期 年月", "To (year and month)"), { required: false }),
    text("orgRoman", "24.5", bi("機関名（英字表記）", "Organization (in Roman letters)"), {
      maxLength: 200,
      help: bi("半角英字、200文字以内", "Roman letters, up to 200"),
      example: "XXXX Corporation",
    }),
    free("orgKanji", "24.6", bi("機関名（漢字表記）", "Organization (in kanji)"), 60, false),
  ],
});

const support: GroupField = onlyWhen(CULTURE, {
  type: "group",
  name: "jSupport",
  number: "25",
  label: bi("滞在費支弁方法", "Method of support for expenses in Japan"),
  help: bi("「文化活動」の場合。最大10件", "For cultural activities; up to 10"),
  required: true,
  max: 10,
  fields: [
    select("method", "25.1", bi("(1)支弁方法", "(1) Method of support"), supportMethodsJ, { required: true }),
    onlyWhen(
      is("method", "その他"),
      long("methodOther", "25.2", bi("(1)支弁方法 その他", "(1) Method of support: other"), { rows: 3 }),
    ),
    digits("monthlyAmount", "25.3", bi("(1)月平均支弁額（円）", "(1) Average amount per month (yen)"), 8, {
      help: bi("円単位。半角数字、8文字以内", "In yen, up to 8 digits"),
    }),
    select("transfer", "25.4", bi("(2)送金・携行等の別", "(2) Remittance or carrying"), transferKindsJ),
    digits("transferAmount", "25.5", bi("(2)金額（円）", "(2) Amount (yen)"), 8, {
      help: bi("円単位。半角数字、8文字以内", "In yen, up to 8 digits"),
    }),
    onlyWhen(
      is("transfer", CARRY),
      nameFull("carrier", "25.6", bi("(2)携行者", "(2) Person carrying"), { required: true }),
    ),
    onlyWhen(is("transfer", CARRY), date("carryDate", "25.7", bi("(2)携行時期", "(2) Date of carrying"))),
  ],
});

/** 申請人等作成用2 J, 23–25 (認定 numbers). */
const applicantJ: SectionDef = {
  id: "j-applicant",
  title: bi("芸術・文化活動（申請人に関する情報等）", "Artist / cultural activities: about the applicant"),
  fields: [
    onlyWhen(
      ART,
      select("jArtActivity", "23.1", bi("活動内容 (1)「芸術」の場合", "Activity (1) Artist"), artActivitiesJ, {
        required: true,
      }),
    ),
    onlyWhen(
      is("jArtActivity", "その他"),
      text("jArtActivityOther", "23.2", bi("活動内容 (1)「芸術」の場合 その他", "Activity (1) Artist: other"), {
        required: true,
      }),
    ),
    onlyWhen(
      CULTURE,
      select(
        "jCulturalActivity",
        "23.3",
        bi("活動内容 (2)「文化活動」の場合", "Activity (2) Cultural activities"),
        culturalActivitiesJ,
        { required: true },
      ),
    ),
    onlyWhen(CULTURE, {
      ...long(
        "jCulturalActivityDetail",
        "23.4",
        bi("活動内容 (2)「文化活動」の場合 活動内容詳細", "Activity (2) Cultural activities: details"),
      ),
      help: bi("選択した活動内容の詳細。600文字以内", "Details of the activity chosen; up to 600 characters"),
    }),
    yesNo("jHasCareer", "24", bi("経歴の有無", "Career, if any"), {
      required: true,
      help: bi("外国におけるものを含みます。", "Including abroad."),
    }),
    careers,
    support,
  ],
};

/** 所属機関等作成用 J, 2–9. 活動内容変更 (前回許可時以降) only on 変更 and 更新. */
function organizationJ(kind: ResidenceKind): SectionDef {
  const renewal = kind === "change" || kind === "extension";
  return {
    id: "j-organization",
    title: bi("所属機関に関する情報等", "About the organization"),
    fields: [
      ...contractTypeItems("jContractType", "2"),
      {
        ...free("jOrgName", "3.1", bi("所属機関等契約先 (1)名称", "Organization (1) Name"), 60),
        help: bi(
          "主に勤務又は活動させる場所。60文字以内",
          "Where the applicant mainly works or acts; up to 60 characters",
        ),
        example: "○○株式会社",
      },
      ...corporateNumberItems("jOrg", ["3.2", "3.3"], bi("(1)", "(1)")),
      free("jOrgBranch", "3.4", bi("(1)支店・事業所・研究室名", "(1) Branch, office or laboratory"), 60, false),
      employmentInsuranceNo(
        "jOrgInsuranceNo",
        "3.5",
        bi("(1)雇用保険適用事業所番号（非該当事業所は省略）", "(1) Employment insurance office number (if any)"),
      ),
      onlyWhen(academic, {
        ...full("jLabSupervisor", "3.6", bi("(1)指導教員氏名", "(1) Supervising teacher"), 26),
        help: bi(
          "収入を伴わない学術上の活動の場合。全角、26文字以内",
          "For academic activities without income. Full-width characters, up to 26",
        ),
      }),
      ...mainIndustryItems("jOrg", ["3.7", "3.8"], bi("(2)", "(2)"), industries, industriesWithText),
      otherIndustryRows(
        "jOtherIndustries",
        ["3.9", "3.10"],
        bi("(2)業種 他業種", "(2) Other industries"),
        industries,
        industriesWithText,
      ),
      ...placeOf("jOrg", ["3.11", "3.12", "3.13"], bi("(3)", "(3)")),
      onlyWhen(
        ART,
        select("jOccupation", "4.1", bi("職種 主たる職種", "Main occupation"), occupationsJ, { required: true }),
      ),
      onlyWhen(ART, {
        type: "group",
        name: "jOtherOccupations",
        number: "4.2",
        label: bi("職種 他職種", "Other occupations"),
        max: 3,
        fields: [select("occupation", "4.2", bi("職種", "Occupation"), occupationsJ, { required: true })],
      } satisfies GroupField),
      long("jActivityDetail", "5", bi("活動内容詳細", "Details of activities")),
      ...(renewal
        ? [
            yesNo(
              "jActivityChanged",
              "",
              bi("活動内容変更の有無（前回許可時以降）", "Change of activities since the last permission"),
            ),
            onlyWhen(
              isYes("jActivityChanged"),
              long("jActivityChangedDetail", "", bi("活動内容変更 具体的内容", "Change of activities: details")),
            ),
          ]
        : []),
      ...periodItems(["jPeriod", "jPeriodYears", "jPeriodMonths"], ["6.1", "6.2", "6.2"], 5, [
        bi("就労又は活動予定期間", "Period of work or activities"),
        bi("就労又は活動予定期間（年数）", "Period (years)"),
        bi("就労又は活動予定期間（月数）", "Period (months)"),
      ]),
      { ...free("jPosition", "7", bi("地位", "Position"), 60, false), example: "教授、准教授、○○指導者、○○家" },
      yesNo("jPaid", "8.1", bi("報酬の有無", "Remuneration, if any"), {
        required: true,
        help: bi(
          "各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除きます。",
          "Excluding allowances (commuting, housing, family) and reimbursements.",
        ),
      }),
      onlyWhen(
        isYes("jPaid"),
        digits(
          "jMonthlyPay",
          "8.2",
          bi("月額報酬（税引き前の支払額）（円）", "Monthly remuneration before tax (yen)"),
          8,
          {
            required: true,
            help: bi("円単位。半角数字、8文字以内", "In yen, up to 8 digits"),
          },
        ),
      ),
      onlyWhen(guided, full("jExpertName", "9.1", bi("指導する専門家 (1)専門家の氏名", "Expert (1) Name"), 26)),
      onlyWhen(
        guided,
        phone("jExpertPhone", "9.2", bi("指導する専門家 (2)電話番号", "Expert (2) Telephone number"), {
          required: true,
        }),
      ),
      onlyWhen(guided, {
        type: "group",
        name: "jExpertCareers",
        number: "9.3",
        label: bi("指導する専門家 (3)専門家の経歴", "Expert (3) Career"),
        help: bi("最大10件", "Up to 10"),
        required: true,
        max: 10,
        fields: [
          ...(["from", "to"] as const).map((n, i) =>
            text(
              n,
              `9.${3 + i}`,
              i ? bi("終期 年月", "To (year and month)") : bi("始期 年月", "From (year and month)"),
              {
                required: true,
                rule: "yearMonth",
                charClass: "halfDigits",
                exactLength: 6,
                inputMode: "numeric",
                width: "short",
                example: "200101",
                help: bi("半角数字、6文字（YYYYMM）", "6 digits (YYYYMM)"),
              },
            ),
          ),
          free("career", "9.5", bi("経歴", "Career"), 40),
        ],
      } satisfies GroupField),
    ],
  };
}

/** 区分J's sections: numbered as 認定 (代理人 26); on 変更/更新/取得 the applicant items have no known number. */
export const partsJ: CategoryParts = (kind) => ({
  applicant: applicantParts(kind === "coe", [applicantJ], "26"),
  organization: [organizationJ(kind)],
});

/**
 * The 代理人's 電話番号 or 携帯電話番号 (categories.md §1.3: one of the two). The 区分's own dates are
 * in repeated rows, which rules across fields do not reach.
 */
export const rulesJ: FormRule[] = [repPhoneRule];
