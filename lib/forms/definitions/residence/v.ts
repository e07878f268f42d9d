import type { Bilingual, Condition, FieldDef, FormRule, GroupField, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import { industries } from "../../lists/industries";
import { occupationsN } from "../../lists/occupationsN";
import { categoriesByField, specifiedSkillCategories, specifiedSkillFields } from "../../lists/specifiedSkillFields";
import {
  address,
  allOnlyWhen,
  bi,
  corporateNumberItems,
  countOptions,
  date,
  digits,
  employmentInsuranceNo,
  free,
  full,
  is,
  isYes,
  onlyWhen,
  options,
  phone,
  postalCode,
  radio,
  select,
  text,
  yesNo,
} from "./parts";

// 区分V (特定技能1号・2号): 申請人等作成用2–3 V and 所属機関等作成用1–4 V, item by item as the official
// bulk tool's 区分V sheets have them (../shared/domain/bulk-official/, notes.md §2d). Items the
// sheets say apply only to 1号 (日本語能力, 通算在留期間, 支援) are asked only for 1号.

const otherIndustries = industries.filter((o) => o.value.startsWith("その他")).map((o) => o.value);
const first = is("sswType", "1号");
const second = is("sswType", "2号");
const EXAM = "分野別運用方針に定める評価方法による証明";
const INTERN = "技能実習２号を良好に修了";

/** A 有/無 question whose 有 asks what (内容入力欄). */
function yesNoDetail(name: string, number: string, label: Bilingual, opts: { required?: boolean; max?: number } = {}) {
  const max = opts.max ?? 200;
  return [
    yesNo(name, number, label, { required: opts.required ?? true }),
    onlyWhen(
      isYes(name),
      text(`${name}Detail`, number, bi("内容", "Details"), {
        required: true,
        maxLength: max,
        help: bi(`${max}文字以内`, `Up to ${max} characters`),
      }),
    ),
  ];
}

/** An organization's 名称, 法人番号, 雇用保険番号, 所在地 and 電話 (派遣先, 職業紹介事業者, 登録支援機関). */
function body(prefix: string, number: string, nameLabel = bi("氏名又は名称", "Name")): FieldDef[] {
  return [
    full(`${prefix}Name`, number, nameLabel, 60),
    ...corporateNumberItems(prefix, number, bi("", "")),
    employmentInsuranceNo(
      `${prefix}InsuranceNo`,
      number,
      bi("雇用保険適用事業所番号（非該当事業所は省略）", "Employment insurance office number (if any)"),
    ),
    postalCode(`${prefix}PostalCode`, number, bi("郵便番号", "Postal code"), { required: true }),
    address(`${prefix}Address`, number, bi("住所（所在地）", "Address"), { required: true }),
    phone(`${prefix}Phone`, number, bi("電話番号", "Telephone number"), { required: true }),
  ];
}

const examPlaces = [{ value: "日本", label: bi("日本", "Japan") }, ...nationalities];

/** 試験 rows of 技能水準 / 日本語能力 (up to 3). */
const exams = (name: string, number: string, label: Bilingual): GroupField => ({
  type: "group",
  name,
  number,
  label,
  required: true,
  max: 3,
  fields: [
    free("exam", "", bi("合格した試験名", "Name of the test passed"), 60),
    select("place", "", bi("受験地", "Place of the test"), examPlaces, { required: true }),
  ],
});

const method = (name: string, number: string, label: Bilingual) =>
  radio(name, number, label, [
    [EXAM, "Proof based on the evaluation method specified in the operational policy"],
    [INTERN, "Successfully completed Technical Intern Training (ii)"],
  ]);

/** 申請人等作成用2–3 V: 技能水準, 日本語能力, 技能実習, 通算在留期間, 費用と契約, 職歴. */
export const applicantV: SectionDef = {
  id: "applicantV",
  title: bi("特定技能（申請人に関する情報等）", "Specified skilled worker: about the applicant"),
  fields: [
    radio(
      "sswType",
      "",
      bi("特定技能の号", "Category of specified skilled worker"),
      [
        ["1号", "(i)"],
        ["2号", "(ii)"],
      ],
      { required: true },
    ),
    { ...method("skillMethod", "18", bi("技能水準 評価区分", "Skill level: how it is proven")), required: true },
    onlyWhen(is("skillMethod", EXAM), exams("skillExams", "18", bi("技能水準 合格した試験", "Skill tests passed"))),
    onlyWhen(
      is("skillMethod", EXAM),
      free("skillOther", "18", bi("その他の評価方法による証明", "Proof by another evaluation method"), 60, false),
    ),
    onlyWhen(first, {
      ...method("langMethod", "19", bi("日本語能力 評価区分", "Japanese language: how it is proven")),
      required: true,
    }),
    onlyWhen(
      { all: [first, is("langMethod", EXAM)] },
      exams("langExams", "19", bi("日本語能力 合格した試験", "Japanese tests passed")),
    ),
    onlyWhen(
      { all: [first, is("langMethod", EXAM)] },
      free("langOther", "19", bi("その他の評価方法による証明", "Proof by another evaluation method"), 60, false),
    ),
    onlyWhen({ any: [is("skillMethod", INTERN), { all: [first, is("langMethod", INTERN)] }] }, {
      type: "group",
      name: "internships",
      number: "20",
      label: bi("良好に修了した技能実習2号", "Technical Intern Training (ii) completed"),
      help: bi(
        "技能実習法施行規則別表第2の職種・作業を入力してください。",
        "The trade and work as in Appended Table 2 of the Technical Intern Training Act's ordinance.",
      ),
      required: true,
      max: 2,
      fields: [
        free("trade", "", bi("職種", "Trade"), 60),
        free("work", "", bi("作業", "Work"), 60),
        radio(
          "proof",
          "",
          bi("良好に修了したことの証明", "Proof of good completion"),
          [
            ["技能検定3級等の実技試験合格", "Passed the practical part of a grade 3 skill test or equivalent"],
            ["評価調書", "Evaluation report of the implementing organization"],
          ],
          { required: true },
        ),
      ],
    } satisfies GroupField),
    ...allOnlyWhen(
      first,
      select(
        "sswStayYears",
        "21",
        bi("特定技能1号での通算在留期間（年）", "Total stay as (i): years"),
        countOptions(0, 5, bi("年", "years")),
        {
          required: true,
          help: bi("過去の在留歴を含みます。", "Including earlier stays."),
        },
      ),
      select(
        "sswStayMonths",
        "21",
        bi("特定技能1号での通算在留期間（月）", "Total stay as (i): months"),
        countOptions(0, 11, bi("月", "months")),
        {
          required: true,
        },
      ),
    ),
    yesNo(
      "deposit",
      "22",
      bi(
        "保証金の徴収その他財産管理又は違約金等の支払契約の有無",
        "A deposit, management of property or a penalty contract about the employment",
      ),
      { required: true },
    ),
    ...allOnlyWhen(
      isYes("deposit"),
      full("depositOrg", "22", bi("徴収・管理機関名", "Organization collecting or managing"), 60),
      free("depositAmount", "22", bi("徴収金額・管理財産", "Amount or property"), 40),
    ),
    yesNo(
      "foreignFees",
      "23",
      bi(
        "外国の機関への費用の支払について、額及び内訳を十分に理解して合意していることの有無",
        "Fees to a foreign organization understood and agreed (only if there are such fees)",
      ),
    ),
    ...allOnlyWhen(
      isYes("foreignFees"),
      free("foreignFeesOrg", "23", bi("外国の機関名", "Foreign organization"), 60),
      free("foreignFeesAmount", "23", bi("支払額（日本円に換算）", "Amount (in yen)"), 40),
    ),
    yesNo(
      "homeProcedures",
      "24",
      bi("国籍国等において定められる手続を経ていることの有無", "Procedures of the home country completed (if any)"),
    ),
    yesNo(
      "regularCosts",
      "25",
      bi("定期的に負担する費用について理解して合意していることの有無", "Regular costs understood and agreed (if any)"),
    ),
    onlyWhen(
      second,
      yesNo(
        "skillTransfer",
        "26",
        bi(
          "技能実習で修得した技能等の本国への移転に努めることの有無",
          "Will pass on skills from technical intern training",
        ),
      ),
    ),
    yesNo(
      "applicantStandards",
      "27",
      bi("特定産業分野の告示で定められる基準に適合していることの有無", "Meets the field's notified standards (if any)"),
    ),
    yesNo("hasWorkHistory", "28", bi("職歴の有無", "Employment history"), { required: true }),
    onlyWhen(isYes("hasWorkHistory"), {
      type: "group",
      name: "workHistory",
      number: "28",
      label: bi("職歴", "Employment history"),
      help: bi("外国におけるものを含みます。最大10件", "Including employment abroad; up to 10"),
      required: true,
      max: 10,
      fields: [
        text("joined", "", bi("入社年月", "Joined (year and month)"), {
          required: true,
          rule: "yearMonth",
          charClass: "halfDigits",
          maxLength: 6,
          inputMode: "numeric",
          width: "short",
          help: bi("半角数字6文字（例 200101）", "6 digits, e.g. 200101"),
        }),
        text("left", "", bi("退社年月", "Left (year and month)"), {
          rule: "yearMonth",
          charClass: "halfDigits",
          maxLength: 6,
          inputMode: "numeric",
          width: "short",
          help: bi("在職中の場合は空欄。半角数字6文字", "Leave empty if still employed. 6 digits"),
        }),
        free("employer", "", bi("勤務先名称", "Employer"), 60),
      ],
    } satisfies GroupField),
  ],
};

const fieldPair = (n: 1 | 2 | 3): FieldDef[] => {
  const field = select(
    `sswField${n}`,
    "2.2",
    bi(`特定産業分野 ${n}`, `Specified industrial field ${n}`),
    specifiedSkillFields,
    {
      required: n === 1,
    },
  );
  const category = select(
    `sswCategory${n}`,
    "2.2",
    bi(`業務区分 ${n}`, `Business category ${n}`),
    specifiedSkillCategories,
    {
      required: n === 1,
      requiredWhen: n === 1 ? undefined : { filled: `sswField${n}` },
    },
  );
  return [field, category];
};

/** 所属機関等作成用1 V, 2: 特定技能雇用契約. */
export const contractV: SectionDef = {
  id: "contractV",
  title: bi("特定技能雇用契約", "Employment contract for specified skills"),
  fields: [
    date("contractFrom", "2.1", bi("(1)雇用契約期間（始期）", "(1) Contract period: from")),
    date("contractTo", "2.1", bi("(1)雇用契約期間（終期）", "(1) Contract period: to")),
    ...fieldPair(1),
    ...fieldPair(2),
    ...fieldPair(3),
    select("sswOccupation", "2.2", bi("(2)主たる職種", "(2) Main occupation"), occupationsN, { required: true }),
    {
      type: "group",
      name: "sswOtherOccupations",
      number: "2.2",
      label: bi("他職種", "Other occupations"),
      max: 3,
      fields: [select("occupation", "", bi("職種", "Occupation"), occupationsN, { required: true })],
    },
    digits("hoursWeek", "2.3", bi("(3)所定労働時間（週平均・時間）", "(3) Working hours per week"), 4, {
      required: true,
    }),
    digits("hoursMonth", "2.3", bi("(3)所定労働時間（月平均・時間）", "(3) Working hours per month"), 4, {
      required: true,
    }),
    yesNo("hoursEqual", "2.3", bi("通常の労働者の所定労働時間と同等であることの有無", "Same hours as other workers"), {
      required: true,
    }),
    digits("monthlyPay", "2.4", bi("(4)月額報酬（円）", "(4) Monthly pay (yen)"), 8, {
      required: true,
      help: bi("各種手当・実費弁償を除く。半角数字、8文字以内", "Excluding allowances. Up to 8 digits"),
    }),
    digits("hourlyBase", "2.4", bi("基本給の時間換算額（円）", "Base pay per hour (yen)"), 8, { required: true }),
    digits(
      "japanesePay",
      "2.4",
      bi("同等の業務に従事する日本人の月額報酬（円）", "Monthly pay of a Japanese worker doing the same work (yen)"),
      8,
      {
        help: bi("該当がない場合は空欄。半角数字、8文字以内", "Leave empty if there is none. Up to 8 digits"),
      },
    ),
    yesNo(
      "payEqual",
      "2.4",
      bi("報酬の額が日本人と同等以上であることの有無", "Pay at least that of a Japanese worker"),
      {
        required: true,
      },
    ),
    radio(
      "payMethod",
      "2.5",
      bi("(5)報酬の支払方法", "(5) How pay is given"),
      [
        ["通貨払", "In cash"],
        ["口座振込", "By bank transfer"],
      ],
      { required: true },
    ),
    ...yesNoDetail(
      "differentTreatment",
      "2.6",
      bi(
        "(6)外国人であることを理由に日本人と異なった待遇としている事項の有無",
        "(6) Treatment different from Japanese workers",
      ),
      { max: 60 },
    ),
    yesNo(
      "paidLeave",
      "2.7",
      bi(
        "(7)一時帰国を希望した場合に必要な有給休暇を取得させるものとしていることの有無",
        "(7) Paid leave for a temporary return home",
      ),
      { required: true },
    ),
    yesNo(
      "employmentStandards",
      "2.8",
      bi(
        "(8)雇用関係につき告示で定められる基準に適合していることの有無",
        "(8) Meets the field's notified employment standards (if any)",
      ),
    ),
    yesNo(
      "returnTravel",
      "2.9",
      bi(
        "(9)帰国旅費を負担できないとき、旅費を負担し必要な措置を講ずることの有無",
        "(9) Pays the journey home if the worker cannot",
      ),
      { required: true },
    ),
    yesNo(
      "healthCheck",
      "2.10",
      bi(
        "(10)健康の状況その他の生活の状況を把握するための措置の有無",
        "(10) Keeps track of health and living conditions",
      ),
      { required: true },
    ),
    yesNo(
      "residenceStandards",
      "2.11",
      bi(
        "(11)適正な在留に資するために告示で定められる基準に適合していることの有無",
        "(11) Meets the field's notified standards for proper residence (if any)",
      ),
    ),
    yesNo("hasDispatch", "2.12", bi("(12)労働者派遣の対象とすることの有無", "(12) The worker will be dispatched"), {
      required: true,
    }),
    ...allOnlyWhen(
      isYes("hasDispatch"),
      ...body("sswDispatch", "2.12", bi("派遣先 氏名又は名称", "Place of dispatch: name")),
      full("sswDispatchRepresentative", "2.12", bi("派遣先 代表者の氏名", "Place of dispatch: representative"), 26),
      date("sswDispatchFrom", "2.12", bi("派遣期間（始期）", "Dispatch period: from")),
      date("sswDispatchTo", "2.12", bi("派遣期間（終期）", "Dispatch period: to")),
    ),
    yesNo(
      "hasBroker",
      "2.13",
      bi("(13)雇用契約の成立をあっせんする職業紹介事業者の有無", "(13) An employment agency arranged the contract"),
      { required: true },
    ),
    ...allOnlyWhen(
      isYes("hasBroker"),
      ...body("broker", "2.13", bi("職業紹介事業者 氏名又は名称", "Employment agency: name")),
      full("brokerPermit", "2.13", bi("許可・届出番号", "Licence or notification number"), 16),
      date("brokerAccepted", "2.13", bi("受理年月日", "Date of acceptance")),
    ),
    onlyWhen(
      isYes("hasBroker"),
      yesNo(
        "hasIntermediary",
        "2.14",
        bi("(14)情報の取次ぎを行う取次機関の有無", "(14) An intermediary passed on information"),
        {
          required: true,
        },
      ),
    ),
    ...allOnlyWhen(
      isYes("hasIntermediary"),
      full("intermediaryName", "2.14", bi("取次機関 氏名又は名称", "Intermediary: name"), 26),
      select("intermediaryCountry", "2.14", bi("取次機関 国・地域", "Intermediary: country/region"), examPlaces, {
        required: true,
      }),
      postalCode("intermediaryPostalCode", "2.14", bi("郵便番号", "Postal code"), { required: true }),
      address("intermediaryAddress", "2.14", bi("住所（所在地）", "Address"), { required: true }),
      phone("intermediaryPhone", "2.14", bi("電話番号", "Telephone number"), { required: true }),
    ),
  ],
};

/** 所属機関等作成用 V, 3 (1)–(10): the 特定技能所属機関 itself. */
export const organizationV: SectionDef = {
  id: "organizationV",
  title: bi("特定技能所属機関", "Organization of affiliation"),
  fields: [
    full("sswOrgName", "3.1", bi("(1)氏名又は名称", "(1) Name"), 60),
    ...corporateNumberItems("sswOrg", "3.2", bi("(2)", "(2)")),
    employmentInsuranceNo(
      "sswOrgInsuranceNo",
      "3.3",
      bi("(3)雇用保険適用事業所番号", "(3) Employment insurance office number"),
    ),
    select("sswOrgIndustry", "3.4", bi("(4)業種 主たる業種", "(4) Main industry"), industries, { required: true }),
    onlyWhen(
      is("sswOrgIndustry", ...otherIndustries),
      free("sswOrgIndustryOther", "3.4", bi("主たる業種 その他", "Main industry: other"), 40),
    ),
    {
      type: "group",
      name: "sswOrgOtherIndustries",
      number: "3.4",
      label: bi("他業種", "Other industries"),
      max: 2,
      fields: [
        select("industry", "", bi("業種", "Industry"), industries, { required: true }),
        onlyWhen(is("industry", ...otherIndustries), free("industryOther", "", bi("その他", "Other"), 40)),
      ],
    },
    postalCode("sswOrgPostalCode", "3.5", bi("(5)郵便番号（本店又は主たる事務所）", "(5) Postal code (head office)"), {
      required: true,
    }),
    address("sswOrgAddress", "3.5", bi("(5)住所（所在地）", "(5) Address"), { required: true }),
    phone("sswOrgPhone", "3.5", bi("(5)電話番号", "(5) Telephone number"), { required: true }),
    digits("sswOrgCapital", "3.6", bi("(6)資本金（円）", "(6) Capital (yen)"), 13),
    digits("sswOrgSales", "3.7", bi("(7)年間売上金額（直近年度・円）", "(7) Annual sales (yen)"), 13),
    digits("sswOrgStaff", "3.8", bi("(8)常勤職員数", "(8) Full-time staff"), 5, { required: true }),
    full("sswOrgRepresentative", "3.9", bi("(9)代表者の氏名", "(9) Representative"), 26),
    free("workplaceName", "3.10", bi("(10)勤務させる事業所名", "(10) Workplace"), 60),
    postalCode("workplacePostalCode", "3.10", bi("(10)事業所 郵便番号", "(10) Workplace postal code"), {
      required: true,
    }),
    address("workplaceAddress", "3.10", bi("(10)事業所 所在地", "(10) Workplace address"), { required: true }),
    yesNo(
      "healthInsurance",
      "3.10",
      bi("健康保険及び厚生年金保険の適用事業所であることの有無", "Covered by health insurance and employees' pension"),
      { required: true },
    ),
    yesNo(
      "laborInsurance",
      "3.10",
      bi("労災保険及び雇用保険の適用事業所であることの有無", "Covered by workers' accident and employment insurance"),
      { required: true },
    ),
    onlyWhen(
      isYes("laborInsurance"),
      text("laborInsuranceNo", "3.10", bi("労働保険番号", "Labour insurance number"), {
        required: true,
        charClass: "halfAlnum",
        maxLength: 18,
        width: "medium",
        help: bi(
          "半角英数字、18文字以内。末尾4桁は割り振られている場合のみ",
          "Up to 18 letters and digits; the last 4 only if assigned",
        ),
      }),
    ),
  ],
};

type Item = [name: string, number: string, ja: string, en: string, detail?: boolean, shown?: Condition];

/** 特定技能所属機関 (11)–(32): 欠格事由 and 適合性, each 有/無 with what when 有. */
const complianceItems: Item[] = [
  [
    "lawViolation",
    "3.11",
    "労働、社会保険及び租税に関する法令の規定に違反したことの有無",
    "Broke labour, social insurance or tax law",
    true,
  ],
  [
    "dismissals",
    "3.12",
    "契約締結日前1年以内又は以後に、同種の業務の労働者を非自発的に離職させたことの有無",
    "Made workers in the same job leave involuntarily (1 year before or since)",
    true,
  ],
  [
    "missingWorkers",
    "3.13",
    "機関の責めに帰すべき事由により外国人の行方不明者を発生させたことの有無",
    "A foreign worker went missing through the organization's fault",
    true,
  ],
  [
    "sentenced",
    "3.14",
    "機関・役員・支援責任者等が法令に違反して刑に処せられたことの有無",
    "The organization, officers or support staff were sentenced",
    true,
  ],
  [
    "mentalDisorder",
    "3.15",
    "機関・役員・支援責任者等が精神の機能の障害を有することの有無",
    "Officers or support staff have a mental disability affecting the contract",
    true,
  ],
  [
    "bankrupt",
    "3.16",
    "機関・役員・支援責任者等が破産手続開始の決定を受けて復権を得ないことの有無",
    "Officers or support staff are undischarged bankrupts",
    true,
  ],
  [
    "internRevoked",
    "3.17",
    "機関・役員等が技能実習法第16条第1項の規定により実習認定を取り消されたことの有無",
    "A technical intern training plan was revoked",
    true,
  ],
  [
    "revokedOfficer",
    "3.18",
    "機関・役員・支援責任者等が実習認定を取り消された法人の役員であったことの有無",
    "Officers were officers of a body whose plan was revoked",
    true,
  ],
  [
    "unfairActs",
    "3.19",
    "機関・役員・支援責任者等が出入国又は労働に関する法令に関し不正又は著しく不当な行為をしたことの有無",
    "Fraud or grossly unfair acts about immigration or labour law (5 years)",
    true,
  ],
  [
    "gangMember",
    "3.20",
    "役員・支援責任者等が暴力団員であること又は5年以内に暴力団員であったことの有無",
    "Officers or support staff are or were gang members (5 years)",
    true,
  ],
  [
    "guardianIssues",
    "3.21",
    "機関・役員・支援責任者等の法定代理人が(14)から(20)に該当することの有無",
    "Their legal representatives fall under (14) to (20)",
    true,
  ],
  [
    "gangControl",
    "3.22",
    "暴力団員等がその事業活動を支配する者であることの有無",
    "A gang member controls the business",
    true,
  ],
  [
    "keepsRecords",
    "3.23",
    "外国人の活動内容に関する文書を契約終了の日から1年以上備えて置くことの有無",
    "Keeps records of the worker's activities 1 year after the contract",
  ],
  [
    "knowsDeposit",
    "3.24",
    "保証金の徴収等の支払契約があることを認識して契約を締結していることの有無",
    "Signed knowing of a deposit or penalty contract",
    true,
  ],
  [
    "penaltyContract",
    "3.25",
    "特定技能雇用契約の不履行について違約金等の支払契約を締結していることの有無",
    "Has a penalty contract for breach of the employment contract",
    true,
  ],
  [
    "supportCostsBorne",
    "3.26",
    "1号特定技能外国人支援に要する費用を外国人に負担させないことの有無",
    "The worker does not bear the costs of support",
    false,
    first,
  ],
];

/** (27) the 派遣元 is one of these, and (28)–(32). */
const dispatchCases = [
  ["派遣先の特定産業分野に係る業務又は関連業務を行っている", "Does work of the field of the place of dispatch"],
  [
    "地方公共団体又は(1)に該当する者が資本金の過半数を出資している",
    "A local government or a body under (1) holds a majority of the capital",
  ],
  [
    "地方公共団体又は(1)に該当する者が業務執行に実質的に関与している",
    "A local government or a body under (1) takes part in running it",
  ],
  [
    "国家戦略特別区域法第16条の5第1項に規定する特定機関である（農業）",
    "A designated body under the National Strategic Special Zones Act (agriculture)",
  ],
] as const;

const items = (list: Item[]): FieldDef[] =>
  list.flatMap(([name, number, ja, en, detail, shown]) => {
    const label = bi(`(${number.split(".")[1]})${ja}`, `(${number.split(".")[1]}) ${en}`);
    const fields = detail ? yesNoDetail(name, number, label) : [yesNo(name, number, label, { required: true })];
    return shown ? allOnlyWhen(shown, ...fields) : fields;
  });

export const complianceV: SectionDef = {
  id: "complianceV",
  title: bi("特定技能所属機関の基準適合性", "Standards the organization meets"),
  fields: [
    ...items(complianceItems),
    onlyWhen(
      isYes("hasDispatch"),
      yesNo(
        "dispatchEligible",
        "3.27",
        bi("(27)次のいずれかに該当することの有無", "(27) The dispatching organization is one of these"),
        {
          required: true,
        },
      ),
    ),
    onlyWhen(isYes("dispatchEligible"), {
      type: "checkbox",
      name: "dispatchEligibleCases",
      number: "3.27",
      label: bi("該当する事項", "Which apply"),
      required: true,
      options: options(dispatchCases),
    }),
    onlyWhen(
      isYes("dispatchEligible"),
      free("dispatchEligibleDetail", "3.27", bi("該当する事項の内容", "Details of what applies"), 200),
    ),
    ...allOnlyWhen(
      isYes("hasDispatch"),
      ...yesNoDetail(
        "dispatchDisqualified",
        "3.28",
        bi("(28)派遣先が(11)から(22)に該当していることの有無", "(28) The place of dispatch falls under (11) to (22)"),
      ),
    ),
    ...yesNoDetail(
      "accidentInsurance",
      "3.29",
      bi("(29)労災保険加入等の措置の有無", "(29) Workers' accident insurance or similar"),
    ),
    yesNo(
      "continuity",
      "3.30",
      bi("(30)雇用契約を継続して履行する体制が適切に整備されていることの有無", "(30) Able to keep the contract going"),
      { required: true },
    ),
    yesNo(
      "payByTransfer",
      "3.31",
      bi(
        "(31)報酬を振込み又は支払額を確認できる方法で支払うことの有無",
        "(31) Pays by transfer or a verifiable method",
      ),
      { required: true },
    ),
    yesNo(
      "contractStandards",
      "3.32",
      bi(
        "(32)雇用契約の適正な履行の確保につき告示で定められる基準に適合することの有無",
        "(32) Meets the field's notified standards for the contract (if any)",
      ),
    ),
  ],
};

const notDelegated = { all: [first, is("delegateAll", "無")] };
const delegated = { all: [first, isYes("delegateAll")] };

/** 支援 (33)–(41) when the organization supports the worker itself. */
const ownSupport: Item[] = [
  [
    "languageSupport",
    "3.36",
    "支援計画に基づく支援を外国人が十分理解できる言語で行う体制を有することの有無",
    "Can support in a language the worker understands",
  ],
  [
    "supportRecords",
    "3.37",
    "支援の状況に関する文書を作成し、契約終了の日から1年以上備えて置くことの有無",
    "Keeps records of the support 1 year after the contract",
  ],
  [
    "neutralSupport",
    "3.38",
    "支援責任者等が支援計画の中立な実施を行える立場の者であることの有無",
    "Support staff can carry out the plan neutrally",
  ],
  [
    "supportNeglect",
    "3.39",
    "適合1号特定技能外国人支援計画に基づく支援を怠ったことの有無",
    "Neglected support under a plan (5 years)",
    true,
  ],
  [
    "regularMeetings",
    "3.40",
    "支援責任者等が外国人及びその監督者と定期的な面談を実施できる体制を有することの有無",
    "Can hold regular meetings with the worker and supervisor",
  ],
  [
    "supportStandards",
    "3.41",
    "支援計画の適正な実施の確保につき告示で定める基準に適合することの有無",
    "Meets the field's notified standards for support (if any)",
  ],
];

const supportPlanItems = (guidance: boolean): [string, string][] => [
  ...(guidance
    ? ([
        [
          "特定技能雇用契約の内容等を外国人が十分に理解できる言語により情報提供すること",
          "Explains the contract in a language the worker understands",
        ],
        [
          "上記の情報提供を対面又はテレビ電話装置その他の方法により行うこと",
          "Gives that explanation face to face or by video call",
        ],
      ] as [string, string][])
    : []),
  ["出入国時に港又は飛行場への送迎をすること", "Meets and sees off the worker at the port or airport"],
  ["適切な住居の確保に係る支援をすること", "Helps to find suitable housing"],
  [
    "預金口座の開設等の生活に必要な契約に係る支援をすること",
    "Helps with bank accounts and other contracts needed for daily life",
  ],
  [
    "本邦での生活一般に関する事項等を十分に理解できる言語により説明すること",
    "Explains daily life in Japan in a language the worker understands",
  ],
  [
    "届出その他の手続に当たり関係機関への同行その他の必要な措置を講ずること",
    "Goes along to public offices for procedures when needed",
  ],
  ["日本語を学習する機会を提供すること", "Offers chances to learn Japanese"],
  [
    "相談又は苦情の申出に対して十分に理解できる言語により必要な措置を講ずること",
    "Handles consultations and complaints in a language the worker understands",
  ],
  ["外国人と日本人の交流の促進に係る支援をすること", "Supports exchanges with Japanese people"],
  [
    "責めに帰すべき事由によらず契約を解除される場合は転職支援をすること",
    "Helps find a new job if the contract ends through no fault of the worker",
  ],
  [
    "支援責任者等が定期的な面談を実施し、問題発生時は関係行政機関に通報すること",
    "Holds regular meetings and reports problems to the authorities",
  ],
  [
    "支援計画を日本語及び十分に理解できる言語により作成し、写しを交付すること",
    "Writes the plan in Japanese and the worker's language and gives a copy",
  ],
  [
    "特定産業分野の告示で定められる事項を支援計画に記載すること",
    "The plan includes what the field's notice requires (if any)",
  ],
  [
    "支援の内容が適正な在留に資するものであって、適切に実施できること",
    "The support serves proper residence and can be carried out",
  ],
  [
    "支援計画の内容につき告示で定められる基準に適合していること",
    "The plan meets the field's notified standards (if any)",
  ],
];

/** 1号特定技能外国人支援: delegated to a 登録支援機関 or done by the organization, and the plan. */
export function supportV(guidance: boolean): SectionDef {
  return {
    id: "supportV",
    title: bi("1号特定技能外国人支援", "Support for a specified skilled worker (i)"),
    fields: [
      onlyWhen(
        first,
        yesNo(
          "delegateAll",
          "4",
          bi(
            "登録支援機関に1号特定技能外国人支援計画の全部の実施を委託することの有無",
            "The whole support plan is entrusted to a registered support organization",
          ),
          { required: true },
        ),
      ),
      ...allOnlyWhen(
        notDelegated,
        full("supportManager", "3.33", bi("(33)支援責任者名", "(33) Support manager"), 26),
        free("supportManagerPosition", "3.33", bi("(33)所属・役職", "(33) Department and position"), 60),
        yesNo(
          "managerAppointed",
          "3.33",
          bi("役員又は職員の中から支援責任者を選任していることの有無", "The manager is an officer or employee"),
          {
            required: true,
          },
        ),
        full("supportStaff", "3.34", bi("(34)支援担当者名", "(34) Support staff"), 26),
        free("supportStaffPosition", "3.34", bi("(34)所属・役職", "(34) Department and position"), 60),
        yesNo(
          "staffAppointed",
          "3.34",
          bi("事業所ごとに1名以上の支援担当者を選任していることの有無", "At least one support staff per workplace"),
          {
            required: true,
          },
        ),
        yesNo("supportRecord", "3.35", bi("(35)次のいずれかに該当することの有無", "(35) One of these applies"), {
          required: true,
        }),
      ),
      onlyWhen(
        { all: [notDelegated, isYes("supportRecord")] },
        {
          type: "checkbox",
          name: "supportRecordCases",
          number: "3.35",
          label: bi("該当する事項", "Which apply"),
          required: true,
          options: options([
            [
              "過去2年間に中長期在留者の受入れ又は管理を適正に行った実績を有する",
              "Properly accepted or managed mid- to long-term residents in the last 2 years",
            ],
            [
              "支援責任者及び支援担当者が過去2年以内に中長期在留者の生活相談等に従事した経験を有する",
              "The support staff advised mid- to long-term residents in the last 2 years",
            ],
            ["その他支援業務を適正に実施できる事情を有する", "Other reasons it can give support properly"],
          ]),
        },
      ),
      onlyWhen(
        { all: [notDelegated, is("supportRecordCases", "その他支援業務を適正に実施できる事情を有する")] },
        free("supportRecordDetail", "3.35", bi("その他の事情の内容", "Those other reasons"), 200),
      ),
      ...allOnlyWhen(notDelegated, ...items(ownSupport)),
      ...allOnlyWhen(
        first,
        ...supportPlanItems(guidance).map(([ja, en], i) =>
          yesNo(`plan${i + 1}`, `5.${i + 1}`, bi(`(${i + 1})${ja}ことの有無`, `(${i + 1}) ${en}`), { required: true }),
        ),
      ),
      ...allOnlyWhen(
        delegated,
        ...body("supportOrg", "6.1", bi("(1)登録支援機関 氏名又は名称", "(1) Registered support organization: name")),
        full("supportOrgRepresentative", "6.5", bi("(5)代表者の氏名", "(5) Representative"), 26),
        text("supportOrgNumber", "6.6", bi("(6)登録番号", "(6) Registration number"), {
          required: true,
          rule: "supportOrgNumber",
          maxLength: 12,
          width: "short",
          help: bi("例）20登-005746（半角・全角どちらでも可）", "e.g. 20登-005746"),
          example: "20登-005746",
        }),
        date("supportOrgRegistered", "6.7", bi("(7)登録年月日", "(7) Date of registration")),
        full("supportOffice", "6.8", bi("(8)支援を行う事業所の名称", "(8) Office giving the support"), 60),
        postalCode("supportOfficePostalCode", "6.9", bi("(9)郵便番号", "(9) Postal code"), { required: true }),
        address("supportOfficeAddress", "6.9", bi("(9)所在地", "(9) Address"), { required: true }),
        full("supportOrgManager", "6.10", bi("(10)支援責任者名", "(10) Support manager"), 26),
        full("supportOrgStaff", "6.11", bi("(11)支援担当者名", "(11) Support staff"), 26),
        free("supportLanguages", "6.12", bi("(12)対応可能言語", "(12) Languages of support"), 60),
        digits(
          "supportFee",
          "6.13",
          bi("(13)支援委託手数料（月額／人・円）", "(13) Support fee per person per month (yen)"),
          8,
          {
            required: true,
          },
        ),
      ),
    ],
  };
}

/** 始期 ≤ 終期, and each 業務区分 one of its 特定産業分野. */
export const rulesV: FormRule[] = [
  { kind: "notAfter", first: "contractFrom", then: "contractTo", message: "dateOrder" },
  { kind: "notAfter", first: "sswDispatchFrom", then: "sswDispatchTo", message: "dateOrder" },
  ...[1, 2, 3].map((n): FormRule => ({
    kind: "allowedPairs",
    first: `sswField${n}`,
    then: `sswCategory${n}`,
    allowed: categoriesByField,
    message: "fieldCategory",
  })),
];

/** The 区分V sections of a form and how its steps group them. */
export const partsV = (guidance: boolean) => ({
  applicant: [applicantV],
  organization: [contractV, organizationV, complianceV, supportV(guidance)],
});
