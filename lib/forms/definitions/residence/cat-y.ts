import type { Bilingual, FieldDef, FormRule, GroupField, Option, SectionDef } from "../../types";
import { industries } from "../../lists/industries";
import { minorsByMajor, trainingContentMajors, trainingContentMinors } from "../../lists/cat-y-training-content";
import type { CategoryParts, ResidenceKind } from "./forms";
import { applicantParts } from "./coe-n";
import {
  address,
  allOnlyWhen,
  bi,
  corporateNumberItems,
  date,
  digits,
  employmentInsuranceNo,
  free,
  is,
  isYes,
  onlyWhen,
  options,
  phone,
  postalCode,
  select,
  text,
  yearMonth,
  yesNo,
} from "./parts";

// 区分Y (技能実習 1号/2号/3号): 申請人等作成用2 Y and 所属機関等作成用 Y, item by item as the official
// bulk tool's sheet 申請情報入力(区分Y) has them (106 columns, ../shared/domain/categories.md §13). Item
// numbers are those of the COE paper form (§13.1); the 変更/更新 pages were not found (§13.2), so the
// applicant items are unnumbered there, and the organization items keep their numbers, which §1.2
// finds the same in all three procedures. docs/categories/y.md lists the gaps.

/** The 職種 list of 入国目的 Y1 (bulk list CC02_1, key 01Y1; categories.md §1.4). */
const occupationsY: Option[] = options([
  ["その他のサービス職業従事者（他に分類されないもの）", "Other service worker (not categorized elsewhere)"],
  ["農林漁業従事者", "Agriculture, forestry and fishery workers"],
  ["製品製造・加工処理従事者（金属製品）", "Product manufacturing / processing worker (metal products)"],
  ["製品製造・加工処理従事者（金属製品を除く）", "Product manufacturing / processing worker (except metal products)"],
  ["機械組立従事者", "Machine assembly worker"],
  ["機械整備・修理従事者", "Machine maintenance / repair worker"],
  ["機械検査従事者", "Machine inspection worker"],
  ["建設躯体工事従事者", "Construction structure worker"],
  [
    "建設従事者（建設躯体工事従事者を除く）",
    "Construction worker (except for workers engaged in construction structure work)",
  ],
  [
    "その他の建設・採掘従事者（他に分類されないもの）",
    "Other construction / mining workers (not categorized elsewhere)",
  ],
  ["運搬・清掃・包装等従事者", "Transportation, cleaning, packaging worker"],
  ["その他", "Others"],
]);

/** 業種 of the 実習実施者: the 47-item list without 宗教 and 公務 (45; categories.md §1.4). */
const industriesY: Option[] = industries.filter(
  (o) => o.value !== "宗教" && o.value !== "公務（他に分類されるものを除く）",
);

/** 業種 of the 監理団体 (bulk list CC13_5). */
const supervisorIndustries: Option[] = industries.filter((o) =>
  [
    "複合サービス事業（郵便局，農林水産業協同組合，事業協同組合（他に分類されないもの））",
    "職業紹介・労働者派遣業",
    "その他の事業サービス業（速記・ワープロ入力・複写業，建物サービス業，警備業等）",
    "その他のサービス業（他に分類されないもの）",
    "分類不能の産業",
  ].includes(o.value),
);

/** The 業種 whose 「その他」 text the tool asks for, as its help texts name them (主たる業種 / 他業種 differ). */
const OTHER_BUSINESS = "その他の事業サービス業（速記・ワープロ入力・複写業，建物サービス業，警備業等）";
const OTHER_SERVICE = "その他のサービス業（他に分類されないもの）";
const UNCLASSIFIED = "分類不能の産業";
const otherIndustriesOfRows = [
  "その他の製造業（他に分類されないもの）",
  "その他の卸売業",
  "その他の小売業",
  "その他の教育，学習支援業",
  "保健衛生",
  OTHER_BUSINESS,
  OTHER_SERVICE,
  UNCLASSIFIED,
];
const otherIndustriesOfMain = [
  ...otherIndustriesOfRows,
  "各種商品小売業",
  "織物・衣服・身の回り品小売業",
  "飲食料品小売業（コンビニエンスストア等）",
  "機械器具小売業",
];
const otherSupervisorIndustries = [OTHER_BUSINESS, OTHER_SERVICE, UNCLASSIFIED];

const trainingTypes: Option[] = options([
  ["第１号企業単独型技能実習", "Individual-enterprise-type technical intern training (i)"],
  ["第２号企業単独型技能実習", "Individual-enterprise-type technical intern training (ii)"],
  ["第３号企業単独型技能実習", "Individual-enterprise-type technical intern training (iii)"],
  ["第１号団体監理型技能実習", "Supervising-organization-type technical intern training (i)"],
  ["第２号団体監理型技能実習", "Supervising-organization-type technical intern training (ii)"],
  ["第３号団体監理型技能実習", "Supervising-organization-type technical intern training (iii)"],
]);

const third = is("yTrainingType", "第３号企業単独型技能実習", "第３号団体監理型技能実習");
const supervised = isYes("yIsSupervised");

/** 「半角数字、10文字」: the 数字部 of 認定番号, 届出受理番号 and 許可番号. */
const tenDigits = (name: string, number: string, label: Bilingual, help: Bilingual = bi("", "")) =>
  text(name, number, label, {
    required: true,
    charClass: "halfDigits",
    exactLength: 10,
    inputMode: "numeric",
    width: "medium",
    help: bi(`${help.ja}半角数字、10文字`, `${help.en}10 digits`),
    example: "0123456789",
  });

/** 「2文字以内」: the 記号部 of 届出受理番号 and 許可番号. */
const symbol = (name: string, number: string, label: Bilingual, example: string) =>
  text(name, number, label, {
    required: true,
    maxLength: 2,
    width: "short",
    help: bi("2文字以内", "Up to 2 characters"),
    example,
  });

/** 主たる業種 (+ その他) and up to two 他業種 rows (+ その他), numbered n.4 … n.7. */
function industryItems(
  prefix: string,
  item: string,
  list: Option[],
  mainOthers: string[],
  rowOthers: string[],
): FieldDef[] {
  const other = (name: string, number: string) =>
    free(name, number, bi("その他", "Other"), 40, {
      help: bi("選択した業種の内容を入力してください。40文字以内", "What the industry is; up to 40 characters"),
    });
  return [
    select(`${prefix}Industry`, `${item}.4`, bi("(4)業種 主たる業種", "(4) Main industry"), list, { required: true }),
    onlyWhen(is(`${prefix}Industry`, ...mainOthers), {
      ...other(`${prefix}IndustryOther`, `${item}.5`),
      label: bi("(4)業種 主たる業種 その他", "(4) Main industry: other"),
    }),
    {
      type: "group",
      name: `${prefix}OtherIndustries`,
      number: `${item}.6`,
      label: bi("(4)業種 他業種", "(4) Other industries"),
      help: bi("他に業種があれば一覧から選択してください。", "Choose any other industries from the list."),
      max: 2,
      fields: [
        select("yIndustry", `${item}.6`, bi("業種", "Industry"), list, { required: true }),
        onlyWhen(is("yIndustry", ...rowOthers), other("yIndustryOther", `${item}.7`)),
      ],
    } satisfies GroupField,
  ];
}

/** 法人番号の有無 and 法人番号 (n.2), 雇用保険適用事業所番号 (n.3). */
function corporateItems(prefix: string, item: string, insuranceHelp: Bilingual): FieldDef[] {
  return [
    ...corporateNumberItems(prefix, `${item}.2`, bi("(2)", "(2)")),
    {
      ...employmentInsuranceNo(
        `${prefix}InsuranceNo`,
        `${item}.3`,
        bi("(3)雇用保険適用事業所番号", "(3) Employment insurance office number"),
      ),
      help: bi(
        `${insuranceHelp.ja}非該当事業所は入力を省略してください。半角数字、11文字`,
        `${insuranceHelp.en}Leave empty if the office is not covered. 11 digits`,
      ),
    },
  ];
}

/** (5) 郵便番号, 所在地, 電話番号 (n.8 – n.10). */
function placeItems(prefix: string, item: string, where: Bilingual): FieldDef[] {
  const h = (ja: string, en: string) => ({ ja: `${where.ja}${ja}`, en: `${where.en}${en}` });
  return [
    postalCode(`${prefix}PostalCode`, `${item}.8`, bi("(5)郵便番号", "(5) Postal code"), {
      required: true,
      help: h(
        "郵便番号が不明な場合は「0000000」と入力してください。半角数字、7文字",
        "If the postal code is not known, enter 0000000. 7 digits",
      ),
    }),
    address(`${prefix}Address`, `${item}.9`, bi("(5)所在地", "(5) Address"), {
      required: true,
      help: h("全角、85文字以内", "Full-width characters, up to 85"),
    }),
    phone(`${prefix}Phone`, `${item}.10`, bi("(5)電話番号", "(5) Telephone number"), {
      required: true,
      help: h("半角数字、12文字以内", "Up to 12 digits, no hyphens"),
    }),
  ];
}

/** 申請人等作成用2 Y, 24 職歴 (the online sheet's only applicant items besides 代理人 and 取次者). */
const applicantY: SectionDef = {
  id: "y-applicant",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [
    yesNo("yHasCareer", "24", bi("職歴の有無", "Employment history"), {
      required: true,
      help: bi("外国におけるものを含みます。", "Including employment abroad."),
    }),
    onlyWhen(isYes("yHasCareer"), {
      type: "group",
      name: "yCareers",
      number: "24",
      label: bi("職歴", "Employment history"),
      help: bi("外国におけるものを含みます。最大10件", "Including employment abroad; up to 10"),
      required: true,
      max: 10,
      fields: [
        yearMonth("yJoined", "24.1", bi("入社年月", "Joined (year and month)"), { example: "200101" }),
        text("yLeft", "24.2", bi("退社年月", "Left (year and month)"), {
          rule: "yearMonth",
          charClass: "halfDigits",
          exactLength: 6,
          inputMode: "numeric",
          width: "short",
          help: bi("在職中の場合は空欄。半角数字、6文字（YYYYMM）", "Leave empty if still employed. 6 digits (YYYYMM)"),
          example: "200101",
        }),
        free("yEmployer", "24.3", bi("勤務先名称", "Employer"), 60, { example: "〇〇株式会社" }),
      ],
    } satisfies GroupField),
  ],
};

/** 技能実習内容 (online only, ×2): 大分類, its 小分類, and what 「その他」 is. */
const contentRow = (n: 1 | 2): FieldDef[] => {
  const major = `yContent${n}Major`;
  const minor = `yContent${n}Minor`;
  return [
    select(
      major,
      "",
      bi(`技能実習内容 ${n} 大分類`, `Content of training ${n}: trade`),
      trainingContentMajors,
      n === 1 ? { required: true } : {},
    ),
    select(minor, "", bi(`技能実習内容 ${n} 小分類`, `Content of training ${n}: work`), trainingContentMinors, {
      required: n === 1,
      requiredWhen: n === 1 ? undefined : { filled: major },
      help: bi("大分類の作業を選択してください。", "A work of the trade chosen."),
    }),
    onlyWhen(
      is(minor, "その他"),
      free(`yContent${n}Other`, "", bi(`技能実習内容 ${n} その他`, `Content of training ${n}: other`), 40, {
        help: bi(
          "その他を選択した場合は内容を入力してください。40文字以内",
          "What the training is; up to 40 characters",
        ),
      }),
    ),
  ];
};

/** 所属機関等作成用 Y, 2 技能実習計画. */
const planY: SectionDef = {
  id: "y-plan",
  title: bi("技能実習計画", "Technical intern training plan"),
  fields: [
    select(
      "yPlanSymbol",
      "2.1",
      bi("(1)認定番号(記号部)", "(1) Certification number: symbol"),
      [
        { value: "認", label: bi("認", "認") },
        { value: "変認", label: bi("変認", "変認") },
      ],
      {
        required: true,
        help: bi("最新の認定番号(記号部)を選択してください。", "The symbol of the latest certification number."),
      },
    ),
    tenDigits(
      "yPlanNumber",
      "2.2",
      bi("(1)認定番号(数字部)", "(1) Certification number: digits"),
      bi("最新の認定番号(数字部)を入力してください。", "The digits of the latest certification number. "),
    ),
    date("yPlanDate", "2.3", bi("(2)認定年月日", "(2) Date of certification")),
    ...contentRow(1),
    ...contentRow(2),
    select("yTrainingType", "2.4", bi("(3)技能実習の区分", "(3) Type of technical intern training"), trainingTypes, {
      required: true,
    }),
  ],
};

const plannedHelp = bi("実際の予定期間を入力してください。", "The period actually planned.");
const homeLeaveHelp = bi(
  "実際の予定期間を入力してください。第３号技能実習の場合に入力してください。",
  "The period actually planned; for technical intern training (iii).",
);

/** 所属機関等作成用 Y, 3 職種、技能実習期間及び一時帰国期間. */
const trainingY: SectionDef = {
  id: "y-training",
  title: bi("職種、技能実習期間及び一時帰国期間", "Occupation, training period and temporary return home"),
  fields: [
    select("yOccupation", "3.1", bi("(1)職種 主たる職種", "(1) Main occupation"), occupationsY, { required: true }),
    {
      type: "group",
      name: "yOtherOccupations",
      number: "3.2",
      label: bi("(1)職種 他職種", "(1) Other occupations"),
      help: bi("他に職種があれば一覧から選択してください。", "Choose any other occupations from the list."),
      max: 3,
      fields: [select("yOtherOccupation", "3.2", bi("職種", "Occupation"), occupationsY, { required: true })],
    },
    date("yTrainingFrom", "3.3", bi("(2)技能実習期間(始期)", "(2) Training period: from"), { help: plannedHelp }),
    date("yTrainingTo", "3.4", bi("(2)技能実習期間(終期)", "(2) Training period: to"), { help: plannedHelp }),
    onlyWhen(
      third,
      date("yHomeLeaveFrom", "3.5", bi("(3)一時帰国期間(始期)", "(3) Temporary return home: from"), {
        help: homeLeaveHelp,
      }),
    ),
    onlyWhen(
      third,
      date("yHomeLeaveTo", "3.6", bi("(3)一時帰国期間(終期)", "(3) Temporary return home: to"), {
        help: homeLeaveHelp,
      }),
    ),
  ],
};

const mainPlace = bi(
  "主に技能実習を行わせる事業所について入力してください。",
  "The office where most of the training is done. ",
);

/** 所属機関等作成用 Y, 4 実習実施者（勤務先）. */
const implementerY: SectionDef = {
  id: "y-implementer",
  title: bi("実習実施者（勤務先）", "Implementing organization (place of work)"),
  fields: [
    free("yImplName", "4.1", bi("(1)名称", "(1) Name"), 60, {
      help: bi(`${mainPlace.ja}60文字以内`, `${mainPlace.en}Up to 60 characters`),
      example: "〇〇株式会社",
    }),
    ...corporateItems("yImpl", "4", mainPlace),
    ...industryItems("yImpl", "4", industriesY, otherIndustriesOfMain, otherIndustriesOfRows),
    ...placeItems("yImpl", "4", mainPlace),
    digits("yImplStaff", "4.11", bi("(6)常勤職員数", "(6) Full-time staff"), 5, {
      required: true,
      help: bi(
        `${mainPlace.ja}技能実習生を含みます。半角数字、5文字以内`,
        `${mainPlace.en}Including technical intern trainees. Up to 5 digits`,
      ),
      example: "100",
    }),
    // The 届出 is made when the training starts, so a first trainee's form may have none yet.
    {
      ...symbol(
        "yImplNoticeSymbol",
        "4.12",
        bi("(7)実習実施者 届出受理番号(記号部)", "(7) Notification acceptance number: symbol"),
        "実",
      ),
      required: false,
      requiredWhen: { filled: "yImplNoticeNumber" },
    },
    {
      ...tenDigits(
        "yImplNoticeNumber",
        "4.13",
        bi("(7)実習実施者 届出受理番号(数字部)", "(7) Notification acceptance number: digits"),
      ),
      required: false,
      requiredWhen: { filled: "yImplNoticeSymbol" },
    },
    date("yImplNoticeDate", "4.14", bi("(8)実習実施者 届出受理年月日", "(8) Date the notification was accepted"), {
      required: false,
      requiredWhen: { filled: "yImplNoticeNumber" },
    }),
  ],
};

const supervisorHelp = bi(
  "申請人の技能実習に関し、監理事業を行う事業所について入力してください。",
  "The office supervising the applicant's training. ",
);

/** 所属機関等作成用 Y, 5 監理団体: only for 団体監理型技能実習. */
const supervisorY: SectionDef = {
  id: "y-supervisor",
  title: bi("監理団体", "Supervising organization"),
  fields: [
    yesNo(
      "yIsSupervised",
      "",
      bi("団体監理型技能実習であることの有無", "Supervising-organization-type technical intern training"),
      { required: true },
    ),
    ...allOnlyWhen(
      supervised,
      free("ySupName", "5.1", bi("(1)名称", "(1) Name"), 60, {
        help: bi(`${supervisorHelp.ja}60文字以内`, `${supervisorHelp.en}Up to 60 characters`),
        example: "〇〇協同組合",
      }),
      ...corporateItems("ySup", "5", supervisorHelp),
      ...industryItems("ySup", "5", supervisorIndustries, otherSupervisorIndustries, otherSupervisorIndustries),
      ...placeItems("ySup", "5", supervisorHelp),
      select(
        "ySupPermitType",
        "5.11",
        bi("(6)監理団体許可の事業区分", "(6) Type of supervision business permitted"),
        [
          { value: "一般監理事業", label: bi("一般監理事業", "General supervision business") },
          { value: "特定監理事業", label: bi("特定監理事業", "Specified supervision business") },
        ],
        { required: true },
      ),
      symbol("ySupPermitSymbol", "5.12", bi("(7)監理団体 許可番号(記号部)", "(7) Permit number: symbol"), "許"),
      tenDigits("ySupPermitNumber", "5.13", bi("(7)監理団体 許可番号(数字部)", "(7) Permit number: digits")),
      date("ySupPermitDate", "5.14", bi("(8)監理団体許可 年月日", "(8) Date of the permit")),
      date("ySupValidFrom", "5.15", bi("(9)監理団体 許可の有効期間(始期)", "(9) Permit valid: from")),
      date("ySupValidTo", "5.16", bi("(9)監理団体 許可の有効期間(終期)", "(9) Permit valid: to")),
    ),
  ],
};

/** 申請人の活動内容等 (online column; its paper item number was not found). */
const activityY: SectionDef = {
  id: "y-activity",
  title: bi("申請人の活動内容等", "The applicant's activities"),
  fields: [
    digits("yMonthlyPay", "", bi("月額給与・月額報酬（円）", "Monthly salary (yen)"), 8, {
      required: true,
      help: bi("税引き前の支払額を円単位で入力してください。半角数字、8文字以内", "Before tax, in yen. Up to 8 digits"),
      example: "180000",
    }),
  ],
};

/** The 区分Y sections of a form: 申請人等作成用 items, 代理人 and 取次者; then 所属機関等作成用 items. */
export const partsY: CategoryParts = (kind: ResidenceKind) => ({
  // 代理人 is item 25 of the COE form (categories.md §1.3).
  applicant: applicantParts(kind === "coe", [applicantY], "25"),
  organization: [planY, trainingY, implementerY, supervisorY, activityY],
});

/** 始期 ≤ 終期, and each 小分類 one of its 大分類's. */
export const rulesY: FormRule[] = [
  { kind: "notAfter", first: "yTrainingFrom", then: "yTrainingTo", message: "dateOrder" },
  { kind: "notAfter", first: "yHomeLeaveFrom", then: "yHomeLeaveTo", message: "dateOrder" },
  { kind: "notAfter", first: "ySupValidFrom", then: "ySupValidTo", message: "dateOrder" },
  ...[1, 2].map((n): FormRule => ({
    kind: "allowedPairs",
    first: `yContent${n}Major`,
    then: `yContent${n}Minor`,
    allowed: minorsByMajor,
    message: "option",
  })),
];
