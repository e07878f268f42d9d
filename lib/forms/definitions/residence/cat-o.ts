import type { Bilingual, FormRule, GroupField, LeafField, Option, SectionDef } from "../../types";
import { industries } from "../../lists/industries";
import type { CategoryParts } from "./forms";
import { applicantParts } from "./coe-n";
import {
  activityDetail,
  address,
  bi,
  contractTypeItems,
  corporateNumberItems,
  count,
  date,
  digits,
  employmentInsuranceNo,
  free,
  is,
  isYes,
  mainIndustryItems,
  onlyWhen,
  options,
  otherIndustryRows,
  otherIndustryValues,
  phone,
  placeOf,
  postalCode,
  select,
  text,
  unnumbered,
  yesNo,
} from "./parts";

// 区分O (興行): the items 22–31 of 申請人等作成用2 O ff. as listed in ../shared/domain/categories.md
// §7 — official labels, numbers and choice lists, but the O sheet of the bulk tool is missing, so
// the kinds are inferred there and the lengths, required flags and help texts are ours
// (docs/categories/o.md lists each). The contract, organizer and venue items (22–30) make the step
// 「所属機関等情報」; 31 申請人の経歴 stays with the applicant. 変更/更新 items were not found: there
// every item is unnumbered, with 活動内容変更の有無（前回許可時以降） added as on the other 区分.

/** 職種 of O1 (categories §1.4). */
export const occupationsO: Option[] = [
  { value: "音楽家・舞台芸術家", label: bi("音楽家・舞台芸術家", "Musician / stage artist") },
  { value: "プロスポーツ選手", label: bi("プロスポーツ選手", "Professional athlete") },
  { value: "その他", label: bi("その他", "Others") },
];

/** 興行又は芸能活動の内容 (CB05). */
export const performancesO: Option[] = options([
  ["歌謡", "Singing"],
  ["舞踊", "Dancing"],
  ["演奏", "Musical performance"],
  ["演劇", "Theatre"],
  ["演芸", "Variety entertainment"],
  ["スポーツ", "Sports"],
  ["商品等の宣伝", "Advertising of goods"],
  ["放送番組又は映画の製作", "Making broadcast programmes or films"],
  ["商業用写真の撮影", "Commercial photography"],
  ["商業用レコードの録音", "Commercial recording"],
  ["その他", "Others"],
]);

const THIRD = "基準３号該当";

/** 適用される基準の区分 (CA84, 10 choices; 上陸基準省令 興行の項). */
export const standardsO: Option[] = options([
  ["基準１号イ該当", "Standard 1 (a)"],
  ["基準１号ロ（１）該当", "Standard 1 (b)(1)"],
  ["基準１号ロ（２）該当", "Standard 1 (b)(2)"],
  ["基準１号ロ（３）該当", "Standard 1 (b)(3)"],
  ["基準１号ロ（４）該当", "Standard 1 (b)(4)"],
  ["基準１号ロ（５）該当", "Standard 1 (b)(5)"],
  ["基準１号ハ（２）本文該当", "Standard 1 (c)(2), main clause"],
  ["基準１号ハ（２）ただし書き該当", "Standard 1 (c)(2), proviso"],
  ["基準２号該当", "Standard 2"],
  [THIRD, "Standard 3"],
]);

/** 業種 of O1: 23 of the 47 (categories §1.4). */
const o1Industries = [
  "各種商品小売業",
  "織物・衣服・身の回り品小売業",
  "飲食料品小売業（コンビニエンスストア等）",
  "機械器具小売業",
  "その他の小売業",
  "学術・開発研究機関",
  "専門サービス業（他に分類されないもの）",
  "広告業",
  "技術サービス業（他に分類されないもの）",
  "宿泊業",
  "飲食サービス業",
  "生活関連サービス（理容・美容等）・娯楽業",
  "学校教育",
  "その他の教育，学習支援業",
  "医療業",
  "保健衛生",
  "社会保険・社会福祉・介護事業",
  "複合サービス事業",
  "職業紹介・労働者派遣業",
  "その他の事業サービス業",
  "その他のサービス業",
  "公務（他に分類されるものを除く）",
  "分類不能の産業",
];
/** The 47 list's entries whose name starts with one of O1's (複合サービス事業（郵便局，…） etc.). */
export const industriesO = industries.filter((o) => o1Industries.some((n) => o.value.startsWith(n)));
const otherIndustriesO = otherIndustryValues(industriesO);

/** YYYYMM, or YYYY when the month is not known (as 区分N's 職歴). */
const yearMonth = (name: string, number: string, label: Bilingual, when: string) =>
  text(name, number, label, {
    requiredWhen: { filled: when },
    rule: "yearMonth",
    charClass: "halfDigits",
    maxLength: 6,
    inputMode: "numeric",
    width: "short",
    help: bi(
      "半角数字6文字（例 200104）。月が不明な場合は年のみ4文字",
      "6 digits, e.g. 200104; the year only if the month is unknown",
    ),
  });

/** 22–28: 契約の形態, 職種等, 活動内容詳細, 就労予定期間, 月額報酬, グループ人数, 適用される基準; 変更/更新 add 活動内容変更. */
function activityO(changed: boolean): SectionDef {
  return {
    id: "o-activity",
    title: bi("興行（契約・活動の内容）", "Entertainer: contract and activities"),
    fields: [
      ...contractTypeItems("oContractType", ["22.1", "22.2"]),
      select("oOccupation1", "23.1", bi("(1)職種 主たる職種", "(1) Main occupation"), occupationsO, {
        required: true,
      }),
      {
        type: "group",
        name: "oOtherOccupations",
        number: "23.2",
        label: bi("(1)他職種", "(1) Other occupations"),
        help: bi("最大3件", "Up to 3"),
        max: 3,
        fields: [select("occupation", "23.2", bi("職種", "Occupation"), occupationsO, { required: true })],
      },
      {
        type: "group",
        name: "oPerformances",
        number: "23.3",
        label: bi("(2)興行又は芸能活動の内容", "(2) Performances or entertainment activities"),
        help: bi("最大4件", "Up to 4"),
        required: true,
        max: 4,
        fields: [
          select("content", "23.3", bi("興行又は芸能活動の内容", "Activity"), performancesO, { required: true }),
          onlyWhen(is("content", "その他"), free("other", "23.4", bi("(2)その他", "(2) Other"), 40)),
        ],
      },
      ...(changed
        ? [
            yesNo(
              "oActivityChanged",
              "",
              bi("活動内容変更の有無(前回許可時以降)", "Change of activities since the last permission"),
            ),
            onlyWhen(isYes("oActivityChanged"), {
              type: "textarea",
              name: "oActivityChangedDetail",
              label: bi("活動内容変更 具体的内容", "Change of activities: details"),
              help: bi("600文字以内", "Up to 600 characters"),
              required: true,
              maxLength: 600,
              rows: 4,
            } satisfies LeafField),
          ]
        : []),
      activityDetail("oActivityDetail", "24"),
      text("oWorkPeriod", "25", bi("就労予定期間", "Period of work"), {
        required: true,
        maxLength: 20,
        width: "short",
        help: bi("20文字以内（例 3月、1年）", "Up to 20 characters, e.g. 3月 (3 months), 1年 (1 year)"),
        example: "3月",
      }),
      digits("oMonthlyPay", "26", bi("月額報酬（円）", "Monthly remuneration (yen)"), 8, { required: true }),
      count("oGroupSize", "27", bi("グループ人数", "Number of members of the group"), 3),
      select("oStandard", "28", bi("適用される基準の区分", "Landing standard that applies"), standardsO, {
        required: true,
      }),
    ],
  };
}

const roman = ["i又はa", "ii又はb", "iii又はc", "iv又はd", "v又はe"];

/** 29: 契約機関、主催者、招へい者又は雇用者. */
export const organizerO: SectionDef = {
  id: "o-organizer",
  title: bi("契約機関、主催者、招へい者又は雇用者", "Contracting organization, organizer, inviter or employer"),
  fields: [
    free("oOrganizerName", "29.1", bi("(1)名称", "(1) Name"), 60),
    ...corporateNumberItems("oOrganizer", "29.2", bi("(2)", "(2)")),
    free("oOrganizerRepresentative", "29.3", bi("(3)代表者名", "(3) Representative"), 26, false),
    employmentInsuranceNo(
      "oOrganizerInsuranceNo",
      "29.4",
      bi("(4)雇用保険適用事業所番号", "(4) Employment insurance office number"),
    ),
    ...mainIndustryItems("oOrganizer", ["29.5", "29.6"], bi("(5)", "(5)"), industriesO, otherIndustriesO),
    otherIndustryRows(
      "oOrganizerOtherIndustries",
      ["29.7", "29.8"],
      bi("(5)業種 他業種", "(5) Other industries"),
      industriesO,
      otherIndustriesO,
      { help: bi("最大2件", "Up to 2"), row: bi("他業種", "Industry"), other: bi("他業種 その他", "Industry: other") },
    ),
    ...placeOf("oOrganizer", ["29.9", "29.10", "29.11"], bi("(6)", "(6)")),
    count("oOrganizerCapital", "29.12", bi("(7)資本金（円）", "(7) Capital (yen)"), 13),
    count(
      "oOrganizerSales",
      "29.13",
      bi("(8)年間売上金額（直近年度）（円）", "(8) Annual sales, latest year (yen)"),
      15,
    ),
    free("oOrganizerManager", "29.14", bi("(9)経営者又は管理者の氏名", "(9) Name of the owner or manager"), 26, false),
    ...roman.map((r, i) =>
      yesNo(
        `oOrganizerStaff${i + 1}`,
        `29.${15 + i}`,
        bi(`(10)経営者・常勤の職員 (${r})`, `(10) Owner and full-time staff (${r})`),
      ),
    ),
    yesNo("oOrganizerFullPay", "29.20", bi("(11)報酬の全額の支払い", "(11) Payment of the full remuneration")),
    count("oOrganizerStaffCount", "29.21", bi("(12)常勤の職員数", "(12) Full-time staff"), 5),
    count(
      "oOrganizerForeigners",
      "29.22",
      bi(
        "(13)興行契約に基づく在留中の外国人数（申請日現在）",
        "(13) Foreign nationals staying under entertainment contracts (on the date of application)",
      ),
      5,
    ),
  ],
};

const area = (name: string, number: string, label: Bilingual) =>
  digits(name, number, label, 6, { help: bi("平方メートル、半角数字6文字以内", "Square metres, up to 6 digits") });

/** 30: 出演施設（基準３号を除く）, up to 8. */
const venues: GroupField = onlyWhen(is("oStandard", ...standardsO.map((o) => o.value).filter((v) => v !== THIRD)), {
  type: "group",
  name: "oVenues",
  number: "30",
  label: bi("出演施設（基準３号を除く）", "Places of performance (except under standard 3)"),
  help: bi("最大8件", "Up to 8"),
  required: true,
  max: 8,
  fields: [
    date("from", "30.1", bi("(1)出演日程(始期)", "(1) Schedule: from")),
    date("to", "30.2", bi("(1)出演日程(終期)", "(1) Schedule: to")),
    free("name", "30.3", bi("名称", "Name"), 60),
    ...corporateNumberItems("venue", "30.4", bi("", "")),
    free("representative", "30.5", bi("代表者名", "Representative"), 26, false),
    employmentInsuranceNo("insuranceNo", "30.6", bi("雇用保険適用事業所番号", "Employment insurance office number")),
    postalCode("postalCode", "30.7", bi("郵便番号", "Postal code"), { required: true }),
    address("address", "30.8", bi("所在地", "Address"), { required: true }),
    phone("phone", "30.9", bi("電話番号", "Telephone number"), { required: true }),
    free(
      "operatorName",
      "30.10",
      bi("運営機関の名称、所在地及び代表者名 名称", "Operating organization: name"),
      60,
      false,
    ),
    ...corporateNumberItems(
      "operator",
      "30.11",
      bi("", ""),
      { required: true },
      bi("運営機関 法人番号の有無", "Operating organization: corporate number, if any"),
    ).map((f) => onlyWhen({ filled: "operatorName" }, f)),
    ...[
      employmentInsuranceNo(
        "operatorInsuranceNo",
        "30.12",
        bi("運営機関 雇用保険適用事業所番号", "Operating organization: employment insurance office number"),
      ),
      free(
        "operatorRepresentative",
        "30.13",
        bi("運営機関 代表者名", "Operating organization: representative"),
        26,
        false,
      ),
      postalCode("operatorPostalCode", "30.14", bi("運営機関 郵便番号", "Operating organization: postal code"), {
        required: true,
      }),
      address("operatorAddress", "30.15", bi("運営機関 所在地", "Operating organization: address"), { required: true }),
    ].map((f) => onlyWhen({ filled: "operatorName" }, f)),
    count("staff", "30.16", bi("従業員数", "Employees"), 5),
    count(
      "hostStaff",
      "30.17",
      bi("従業員数（うち専ら接待に従事する従業員数）", "Of which employees mainly entertaining guests"),
      5,
    ),
    count("monthlySales", "30.18", bi("月額売上金額（円）", "Monthly sales (yen)"), 13),
    area("stageArea", "30.19", bi("舞台面積（㎡）", "Stage area (m²)")),
    area("greenRoomArea", "30.20", bi("控室面積（㎡）", "Dressing room area (m²)")),
    ...["a", "b", "c", "d", "e"].map((x, i) =>
      yesNo(`staff${x.toUpperCase()}`, `30.${21 + i}`, bi(`常勤の職員(${x})`, `Full-time staff (${x})`)),
    ),
    area("siteArea", "30.26", bi("施設の敷地面積（㎡）", "Site area of the facility (m²)")),
    yesNo("paidFood", "30.27", bi("客席における有償での飲食物の提供", "Food or drink served for payment at the seats")),
    count("seats", "30.28", bi("客席部分の収容人員", "Seating capacity"), 5),
    yesNo("entertaining", "30.29", bi("施設における客の接待", "Guests entertained at the facility")),
  ],
});

export const venuesO: SectionDef = {
  id: "o-venues",
  title: bi("出演施設", "Places of performance"),
  fields: [venues],
};

/** 31 申請人の経歴. */
export const applicantO: SectionDef = {
  id: "o-applicant",
  title: bi("興行（申請人の経歴）", "Entertainer: the applicant's background"),
  fields: [
    free(
      "oStudyInstitution",
      "31.1",
      bi(
        "(1)外国の教育機関において興行活動に係る科目を専攻した期間 機関名",
        "(1) Study of subjects of the entertainment activity at a foreign school: name of the school",
      ),
      60,
      false,
    ),
    yearMonth("oStudyFrom", "31.2", bi("(1)専攻した期間 始期", "(1) Period of study: from"), "oStudyInstitution"),
    yearMonth("oStudyTo", "31.3", bi("(1)専攻した期間 終期", "(1) Period of study: to"), "oStudyInstitution"),
    count("oExperienceYears", "31.4", bi("(2)外国における経験年数", "(2) Years of experience abroad"), 2),
  ],
};

/**
 * 区分O's parts: 認定 with the COE numbers 22–32; 変更 and 更新 unnumbered with 活動内容変更 added;
 * 取得 unnumbered without it (there is no earlier permission).
 */
export const partsO: CategoryParts = (kind) => {
  // 代理人 is item 32 of the O form.
  const applicant = applicantParts(kind === "coe", [applicantO], "32");
  if (kind === "coe") return { applicant, organization: [activityO(false), organizerO, venuesO] };
  const changed = kind === "change" || kind === "extension";
  return { applicant, organization: [activityO(changed), organizerO, venuesO].map(unnumbered) };
};

/**
 * No rule across 区分O's own fields: the one pair of dates (出演日程 始期・終期) is inside the rows of
 * 出演施設, which form rules cannot read, and 専攻した期間 is in years and months.
 */
export const rulesO: FormRule[] = [];
