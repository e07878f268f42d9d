import type {
  Bilingual,
  Condition,
  DateField,
  FormRule,
  GroupField,
  LeafField,
  Option,
  SectionDef,
  TextareaField,
} from "../../types";
import { nationalities } from "../../lists/nationalities";
import { relationships } from "../../lists/relationships";
import { industries } from "../../lists/industries";
import { educationLevels } from "../../lists/educationLevels";
import { majorsUniversity } from "../../lists/majorsUniversity";
import { majorsSenmon } from "../../lists/majorsSenmon";
import {
  supporterRelations,
  uActivities,
  uEmployerStatuses,
  uOccupations,
  uResidenceStatuses,
} from "../../lists/cat-u-activities";
import { agent, repPhoneRule, representativeAs } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  address,
  allOnlyWhen,
  bi,
  contractTypes,
  corporateNumber,
  corporateNumberItems,
  dateWith,
  digits,
  employmentInsuranceNo,
  freeWith,
  fullWith,
  is,
  isYes,
  nameFull,
  nameRoman,
  onlyWhen,
  otherIndustryValues,
  phone,
  placeOf,
  postalCode,
  radio,
  renumbered,
  residenceCardNumber,
  select,
  stayPeriod,
  text,
  withJapan,
  yearMonthOrYear,
  yesNo,
} from "./parts";

// 区分U (その他: 法律・会計業務 / 医療 / 公用 / 特定活動): 申請人等作成用2–4 U and 所属機関等作成用1–2 U,
// item by item as the official bulk tool's 区分U sheet has them (../shared/domain/categories.md §12,
// 297 columns). The tool links 活動内容, 職種 and 業種 to the 入国目的; here they follow the status
// chosen first (`status`), one field per list. Items for one 活動内容 (経歴 of an アマチュアスポーツ選手,
// 雇用主 of a 家事使用人, 日系四世受入れサポーター …) are asked only for it. What is assumed is listed
// in docs/categories/u.md.

const LEGAL = "法律・会計業務";
const MEDICAL = "医療";
const OFFICIAL = "公用";
const DESIGNATED = "特定活動";

const status = (...values: string[]): Condition => is("status", ...values);
/** 法律・会計業務 and 医療 are always work for an organization: its items are required for them. */
const professional = status(LEGAL, MEDICAL);

/** The 活動内容 field of each status. */
const activityField: Record<string, string> = {
  [LEGAL]: "uActivityLegal",
  [MEDICAL]: "uActivityMedical",
  [OFFICIAL]: "uActivityOfficial",
  [DESIGNATED]: "uActivityDesignated",
};
const activity = (of: string, ...values: string[]): Condition => ({
  all: [status(of), is(activityField[of], ...values)],
});

const long = (name: string, number: string, label: Bilingual, extra: Partial<TextareaField> = {}): TextareaField => ({
  type: "textarea",
  name,
  number,
  label,
  maxLength: 600,
  rows: 6,
  help: bi("600文字以内", "Up to 600 characters"),
  ...extra,
});
const date = (name: string, number: string, label: Bilingual, extra: Partial<DateField> = {}): DateField =>
  dateWith(name, number, label, { help: bi("YYYYMMDD、半角数字8文字", "YYYYMMDD, 8 digits"), ...extra });
const birthDate = (name: string, number: string, label: Bilingual): DateField =>
  date(name, number, label, {
    required: true,
    past: true,
    unknownParts: true,
    help: bi("西暦で入力。2000年1月23日は20000123と入力", "Western calendar: 23 January 2000 → 20000123"),
  });
/** 在留期間: the tool's pick-list is linked to the 在留資格 and not in the sources; typed as on 変更/更新. */
const period = stayPeriod;

const sexes: [string, string][] = [
  ["男", "Male"],
  ["女", "Female"],
];
const universityLevels = ["大学院（博士）", "大学院（修士）", "大学", "短期大学"];
/** The tool's 専攻 lists for U are the ones without 介護福祉 (categories.md §1.5, CA80 / CA93). */
const uMajorsUniversity = majorsUniversity.filter((o) => o.value !== "介護福祉");
const uMajorsSenmon = majorsSenmon.filter((o) => o.value !== "介護福祉");
const majorOthers = ["その他人文・社会科学", "その他自然科学", "その他"];
/** 業種 whose 「その他」 text is asked (the tool's help text names these seven). */
const otherIndustries = otherIndustryValues(industries);
const medicalIndustries = industries.filter((o) =>
  ["医療業", "保健衛生", "社会保険・社会福祉・介護事業"].includes(o.value),
);
const publicIndustries = industries.filter((o) => o.value === "公務（他に分類されるものを除く）");

/** One field per status whose list differs, each asked only for its status. */
function perStatus<F extends LeafField | GroupField>(
  variants: [string[], string, Option[]][],
  make: (name: string, options: Option[], statuses: string[]) => F,
): F[] {
  return variants.map(([statuses, name, options]) => onlyWhen(status(...statuses), make(name, options, statuses)));
}
const suffix = (s: string) =>
  ({ [LEGAL]: "Legal", [MEDICAL]: "Medical", [OFFICIAL]: "Official", [DESIGNATED]: "Designated" })[s]!;
const byStatus = (base: string, lists: Record<string, Option[]>): [string[], string, Option[]][] =>
  [LEGAL, MEDICAL, OFFICIAL, DESIGNATED].map((s) => [[s], `${base}${suffix(s)}`, lists[s]]);

const STUDENTS = ["インターンシップ", "サマージョブ", "国際文化交流"];

/** 申請人等作成用2–4 U, items 22–31 (COE numbers). */
export const applicantU: SectionDef = {
  id: "u-applicant",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [
    ...perStatus(byStatus("uActivity", uActivities), (name, options, [s]) =>
      select(name, "22.1", bi("活動内容", "Activities"), options, {
        required: true,
        csv: `活動内容（${s}）`,
        help: bi(
          "オンライン申請が可能な活動内容は出入国在留管理庁のホームページで確認してください。",
          "See the Immigration Services Agency's website for the activities that can be applied for online.",
        ),
      }),
    ),
    radio(
      "uEducationWhere",
      "24.1",
      bi("最終学歴 (1)", "Final education (1)"),
      [
        ["本邦", "Japan"],
        ["外国", "Foreign country"],
      ],
      {
        requiredWhen: professional,
        help: bi(
          "卒業した教育機関の中で、最も教育水準の高い教育機関について選択してください。",
          "The most advanced school the applicant graduated from.",
        ),
      },
    ),
    select("uEducationLevel", "24.2", bi("最終学歴 (2)", "Final education (2)"), educationLevels, {
      requiredWhen: professional,
    }),
    onlyWhen(
      is("uEducationLevel", "その他"),
      freeWith("uEducationOther", "24.3", bi("最終学歴 (2)その他", "Final education (2): other"), 40, {
        required: true,
        example: "〇〇学校卒業",
      }),
    ),
    freeWith("uSchoolName", "24.4", bi("最終学歴 (3)学校名", "(3) Name of school"), 60, {
      requiredWhen: professional,
      example: "○○大学",
    }),
    freeWith(
      "uFaculty",
      "24.5",
      bi("最終学歴 (4)学部・課程又は専門課程名称", "(4) Faculty, course or department"),
      50,
      {
        example: "○○学部○○学科○○課程",
      },
    ),
    yearMonthOrYear("uGraduated", "24.6", bi("最終学歴 (5)卒業年月", "(5) Year and month of graduation"), {
      requiredWhen: professional,
      exactLength: 6,
      help: bi("半角数字、6文字（YYYYMM）", "6 digits (YYYYMM)"),
      example: "200101",
    }),
    onlyWhen(
      activity(MEDICAL, "准看護師"),
      date(
        "uAssistantNurseLicensed",
        "",
        bi("准看護師の免許取得年月日", "Date the assistant nurse licence was obtained"),
        {
          required: true,
          past: true,
        },
      ),
    ),
    onlyWhen(activity(DESIGNATED, "アマチュアスポーツ選手"), {
      type: "group",
      name: "uCompetitions",
      number: "25",
      label: bi("経歴", "Competition record"),
      help: bi("最新の経歴を１番目に入力してください。最大10件", "The latest first; up to 10"),
      required: true,
      max: 10,
      fields: [
        radio(
          "kind",
          "25.1",
          bi("大会の種類", "Kind of competition"),
          [
            ["オリンピック大会出場", "The year when the applicant participated in the Olympics Games"],
            ["世界選手権大会出場", "The year when the applicant participated in the world championship"],
            [
              "その他国際的な競技会出場",
              "The year when the applicant participated in other international competitions",
            ],
          ],
          { required: true },
        ),
        onlyWhen(
          is("kind", "その他国際的な競技会出場"),
          freeWith("name", "25.2", bi("その他国際的な競技大会 出場競技会名", "Name of the other competition"), 60, {
            required: true,
            example: "○○大会",
          }),
        ),
        text("year", "25.3", bi("大会出場年", "Year of participation"), {
          required: true,
          charClass: "halfDigits",
          exactLength: 4,
          inputMode: "numeric",
          width: "short",
          help: bi("半角数字、4文字（YYYY）", "4 digits (YYYY)"),
          example: "2001",
        }),
      ],
    } satisfies GroupField),
    ...allOnlyWhen(
      activity(DESIGNATED, ...STUDENTS),
      freeWith("uUniversity", "26.1", bi("在学中の大学名", "University the applicant is enrolled in"), 60, {
        required: true,
        example: "○○大学",
      }),
      freeWith("uUniversityFaculty", "26", bi("学部・課程", "Faculty or course"), 40, {
        required: true,
        example: "○○学部",
      }),
    ),
    long("uPurpose", "27", bi("具体的な在留目的", "Specific purpose of stay"), {
      requiredWhen: status(DESIGNATED),
      help: bi("滞在費支弁方法を含む。600文字以内", "Including how the stay is paid for. Up to 600 characters"),
    }),
    onlyWhen(
      is("uEducationLevel", ...universityLevels),
      select("uMajorUniversity", "28.1", bi("専攻・専門分野", "Major field of study"), uMajorsUniversity, {
        required: true,
      }),
    ),
    onlyWhen(
      { all: [is("uEducationLevel", ...universityLevels), is("uMajorUniversity", ...majorOthers)] },
      freeWith("uMajorUniversityOther", "28.2", bi("専攻・専門分野 その他", "Major: other"), 40, {
        required: true,
        example: "〇〇学",
      }),
    ),
    onlyWhen(
      is("uEducationLevel", "専門学校"),
      select("uMajorSenmon", "28.1", bi("専攻・専門分野", "Major field of study"), uMajorsSenmon, { required: true }),
    ),
    onlyWhen(
      { all: [is("uEducationLevel", "専門学校"), is("uMajorSenmon", "その他")] },
      freeWith("uMajorSenmonOther", "28.2", bi("専攻・専門分野 その他", "Major: other"), 40, {
        required: true,
        example: "〇〇学",
      }),
    ),
    ...allOnlyWhen(
      activity(DESIGNATED, "外国人起業家"),
      digits(
        "uManagementYears",
        "29",
        bi(
          "起業を目指す分野に関連する事業の経営又は管理についての外国における実務経験年数",
          "Years managing a business abroad in the field of the planned start-up",
        ),
        3,
        { required: true, example: "10" },
      ),
      digits(
        "uFieldYears",
        "30",
        bi(
          "起業を目指す分野に関連する業務についての実務経験年数",
          "Years of work experience in the field of the planned start-up",
        ),
        3,
        { required: true, example: "10" },
      ),
    ),
    yesNo("uHasCareer", "", bi("職歴の有無", "Employment history"), {
      required: true,
      help: bi("外国におけるものを含みます。", "Including employment abroad."),
    }),
    onlyWhen(isYes("uHasCareer"), {
      type: "group",
      name: "uCareers",
      number: "31",
      label: bi("職歴", "Employment history"),
      help: bi("外国におけるものを含みます。最大8件", "Including employment abroad; up to 8"),
      required: true,
      max: 8,
      fields: [
        select("country", "", bi("国・地域名", "Country/Region"), withJapan, { required: true }),
        yearMonthOrYear("joined", "31.1", bi("入社年月", "Date of joining (year and month)"), {
          required: true,
          help: bi(
            "半角数字6文字（例 200101）。月が不明な場合は年のみ4文字（例 2001）",
            "6 digits, e.g. 200101; if the month is unknown, the year only, e.g. 2001",
          ),
        }),
        yearMonthOrYear("left", "31.2", bi("退社年月", "Date of leaving (year and month)"), {
          help: bi(
            "在職中の場合は空欄。半角数字6文字、月が不明な場合は年のみ4文字",
            "Leave empty if still employed. 6 digits; the year only if the month is unknown",
          ),
        }),
        text("employerRoman", "31.3", bi("勤務先名称（英字表記）", "Employer (in Roman letters)"), {
          maxLength: 200,
          help: bi("半角英数字記号、200文字以内", "Up to 200 half-width characters"),
          example: "XXXX University, XXXX Corporation",
        }),
        freeWith("employerKanji", "31.4", bi("勤務先名称（漢字表記）", "Employer (in kanji)"), 60, {
          example: "〇〇大学、〇〇会社",
        }),
      ],
    } satisfies GroupField),
  ],
};

/** 所属機関等作成用1 U: 契約, 職種, 活動内容詳細, and the items of single statuses or 活動内容. */
function organizationU(kind: ResidenceKind): SectionDef {
  const since = kind === "change" || kind === "extension";
  return {
    id: "u-organization",
    title: bi("所属機関に関する情報等", "About the organization"),
    fields: [
      radio(
        "uContractType",
        "1",
        bi("契約の場合は以下のいずれかの形態を選択", "If there is a contract, its type"),
        contractTypes,
      ),
      onlyWhen(
        is("uContractType", "その他"),
        freeWith("uContractTypeOther", "1", bi("契約の形態 その他", "Type of contract: other"), 40, { required: true }),
      ),
      ...perStatus(byStatus("uOccupation", uOccupations), (name, options, [s]) =>
        select(name, "3.1", bi("職種 主たる職種", "Main occupation"), options, {
          required: s === LEGAL || s === MEDICAL,
          csv: `職種 主たる職種（${s}）`,
        }),
      ),
      ...perStatus(byStatus("uOtherOccupations", uOccupations), (name, options, [s]) => ({
        type: "group" as const,
        name,
        number: "3.2",
        label: bi("職種 他職種", "Other occupations"),
        help: bi("他の職種があれば一覧から選択してください。", "Choose any other occupations from the list."),
        csv: `職種 他職種（${s}）`,
        max: 3,
        fields: [select("occupation", "3.2", bi("職種", "Occupation"), options, { required: true })],
      })),
      long("uActivityDetail", "4", bi("活動内容詳細", "Details of activities"), { requiredWhen: professional }),
      ...(since
        ? [
            yesNo(
              "uActivityChanged",
              "",
              bi("活動内容変更の有無（前回許可時以降）", "Change of activities since the last permission"),
              {
                help: bi(
                  "前回許可時以降に職務内容の変更があったかどうか選択してください。",
                  "Whether the duties have changed since the last permission.",
                ),
              },
            ),
            onlyWhen(
              isYes("uActivityChanged"),
              long("uActivityChangedDetail", "", bi("活動内容変更 具体的内容", "Change of activities: details"), {
                required: true,
              }),
            ),
            yesNo(
              "uDutiesChanged",
              "",
              bi("職務内容変更の有無（前回許可時以降）", "Change of duties since the last permission"),
              {
                help: bi(
                  "前回許可時以降に職務内容の変更があったかどうか選択してください。",
                  "Whether the duties have changed since the last permission.",
                ),
              },
            ),
            onlyWhen(
              isYes("uDutiesChanged"),
              long("uDutiesChangedDetail", "", bi("職務内容変更 具体的内容", "Change of duties: details"), {
                required: true,
              }),
            ),
            onlyWhen(
              activity(DESIGNATED, "製造業外国従業員受入事業における特定外国従業員"),
              yesNo(
                "uPlanChanged",
                "",
                bi("製造特定活動計画内容の変更の有無", "Change of the manufacturing activity plan"),
                { required: true },
              ),
            ),
            onlyWhen(
              isYes("uPlanChanged"),
              long("uPlanChangedDetail", "", bi("製造特定活動計画内容", "Manufacturing activity plan: the change"), {
                required: true,
              }),
            ),
          ]
        : []),
      onlyWhen(
        status(DESIGNATED),
        digits("uPaidTotal", "", bi("支払った報酬の総額（円）", "Total pay paid (yen)"), 6, {
          help: bi("円単位で入力してください。半角数字、6文字以内", "In yen. Up to 6 digits"),
          example: "10000",
        }),
      ),
      onlyWhen(
        activity(DESIGNATED, "家事使用人"),
        yesNo(
          "uChildCarePledge",
          "",
          bi(
            "児童の日常生活上の世話及び必要な保護を行わせない旨の誓約",
            "Pledge not to have the worker look after children's daily life and protection",
          ),
          { required: true },
        ),
      ),
      onlyWhen(
        status(OFFICIAL),
        radio(
          "uPassportType",
          "",
          bi("旅券の種類", "Type of passport"),
          [
            ["外交", "Diplomat"],
            ["公用", "Official"],
            ["一般", "Normal"],
          ],
          { required: true },
        ),
      ),
      ...allOnlyWhen(
        activity(OFFICIAL, "公用"),
        freeWith("uMission", "", bi("用務", "Official business"), 40, { required: true, example: "通訳、会計" }),
        radio(
          "uLocalStaff",
          "",
          bi("現地職員", "Locally engaged staff"),
          [
            ["はい", "Yes"],
            ["いいえ", "No"],
          ],
          { required: true },
        ),
      ),
      onlyWhen(
        status(OFFICIAL),
        yesNo("uMofaIdHas", "", bi("外務省身分証明票番号 有無", "MOFA identification card number"), {
          required: true,
        }),
      ),
      onlyWhen(
        isYes("uMofaIdHas"),
        digits("uMofaId", "", bi("外務省身分証明票番号", "MOFA identification card number"), 10, {
          required: true,
          example: "1234567890",
        }),
      ),
    ],
  };
}

/** Asked for 法律・会計業務 and 医療, or once a 名称 is given (公用, 特定活動). */
const hasWorkplace: Condition = { any: [professional, { filled: "uOrgName" }] };
const needed = { requiredWhen: hasWorkplace };
const broker: Condition = { filled: "uBrokerName" };
const intermediary: Condition = { filled: "uIntermediaryName" };
const otherIndustryRows = (name: string, options: Option[], withOther: boolean): GroupField => ({
  type: "group",
  name,
  number: "5.7",
  label: bi("(4)業種 他業種", "(4) Other industries"),
  help: bi("他に業種があれば一覧から選択してください。", "Choose any other industries from the list."),
  max: 2,
  fields: [
    select("industry", "5.7", bi("業種", "Industry"), options, { required: true }),
    ...(withOther
      ? [
          onlyWhen(
            is("industry", ...otherIndustries),
            freeWith("industryOther", "5.8", bi("他業種 その他", "Other industry: details"), 40, { required: true }),
          ),
        ]
      : []),
  ],
});

/** 所属機関等作成用1 U, 5: 勤務先、所属機関又は通学先, with (12) 職業紹介事業者 and (13) 取次機関. */
export const workplaceU: SectionDef = {
  id: "u-workplace",
  title: bi("勤務先、所属機関又は通学先", "Place of work, organization or school"),
  fields: [
    freeWith("uOrgName", "5.1", bi("(1)名称", "(1) Name"), 60, {
      requiredWhen: professional,
      help: bi(
        "主に勤務又は活動させる場所について入力してください。60文字以内",
        "The main place of work or activity. Up to 60 characters",
      ),
      example: "○○病院",
    }),
    freeWith("uOrgBranch", "5.2", bi("(1)支店・事業所名", "(1) Branch / office"), 60, { example: "○○支店" }),
    ...corporateNumberItems("uOrg", "5.3", bi("(2)", "(2)"), needed),
    employmentInsuranceNo(
      "uOrgInsuranceNo",
      "5.4",
      bi("(3)雇用保険適用事業所番号", "(3) Employment insurance office number"),
    ),
    ...perStatus(
      [
        [[LEGAL, DESIGNATED], "uOrgIndustry", industries],
        [[MEDICAL], "uOrgIndustryMedical", medicalIndustries],
        [[OFFICIAL], "uOrgIndustryOfficial", publicIndustries],
      ],
      (name, options, statuses) =>
        select(name, "5.5", bi("(4)業種 主たる業種", "(4) Main industry"), options, {
          ...needed,
          csv: `(4)業種 主たる業種（${statuses.join("・")}）`,
        }),
    ),
    onlyWhen(
      { all: [status(LEGAL, DESIGNATED), is("uOrgIndustry", ...otherIndustries)] },
      freeWith("uOrgIndustryOther", "5.6", bi("(4)業種 主たる業種 その他", "(4) Main industry: details"), 40, {
        required: true,
      }),
    ),
    onlyWhen(status(LEGAL, DESIGNATED), otherIndustryRows("uOrgOtherIndustries", industries, true)),
    onlyWhen(status(MEDICAL), otherIndustryRows("uOrgOtherIndustriesMedical", medicalIndustries, false)),
    ...placeOf("uOrg", ["5.9", "5.10", "5.11"], bi("(5)", "(5)"), needed),
    digits("uOrgCapital", "5.12", bi("(6)資本金（円）", "(6) Capital (yen)"), 13, {
      help: bi("円単位で入力してください。半角数字、13文字以内", "In yen. Up to 13 digits"),
    }),
    digits("uOrgSales", "5.13", bi("(7)年間売上高（円）", "(7) Annual sales (yen)"), 15, {
      help: bi(
        "直近年度の年間売上高を円単位で入力してください。半角数字、15文字以内",
        "Latest year, in yen. Up to 15 digits",
      ),
    }),
    digits("uOrgEmployees", "5.14", bi("(8)従業員数（名）", "(8) Number of employees"), 5),
    digits("uOrgForeignEmployees", "5.15", bi("(8)うち外国人職員数（名）", "(8) Of which foreign employees"), 15),
    digits("uOrgFullTime", "5.16", bi("(9)常勤職員数（名）", "(9) Full-time staff"), 5, {
      help: bi(
        "技能実習生、インターンシップ生を除いた常勤職員数を入力してください。半角数字、5文字以内",
        "Full-time staff without technical intern trainees and interns. Up to 5 digits",
      ),
    }),
    digits(
      "uOrgTraineesNow",
      "5.17",
      bi("(10)第１号技能実習生数 現在の在籍数", "(10) Technical intern trainees (i): now"),
      5,
    ),
    digits(
      "uOrgTraineesPlanned",
      "5.18",
      bi("(10)第１号技能実習生数 受入予定数", "(10) Technical intern trainees (i): planned"),
      5,
    ),
    digits("uOrgInternsNow", "5.19", bi("(11)インターンシップ生数 現在の在籍数", "(11) Interns: now"), 5),
    digits("uOrgInternsPlanned", "5.20", bi("(11)インターンシップ生数 受入予定数", "(11) Interns: planned"), 5, {
      help: bi("今次申請分を含みます。半角数字、5文字以内", "Including this application. Up to 5 digits"),
    }),
    fullWith("uBrokerName", "5.21", bi("(12)職業紹介事業者 氏名又は名称", "(12) Employment agency: name"), 60, {
      help: bi(
        "雇用契約の成立をあっせんする職業紹介事業者がある場合に入力してください。全角、60文字以内",
        "Only if an employment agency arranged the contract. Full-width, up to 60",
      ),
    }),
    ...allOnlyWhen(
      broker,
      yesNo(
        "uBrokerHasCorporateNumber",
        "5.22",
        bi("(12)職業紹介事業者 法人番号の有無", "(12) Agency: corporate number, if any"),
        {
          required: true,
        },
      ),
    ),
    onlyWhen(
      { all: [broker, isYes("uBrokerHasCorporateNumber")] },
      corporateNumber(
        "uBrokerCorporateNumber",
        "5.23",
        bi("(12)職業紹介事業者 法人番号", "(12) Agency: corporate number"),
        {
          required: true,
        },
      ),
    ),
    ...allOnlyWhen(
      broker,
      employmentInsuranceNo(
        "uBrokerInsuranceNo",
        "5.24",
        bi("(12)職業紹介事業者 雇用保険適用事業所番号", "(12) Agency: employment insurance office number"),
      ),
      postalCode("uBrokerPostalCode", "5.25", bi("(12)職業紹介事業者 郵便番号", "(12) Agency: postal code"), {
        required: true,
      }),
      address("uBrokerAddress", "5.26", bi("(12)職業紹介事業者 住所", "(12) Agency: address"), { required: true }),
      phone("uBrokerPhone", "5.27", bi("(12)職業紹介事業者 電話番号", "(12) Agency: telephone number"), {
        required: true,
      }),
      fullWith(
        "uBrokerPermit",
        "5.28",
        bi("(12)職業紹介事業者 許可・届出番号", "(12) Agency: licence or notification number"),
        16,
        {
          required: true,
          example: "００－ユ－００００００",
        },
      ),
      date("uBrokerAccepted", "5.29", bi("(12)職業紹介事業者 受理年月日", "(12) Agency: date of acceptance"), {
        required: true,
      }),
      fullWith("uIntermediaryName", "5.30", bi("(13)取次機関 氏名又は名称", "(13) Intermediary: name"), 60, {
        help: bi(
          "職業紹介事業者があっせんを行うに際し、情報の取次ぎを行う者がある場合に入力してください。全角、60文字以内",
          "Only if someone passed on information for the agency. Full-width, up to 60",
        ),
      }),
    ),
    ...allOnlyWhen(
      { all: [broker, intermediary] },
      postalCode("uIntermediaryPostalCode", "5.31", bi("(13)取次機関 郵便番号", "(13) Intermediary: postal code"), {
        required: true,
      }),
      address("uIntermediaryAddress", "5.32", bi("(13)取次機関 住所", "(13) Intermediary: address"), {
        required: true,
      }),
      phone("uIntermediaryPhone", "5.33", bi("(13)取次機関 電話番号", "(13) Intermediary: telephone number"), {
        required: true,
      }),
    ),
  ],
};

/** 所属機関等作成用 U, 6–8: 職務上の地位, 就労又は就学予定期間, 月額報酬. */
export const termsU: SectionDef = {
  id: "u-terms",
  title: bi("職務上の地位・予定期間・報酬", "Position, period and pay"),
  fields: [
    yesNo("uHasPosition", "6", bi("職務上の地位", "Position, if any"), { requiredWhen: professional }),
    onlyWhen(
      isYes("uHasPosition"),
      freeWith("uPosition", "6", bi("職務上の地位 役職名", "Position"), 60, {
        required: true,
        example: "マネージャー、部長、専門調査員",
      }),
    ),
    digits("uPeriodMonths", "7", bi("就労又は就学予定期間（月数）", "Period of work or study (months)"), 3, {
      requiredWhen: professional,
      help: bi("月数を入力してください。半角数字、3文字以内", "In months. Up to 3 digits"),
      example: "36",
    }),
    digits("uMonthlyPay", "8", bi("月額報酬（円）", "Monthly pay (yen)"), 8, {
      requiredWhen: professional,
      help: bi(
        "各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除きます。税引き前の支払額を円単位で入力してください。半角数字、8文字以内",
        "Before tax, in yen, without commuting, housing, family or expense allowances. Up to 8 digits",
      ),
      example: "1000000",
    }),
  ],
};

const housekeeper = activity(DESIGNATED, "家事使用人");

/** 所属機関等作成用2 U, 9: 雇用主 (家事使用人の場合) and the employer's family living together. */
export const employerU: SectionDef = {
  id: "u-employer",
  title: bi("雇用主（家事使用人の場合）", "Employer (domestic worker)"),
  fields: allOnlyWhen(
    housekeeper,
    select(
      "uEmployerNationality",
      "9.1",
      bi("雇用主 (1)国籍・地域", "Employer (1) Nationality/Region"),
      nationalities,
      {
        required: true,
      },
    ),
    nameFull("uEmployerName", "9.2", bi("雇用主 (2)氏名", "Employer (2) Name"), { required: true }),
    radio("uEmployerSex", "9.3", bi("雇用主 (3)性別", "Employer (3) Sex"), sexes, { required: true }),
    birthDate("uEmployerBirthDate", "9.4", bi("雇用主 (4)生年月日", "Employer (4) Date of birth")),
    postalCode("uEmployerPostalCode", "9.5", bi("雇用主 (5)郵便番号", "Employer (5) Postal code"), { required: true }),
    address("uEmployerAddress", "9.6", bi("雇用主 (5)住居地", "Employer (5) Address"), { required: true }),
    phone("uEmployerPhone", "9.7", bi("雇用主 (5)電話番号", "Employer (5) Telephone number"), { required: true }),
    freeWith("uEmployerPosition", "9.8", bi("雇用主 (6)職務上の地位", "Employer (6) Position"), 60, {
      required: true,
      example: "代表取締役",
    }),
    residenceCardNumber(
      "uEmployerCardNumber",
      "9.9",
      bi("雇用主 (7)在留カード番号", "Employer (7) Residence card number"),
    ),
    select("uEmployerStatus", "9.10", bi("雇用主 (8)在留資格", "Employer (8) Status of residence"), uEmployerStatuses, {
      required: true,
    }),
    period("uEmployerPeriod", "9.11", bi("雇用主 (9)在留期間", "Employer (9) Period of stay")),
    date("uEmployerExpiry", "9.12", bi("雇用主 (10)在留期間の満了日", "Employer (10) Date of expiration"), {
      required: true,
    }),
    {
      type: "group",
      name: "uEmployerFamily",
      number: "9.13",
      label: bi("雇用主 (11)雇用主の同居家族", "Employer (11) Family living with the employer"),
      help: bi("最大5人", "Up to 5"),
      max: 5,
      fields: [
        select("relationship", "9.13", bi("続柄", "Relationship"), relationships, { required: true }),
        onlyWhen(
          is("relationship", "その他"),
          freeWith("relationshipOther", "9.14", bi("続柄 その他", "Relationship: other"), 40, { required: true }),
        ),
        nameFull("name", "9.15", bi("氏名", "Name"), { required: true }),
        birthDate("birthDate", "9.16", bi("生年月日", "Date of birth")),
        select("nationality", "9.17", bi("国籍・地域", "Nationality/Region"), withJapan, { required: true }),
        yesNo("livingTogether", "9.18", bi("同居の有無", "Living together"), { required: true }),
        freeWith("workplace", "9.19", bi("勤務先名称・通学先名称", "Place of employment / school"), 60, {
          example: "○○会社",
        }),
        select("residenceStatus", "9.20", bi("在留資格", "Status of residence"), uResidenceStatuses),
      ],
    } satisfies GroupField,
  ),
};

const supported: Condition = { all: [status(OFFICIAL, DESIGNATED), { filled: "uSupporterName" }] };

/** 所属機関等作成用2 U, 10: 扶養者, when the applicant is supported (families of 公用 and 特定活動). */
export const supporterU: SectionDef = {
  id: "u-supporter",
  title: bi("扶養者", "Supporter"),
  fields: [
    onlyWhen(
      status(OFFICIAL, DESIGNATED),
      nameRoman("uSupporterName", "10.1", bi("扶養者 (1)氏名", "Supporter (1) Name"), {
        help: bi(
          "申請人が扶養を受ける場合に入力してください。半角英字（大文字入力）、104文字以内、スペース区切り",
          "Only if the applicant is supported. Capital letters, up to 104, words separated by spaces",
        ),
        example: "HOUMU TARO",
      }),
    ),
    ...allOnlyWhen(
      supported,
      date("uSupporterBirthDate", "10.2", bi("扶養者 (2)生年月日", "Supporter (2) Date of birth"), {
        required: true,
        past: true,
      }),
      select(
        "uSupporterNationality",
        "10.3",
        bi("扶養者 (3)国籍・地域", "Supporter (3) Nationality/Region"),
        nationalities,
        {
          required: true,
        },
      ),
      residenceCardNumber(
        "uSupporterCardNumber",
        "10.4",
        bi("扶養者 (4)在留カード番号", "Supporter (4) Residence card number"),
      ),
      select(
        "uSupporterStatus",
        "10.5",
        bi("扶養者 (5)在留資格", "Supporter (5) Status of residence"),
        uResidenceStatuses,
        {
          required: true,
        },
      ),
      period("uSupporterPeriod", "10.6", bi("扶養者 (6)在留期間", "Supporter (6) Period of stay")),
      date("uSupporterExpiry", "10.7", bi("扶養者 (7)在留期間の満了日", "Supporter (7) Date of expiration"), {
        required: true,
      }),
      select(
        "uSupporterRelation",
        "10.8",
        bi("扶養者 (8)申請人との関係（続柄）", "Supporter (8) Relationship with the applicant"),
        supporterRelations,
        { required: true },
      ),
    ),
    onlyWhen(
      { all: [supported, is("uSupporterRelation", "その他")] },
      freeWith(
        "uSupporterRelationOther",
        "10.9",
        bi("扶養者 (8)申請人との関係 その他", "Supporter (8) Relationship: other"),
        40,
        {
          required: true,
        },
      ),
    ),
    ...allOnlyWhen(
      supported,
      freeWith("uSupporterWorkplace", "10.10", bi("扶養者 (9)勤務先名称", "Supporter (9) Place of employment"), 60, {
        required: true,
        example: "○○株式会社",
      }),
      freeWith("uSupporterBranch", "10.11", bi("扶養者 (9)支店・事業所名", "Supporter (9) Branch / office"), 60, {
        example: "○○支店",
      }),
      ...corporateNumberItems("uSupporter", "10.12", bi("扶養者 (10)", "Supporter (10)")),
      employmentInsuranceNo(
        "uSupporterInsuranceNo",
        "10.13",
        bi("扶養者 (11)雇用保険適用事業所番号", "Supporter (11) Employment insurance office number"),
      ),
      postalCode(
        "uSupporterWorkPostalCode",
        "10.14",
        bi("扶養者 (12)勤務先 郵便番号", "Supporter (12) Workplace postal code"),
        {
          required: true,
        },
      ),
      address("uSupporterWorkAddress", "10.15", bi("扶養者 (12)勤務先 所在地", "Supporter (12) Workplace address"), {
        required: true,
      }),
      phone(
        "uSupporterWorkPhone",
        "10.16",
        bi("扶養者 (12)電話番号（勤務場所）", "Supporter (12) Workplace telephone"),
        {
          required: true,
        },
      ),
      digits("uSupporterIncome", "10.17", bi("扶養者 (13)年収（円）", "Supporter (13) Annual income (yen)"), 10, {
        requiredWhen: { field: "uSupporterStatus", notIn: ["外交", "公用"] },
        help: bi(
          "扶養者が「外交」又は「公用」の場合は入力不要。円単位、半角数字10文字以内",
          "Not needed if the supporter is a Diplomat or Official. In yen, up to 10 digits",
        ),
      }),
    ),
  ],
};

const nikkei = activity(DESIGNATED, "日系４世");
const person: Condition = { all: [nikkei, { filled: "uNikkeiName" }] };
/** A supporter who is not Japanese has a 在留カード (or an ED card) and a 在留資格. */
const foreignPerson: Condition = { all: [person, { field: "uNikkeiNationality", notIn: ["日本"] }] };
const body: Condition = { all: [nikkei, { filled: "uNikkeiOrgName" }] };

/** 所属機関等作成用2 U, 11–12: 日系四世受入れサポーター, a person or an organization. */
export const nikkeiU: SectionDef = {
  id: "u-nikkei",
  title: bi("日系四世受入れサポーター", "Supporter of a fourth-generation Nikkei"),
  fields: [
    onlyWhen(
      nikkei,
      nameFull("uNikkeiName", "11.1", bi("(1)氏名", "(1) Name"), {
        help: bi(
          "同サポーターが個人の場合に入力してください。全角、26文字以内",
          "If the supporter is a person. Full-width, up to 26",
        ),
      }),
    ),
    ...allOnlyWhen(
      person,
      birthDate("uNikkeiBirthDate", "11.2", bi("(2)生年月日", "(2) Date of birth")),
      select("uNikkeiNationality", "11.3", bi("(3)国籍・地域", "(3) Nationality/Region"), withJapan, {
        required: true,
      }),
    ),
    onlyWhen(
      foreignPerson,
      yesNo("uNikkeiHasCard", "11.4", bi("(4)在留カードの有無", "(4) Residence card"), {
        required: true,
        help: bi(
          "在留カードがない場合は、EDカード裏面右上に記載されているアルファベット4桁＋数字7桁のED番号を入力してください。",
          "Without a residence card, give the ED number (4 letters and 7 digits, top right on the back of the ED card).",
        ),
      }),
    ),
    onlyWhen(
      { all: [foreignPerson, isYes("uNikkeiHasCard")] },
      residenceCardNumber("uNikkeiCardNumber", "11.4", bi("(4)在留カード番号", "(4) Residence card number"), {
        required: true,
      }),
    ),
    ...allOnlyWhen(
      { all: [foreignPerson, is("uNikkeiHasCard", "無")] },
      text("uNikkeiEdLetters", "11.4", bi("EDカード番号（英字）", "ED card number (letters)"), {
        required: true,
        charClass: "halfUpper",
        maxLength: 4,
        width: "short",
        help: bi("半角英字(大文字入力)、4文字以内", "Capital letters, up to 4"),
        example: "ABCD",
      }),
      text("uNikkeiEdDigits", "11.4", bi("EDカード番号（数字）", "ED card number (digits)"), {
        required: true,
        charClass: "halfDigits",
        exactLength: 7,
        inputMode: "numeric",
        width: "short",
        help: bi("半角数字、7文字", "7 digits"),
        example: "1234567",
      }),
    ),
    onlyWhen(
      foreignPerson,
      select("uNikkeiStatus", "11.5", bi("(5)在留資格", "(5) Status of residence"), uResidenceStatuses, {
        required: true,
      }),
    ),
    onlyWhen(
      person,
      radio(
        "uNikkeiRelation",
        "11.6",
        bi("(6)申請人との関係", "(6) Relationship with the applicant"),
        [
          ["親族", "Relative"],
          ["友人・知人", "Friend / Acquaintance"],
          ["雇用主", "Employer"],
          ["その他", "Others"],
        ],
        { required: true },
      ),
    ),
    onlyWhen(
      { all: [person, is("uNikkeiRelation", "その他")] },
      freeWith("uNikkeiRelationOther", "11.7", bi("(6)申請人との関係 その他", "(6) Relationship: other"), 40, {
        required: true,
      }),
    ),
    ...allOnlyWhen(
      person,
      postalCode("uNikkeiPostalCode", "11.8", bi("(7)郵便番号", "(7) Postal code"), { required: true }),
      address("uNikkeiAddress", "11.9", bi("(7)住所", "(7) Address"), { required: true }),
      phone("uNikkeiPhone", "11.10", bi("(8)電話番号", "(8) Telephone number"), { required: true }),
    ),
    onlyWhen(
      nikkei,
      freeWith("uNikkeiOrgName", "12.1", bi("(1)団体名称", "(1) Name of the organization"), 40, {
        help: bi(
          "受入れサポーターが団体の場合に入力してください。40文字以内",
          "If the supporter is an organization. Up to 40 characters",
        ),
        example: "○○団体",
      }),
    ),
    ...allOnlyWhen(
      body,
      freeWith("uNikkeiOffice", "12.2", bi("(2)事業所名", "(2) Office"), 60, { example: "○○事業所" }),
      postalCode("uNikkeiOrgPostalCode", "12.3", bi("(3)郵便番号", "(3) Postal code"), { required: true }),
      address("uNikkeiOrgAddress", "12.4", bi("(3)所在地", "(3) Address"), { required: true }),
      phone("uNikkeiOrgPhone", "12.5", bi("(4)電話番号", "(4) Telephone number"), { required: true }),
    ),
  ],
};

/** The 代理人's 電話番号 or 携帯電話番号 (categories.md §1.3), and a 日系４世's supporter: a person or an organization. */
export const rulesU: FormRule[] = [
  repPhoneRule,
  { kind: "oneRequired", fields: ["uNikkeiName", "uNikkeiOrgName"], message: "required", when: nikkei },
];

/** 変更/更新 numbers of 申請人等作成用2 U (categories.md §12.2: COE − 5); 職歴 and 代理人 are not known. */
const CHANGE_ITEMS: Record<string, string> = {
  "22": "17",
  "24": "19",
  "25": "20",
  "26": "21",
  "27": "22",
  "28": "23",
  "29": "24",
  "30": "25",
};
const changeNumber = (n: string) => {
  const [item, ...rest] = n.split(".");
  return CHANGE_ITEMS[item] ? [CHANGE_ITEMS[item], ...rest].join(".") : undefined;
};

/** 区分U's sections of each form: 代理人 is item 32 on 認定 (inferred), unnumbered elsewhere. */
export const partsU: CategoryParts = (kind) => {
  const coe = kind === "coe";
  return {
    applicant: [
      coe ? applicantU : renumbered(applicantU, changeNumber),
      representativeAs(coe ? "32" : undefined),
      agent,
    ],
    organization: [organizationU(kind), workplaceU, termsU, employerU, supporterU, nikkeiU],
  };
};
