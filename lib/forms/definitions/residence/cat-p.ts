import type {
  Bilingual,
  Condition,
  FieldDef,
  FormRule,
  GroupField,
  Option,
  SectionDef,
  TextareaField,
} from "../../types";
import type { CategoryParts, ResidenceKind } from "./forms";
import { educationLevels } from "../../lists/educationLevels";
import { majorsUniversity } from "../../lists/majorsUniversity";
import { majorsSenmon } from "../../lists/majorsSenmon";
import { supporterRelations } from "../../lists/cat-u-activities";
import { agent, representative } from "./coe-n";
import {
  address,
  bi,
  corporateNumberItems,
  countOptions,
  dateWith,
  digits,
  type Extra,
  freeWith,
  fullWith,
  is,
  isYes,
  nameFull,
  onlyWhen,
  options,
  phone,
  postalCode,
  radio,
  renumbered,
  select,
  text,
  withJapan,
  yearMonthOrYear,
  yesNo,
} from "./parts";

// 区分P (留学): 申請人等作成用2–3 P and 所属機関等作成用1–2 P, item by item as the official bulk tool's
// sheet 申請情報入力(区分P) has them (categories.md §8.3), with the 認定 paper numbers of its 列項目TBL
// (§8.1) and the 変更/更新 numbers of the ISA form 申請人等作成用2–3 P（在留期間更新・在留資格変更用）
// (§8.2). The sheet's help texts tie many items to the 在籍区分 of the organization part; those on the
// applicant's step stay visible and become required once the 在籍区分 asks for them.

// ---- Choice lists of the sheet (マスタ of the bulk tool) -------------------------------------------

/** CB26 在籍状況. */
const enrollmentStatuses = options([
  ["卒業", "Graduated"],
  ["在学中", "In school"],
  ["休学中", "Temporary absence"],
  ["中退", "Withdrawal"],
]);

/** CA79_1 最終学歴: the common list with 小学校 before その他. */
const educationLevelsP: Option[] = [
  ...educationLevels.filter((o) => o.value !== "その他"),
  { value: "小学校", label: bi("小学校", "Elementary school") },
  ...educationLevels.filter((o) => o.value === "その他"),
];

/** CB07 滞在費支弁方法. */
const supportMethods = options([
  ["本人負担", "Self"],
  ["在外経費支弁者負担", "Supporter living abroad"],
  ["在日経費支弁者負担", "Supporter in Japan"],
  ["奨学金", "Scholarship"],
  ["その他", "Others"],
]);

const PUBLIC_INTEREST = "公益社団法人又は公益財団法人";

/** CA78 奨学金支給機関. */
const scholarshipBodies = options([
  ["外国政府", "Foreign government"],
  ["日本国政府", "Japanese government"],
  ["地方公共団体", "Local government"],
  [PUBLIC_INTEREST, "Public interest incorporated association / Public interest incorporated foundation"],
  ["その他", "Others"],
]);

/** CA86 卒業後の予定. */
const afterGraduation = options([
  ["帰国", "Return to home country"],
  ["日本での進学", "Enter school of higher education in Japan"],
  ["日本での就職", "Find work in Japan"],
  ["その他", "Others"],
]);

/** CB21 授業形態. */
const classTypes = options([
  ["昼間制", "Day classes"],
  ["昼夜間制", "Day-Evening classes"],
  ["夜間制", "Evening classes"],
  [
    "サテライト制（双方向通信による遠隔授業を受ける場合に選択）",
    "Satellite program (Select when attending bidirectional remote classes)",
  ],
  [
    "通信制（単位の一部をビデオ又はインターネット等による教育により取得できる場合を含む。）",
    "Correspondence course (Including credits by e-Learning)",
  ],
]);

/** CC01 学生交換計画の策定主体. */
const exchangeBodies = options([
  ["国又は地方公共団体の機関", "National or local government"],
  ["独立行政法人", "Incorporated administrative agency"],
  ["国立大学法人", "National university corporation"],
  ["学校法人", "Educational foundation"],
  [PUBLIC_INTEREST, "Public interest incorporated association or public interest incorporated foundation"],
  ["その他", "Others"],
]);

/** CA91 在籍区分 (24), in the tool's order: the conditions below name ranges of it. */
const enrollmentPairs: [string, string][] = [
  ["大学院（博士）", "Doctor"],
  ["大学院（修士）", "Master"],
  [
    "大学院（非正規生／専ら聴講によらない）",
    "Graduate school (Non-regular / not study through auditing courses exclusively)",
  ],
  [
    "大学院（非正規生／専ら聴講による）",
    "Graduate school (Non-regular student / study through auditing courses exclusively)",
  ],
  ["大学（正規生）", "University (Regular student)"],
  [
    "大学（非正規生／専ら聴講によらない）",
    "University (Non-regular student / not study through auditing courses exclusively)",
  ],
  ["大学（非正規生／専ら聴講による）", "University (Non-regular student / study through auditing courses exclusively)"],
  ["短期大学（正規生）", "Junior college (Regular student)"],
  [
    "短期大学（非正規生／専ら聴講によらない）",
    "Junior college (Non-regular / not study through auditing courses exclusively)",
  ],
  [
    "短期大学（非正規生／専ら聴講による）",
    "Junior college (Non-regular student / study through auditing courses exclusively)",
  ],
  ["高等専門学校", "Technical school"],
  ["専修学校（専門課程）", "Advanced vocational school (Specialized course)"],
  ["専修学校（高等課程）", "Advanced vocational school (Higher course)"],
  ["専修学校（一般課程）", "Advanced vocational school (General course)"],
  ["各種学校", "Miscellaneous school"],
  ["日本語教育機関（大学）", "Japanese-language institutes (University)"],
  ["日本語教育機関（短期大学）", "Japanese-language institutes (Junior college)"],
  ["日本語教育機関（専修学校）", "Japanese-language institutes (Advanced vocational school)"],
  ["日本語教育機関（各種学校）", "Japanese-language institutes (Miscellaneous school)"],
  ["日本語教育機関（その他）", "Japanese-language institutes (Others)"],
  ["高等学校", "Senior high school"],
  ["中学校", "Junior high school"],
  ["小学校", "Elementary school"],
  ["その他", "Others"],
];
const enrollments = options(enrollmentPairs);
const range = (from: string, to: string) => {
  const values = enrollmentPairs.map(([ja]) => ja);
  return values.slice(values.indexOf(from), values.indexOf(to) + 1);
};

/** CA80 学部・課程: the university majors without 介護福祉 (24). */
const faculties = majorsUniversity.filter((o) => o.value !== "介護福祉");
/** CA93 専門課程名称: the 専門学校 majors without 介護福祉 (9). */
const courses = majorsSenmon.filter((o) => o.value !== "介護福祉");

/** CB50 複数の学校での聴講の有無. */
const auditMultiple = options([
  ["無（１校のみ）", "No (one school only)"],
  ["有", "Yes"],
]);

/** CA87 送金・携行等の別 (変更/更新 22(2); the list of the 区分J/T sheets). */
const remittanceKinds = options([
  ["外国からの携行", "Carrying from abroad"],
  ["外国からの送金", "Remittances from abroad"],
  ["その他", "Others"],
]);

// ---- Conditions on the 在籍区分 (the sheet's help texts) --------------------------------------------

const enrolled = (...values: string[]): Condition => is("pEnrollment", ...values);
/** 大学院（博士）～短期大学（非正規生／専ら聴講による）: 学部・課程. */
const universityLevel = enrolled(...range("大学院（博士）", "短期大学（非正規生／専ら聴講による）"));
/** 大学院（博士）～大学院（非正規生／専ら聴講による）: 所属予定の研究室. */
const graduateLevel = enrolled(...range("大学院（博士）", "大学院（非正規生／専ら聴講による）"));
/** 大学院（博士）～大学（非正規生／専ら聴講による）: 研究室名等. */
const labLevel = enrolled(...range("大学院（博士）", "大学（非正規生／専ら聴講による）"));
/** 専ら聴講による: 聴講科目等. */
const auditing = enrolled(
  "大学院（非正規生／専ら聴講による）",
  "大学（非正規生／専ら聴講による）",
  "短期大学（非正規生／専ら聴講による）",
);
/** 高等専門学校～各種学校: 専門課程名称. */
const vocational = enrolled(...range("高等専門学校", "各種学校"));
/** 専修学校又は各種学校において日本語教育以外の教育を受ける場合: 日本語能力. */
const vocationalNotJapanese = enrolled(...range("専修学校（専門課程）", "各種学校"));
/** 専修学校、各種学校、中学校又は小学校 (日本語教育機関 of those kinds included): 生活指導担当者. */
const lifeAdvisorCase = enrolled(
  ...range("専修学校（専門課程）", "各種学校"),
  "日本語教育機関（専修学校）",
  "日本語教育機関（各種学校）",
  "中学校",
  "小学校",
);
/** 高等学校、中学校又は小学校: 学生交換計画. */
const schoolAge = enrolled("高等学校", "中学校", "小学校");
/** 中学校又は小学校: 監護人. */
const guardianCase = enrolled("中学校", "小学校");

// ---- Field shapes -----------------------------------------------------------------------------

/** YYYYMM, 6 digits (卒業年月, 期間). */
const yearMonth = (name: string, number: string, label: Bilingual, extra: Extra = {}) =>
  text(name, number, label, {
    rule: "yearMonth",
    charClass: "halfDigits",
    exactLength: 6,
    inputMode: "numeric",
    width: "short",
    help: bi("半角数字6文字（YYYYMM）", "6 digits, YYYYMM"),
    example: "200101",
    ...extra,
  });
/** 経歴's 始期/終期: YYYYMM, or YYYY where the tool's 月不詳 is chosen. */
const historyYearMonth = (name: string, number: string, label: Bilingual, extra: Extra = {}) =>
  yearMonthOrYear(name, number, label, {
    help: bi(
      "半角数字6文字（例 200101）。月が不明な場合は年のみ4文字（例 2001）",
      "6 digits, e.g. 200101; if the month is unknown, the year only, e.g. 2001",
    ),
    ...extra,
  });
const textarea = (name: string, number: string, label: Bilingual, max: number, required = false): TextareaField => ({
  type: "textarea",
  name,
  number,
  label,
  maxLength: max,
  required,
  help: bi(`${max}文字以内`, `Up to ${max} characters`),
});

// ---- Numbers ------------------------------------------------------------------------------------

/** 認定 item → 変更/更新 item of 申請人等作成用2–3 P (§8.2): 25 経歴 has none, 23 資格外活動 is new. */
const changeItem: Record<string, string> = {
  "23": "18",
  "24": "19",
  "26": "20",
  "27": "21",
  "28": "22",
  "29": "24",
  "30": "25",
  "31": "26",
};

/** A field's number on this form, from its 認定 number: 変更/更新 renumbered, 取得 unknown. */
const numberer = (kind: ResidenceKind) => (coe: string) => {
  if (kind === "coe") return coe;
  if (kind === "acquisition") return "";
  const [major, ...rest] = coe.split(".");
  return changeItem[major] ? [changeItem[major], ...rest].join(".") : "";
};

// ---- 申請人等作成用2–3 P --------------------------------------------------------------------------

function applicantFields(kind: ResidenceKind): FieldDef[] {
  const n = numberer(kind);
  const coe = kind === "coe";
  const card = kind === "change" || kind === "extension";
  // 18・19 on 更新 only when going on to a higher school or changing school; on 変更 and 取得 always.
  const educationAsked = kind !== "extension";
  const eduRequired: { required?: boolean; requiredWhen?: Condition } = educationAsked
    ? { required: true }
    : { requiredWhen: { filled: "pEducationStatus" } };
  const eduHelp = educationAsked
    ? {}
    : {
        help: bi(
          "在留資格変更の場合又は進学若しくは転学の場合に入力してください。",
          "Fill in when changing status, going on to a higher school or changing school.",
        ),
      };
  // The paper's (n) of 滞在費の支弁方法等: 変更/更新 adds (2)送金・携行等の別.
  const [sup, rel, sch] = coe ? ["2", "3", "4"] : ["3", "4", "5"];

  const history: GroupField = onlyWhen(isYes("pHasHistory"), {
    type: "group",
    name: "pHistory",
    number: "25",
    label: bi("経歴", "Career and education history"),
    help: bi(
      "直近5年の職歴及び学歴（高等学校卒業以降のものに限る）。外国におけるものを含みます。最大10件",
      "Employment and education of the last 5 years (after senior high school), including abroad; up to 10",
    ),
    required: true,
    max: 10,
    fields: [
      select("country", "25.2", bi("国・地域名", "Country/Region"), withJapan, { required: true }),
      historyYearMonth("from", "25.4", bi("始期（年月）", "From (year and month)"), { required: true }),
      historyYearMonth("to", "25.6", bi("終期（年月）", "To (year and month)"), {
        help: bi(
          "継続中の場合は空欄。半角数字6文字、月が不明な場合は年のみ4文字",
          "Leave empty if it continues. 6 digits; the year only if the month is unknown",
        ),
      }),
      text("orgRoman", "25.7", bi("機関名（英字表記）", "Institution (in Roman letters)"), {
        required: true,
        maxLength: 200,
        help: bi("半角、200文字以内", "Half-width characters, up to 200"),
        example: "XXXX University",
      }),
      freeWith("orgKanji", "25.8", bi("機関名（漢字表記）", "Institution (in kanji)"), 60, { example: "○○大学" }),
    ],
  });

  const support: GroupField = {
    type: "group",
    name: "pSupport",
    number: n("28"),
    label: bi("滞在費支弁方法等", "Method of support to pay for expenses while in Japan"),
    help: bi(
      "生活費、学費及び家賃等全てについて入力してください。複数選択可、最大10件",
      "For living expenses, tuition, rent and all else; several may apply, up to 10",
    ),
    required: true,
    max: 10,
    fields: [
      select("method", n("28.1"), bi("(1)支弁方法", "(1) Method of support"), supportMethods, { required: true }),
      onlyWhen(
        is("method", "その他"),
        textarea("methodOther", n("28.2"), bi("(1)支弁方法 その他", "(1) Other method"), 600, true),
      ),
      digits("monthly", n("28.3"), bi("(1)月平均支弁額（円）", "(1) Amount of support per month, average (yen)"), 8, {
        required: true,
        help: bi("円単位。半角数字、8文字以内", "In yen. Up to 8 digits"),
        example: "100000",
      }),
      onlyWhen(
        is("method", "奨学金"),
        select(
          "scholarshipBody",
          n("28.4"),
          bi(`(${sch})奨学金支給機関`, `(${sch}) Organization which provides the scholarship`),
          scholarshipBodies,
          { required: true },
        ),
      ),
      onlyWhen(
        is("scholarshipBody", PUBLIC_INTEREST),
        freeWith("scholarshipName", n("28.5"), bi("奨学金支給機関 機関名", "Name of the organization"), 40, {
          required: true,
        }),
      ),
      onlyWhen(
        is("scholarshipBody", "その他"),
        freeWith("scholarshipOther", n("28.6"), bi("奨学金支給機関 その他", "Other organization"), 40, {
          required: true,
        }),
      ),
    ],
  };

  const supporters: GroupField = {
    type: "group",
    name: "pSupporters",
    number: n("28"),
    label: bi("経費支弁者", "Supporter"),
    help: bi(
      "複数人いる場合は、全てについて入力してください。最大10人",
      "If there is more than one, give all of them; up to 10",
    ),
    max: 10,
    fields: [
      nameFull("name", n("28.7"), bi(`(${sup})支弁者氏名`, `(${sup}) Name`), { required: true }),
      select("country", n("28.8"), bi(`(${sup})住所（国・地域）`, `(${sup}) Address: country/region`), withJapan, {
        required: true,
      }),
      fullWith("address", n("28.9"), bi(`(${sup})住所`, `(${sup}) Address`), 80, {
        required: true,
        example: "東京都千代田区１－１－１霞ヶ関ハイツ２０２号",
      }),
      digits("phone", n("28.10"), bi(`(${sup})電話番号`, `(${sup}) Telephone number`), 12, { example: "0312345678" }),
      freeWith(
        "occupation",
        n("28.11"),
        bi(`(${sup})職業（勤務先の名称）`, `(${sup}) Occupation (place of employment)`),
        60,
        {
          required: true,
          example: "○○株式会社",
        },
      ),
      digits(
        "workPhone",
        n("28.12"),
        bi(`(${sup})電話番号（勤務先）`, `(${sup}) Telephone number (place of employment)`),
        12,
      ),
      digits("income", n("28.13"), bi(`(${sup})年収（円）`, `(${sup}) Annual income (yen)`), 10, { required: true }),
      select(
        "relationship",
        n("28.14"),
        bi(`(${rel})申請人との関係`, `(${rel}) Relationship with the applicant`),
        supporterRelations,
        {
          required: true,
          help: bi(
            "支弁方法で在外経費支弁者負担又は在日経費支弁者負担を選択した場合の支弁者について選択してください。",
            "For a supporter living abroad or in Japan.",
          ),
        },
      ),
      onlyWhen(
        is("relationship", "その他"),
        freeWith("relationshipOther", n("28.15"), bi("申請人との関係 その他", "Other relationship"), 40, {
          required: true,
        }),
      ),
    ],
  };

  /** 変更/更新 22(2), from the paper form; the online shape is that of the 区分J/T sheets. */
  const remittances: GroupField = {
    type: "group",
    name: "pRemittances",
    number: n("28"),
    label: bi("(2)送金・携行等の別", "(2) Remittances from abroad or carrying cash"),
    max: 3,
    fields: [
      select("kind", "", bi("送金・携行等の別", "Remittance or carrying"), remittanceKinds, { required: true }),
      digits("amount", "", bi("金額（円）", "Amount (yen)"), 8, { required: true }),
      onlyWhen(
        is("kind", "外国からの携行"),
        fullWith("carrier", "", bi("携行者", "Name of the individual carrying cash"), 26, { required: true }),
      ),
      onlyWhen(
        is("kind", "外国からの携行"),
        dateWith("carriedOn", "", bi("携行時期", "Date of carrying cash"), { required: true }),
      ),
    ],
  };

  /** 変更/更新 23, from the paper form. */
  const extraWork: FieldDef[] = [
    yesNo(
      "pExtraWork",
      "23",
      bi("資格外活動の有無", "Activities other than those permitted under the status of residence previously granted"),
      {
        required: true,
        help: bi(
          "有の場合は(1)から(4)までを入力してください（複数ある場合は全て）。",
          "If yes, fill in (1) to (4) for each of them.",
        ),
      },
    ),
    onlyWhen(isYes("pExtraWork"), {
      type: "group",
      name: "pExtraWorks",
      number: "23",
      label: bi("資格外活動", "Activities other than those permitted"),
      required: true,
      max: 3,
      fields: [
        freeWith("content", "", bi("(1)内容", "(1) Type of work"), 40, { required: true, example: "飲食店での接客" }),
        freeWith("employer", "", bi("(2)勤務先名称", "(2) Place of employment"), 60, { required: true }),
        phone("phone", "", bi("(2)電話番号", "(2) Telephone number"), { required: true }),
        digits("hours", "", bi("(3)週間稼働時間", "(3) Work time per week (hours)"), 2, { required: true }),
        digits("pay", "", bi("(4)報酬（円）", "(4) Salary (yen)"), 8, { required: true }),
        radio(
          "payUnit",
          "",
          bi("(4)報酬 月額・日額", "(4) Salary: monthly or daily"),
          [
            ["月額", "Monthly"],
            ["日額", "Daily"],
          ],
          { required: true },
        ),
      ],
    } satisfies GroupField),
  ];

  return [
    select(
      "pStudyYears",
      n("23"),
      bi("修学年数（小学校～最終学歴）", "Total period of education (from elementary school to last institution)"),
      countOptions(0, 40, bi("年", "years")),
      educationAsked ? { required: true } : eduHelp,
    ),
    select(
      "pEducationStatus",
      n("24.1"),
      bi("最終学歴（又は在学中の学校） (1)在籍状況", "Education (last school or present school) (1) Enrollment"),
      enrollmentStatuses,
      {
        ...(educationAsked ? { required: true } : {}),
        help: bi(
          "卒業した教育機関の中で、最も教育水準の高い教育機関について選択してください。",
          "The institution of the highest level of education you attended.",
        ),
      },
    ),
    select("pEducationLevel", n("24.2"), bi("最終学歴 (1)区分", "Education (1) Level"), educationLevelsP, eduRequired),
    onlyWhen(
      is("pEducationLevel", "その他"),
      freeWith("pEducationOther", n("24.3"), bi("最終学歴 (1)その他", "Education: other"), 40, {
        required: true,
        example: "○○学校卒業",
      }),
    ),
    fullWith("pLastSchoolName", n("24.4"), bi("最終学歴 (2)学校名", "Education (2) Name of the school"), 60, {
      ...eduRequired,
      example: "○○大学",
    }),
    yearMonth(
      "pGraduation",
      n("24.5"),
      bi("最終学歴 (3)卒業又は卒業見込み年月", "Education (3) Date of graduation or expected graduation"),
      eduRequired,
    ),
    ...(coe
      ? [
          yesNo("pHasHistory", "25.1", bi("経歴の有無", "Career and education history"), {
            required: true,
            help: bi(
              "直近5年の職歴及び学歴（高等学校卒業以降のものに限る）。外国におけるものを含みます。",
              "Employment and education of the last 5 years (after senior high school), including abroad.",
            ),
          }),
          history,
        ]
      : []),
    // 日本語能力: for study other than Japanese at a 専修学校 or 各種学校.
    yesNo("pJaTest", n("26.1"), bi("日本語能力 試験による証明", "Japanese ability: proof based on a test"), {
      requiredWhen: vocationalNotJapanese,
      help: bi(
        "専修学校又は各種学校において日本語教育以外の教育を受ける場合に選択してください。",
        "When you study at an advanced vocational or miscellaneous school (except Japanese language).",
      ),
    }),
    onlyWhen(
      isYes("pJaTest"),
      freeWith("pJaTestName", n("26.2"), bi("(1)試験名", "(1) Name of the test"), 40, {
        required: true,
        example: "日本語能力試験",
      }),
    ),
    onlyWhen(
      isYes("pJaTest"),
      freeWith("pJaTestLevel", n("26.3"), bi("(2)級又は点数", "(2) Attained level or score"), 40, {
        required: true,
        example: "N1",
      }),
    ),
    yesNo(
      "pJaSchool",
      n("26.4"),
      bi(
        "日本語能力 日本語教育を受けた教育機関及び期間",
        "Japanese ability: organization and period of Japanese language education",
      ),
      { requiredWhen: vocationalNotJapanese },
    ),
    onlyWhen(
      isYes("pJaSchool"),
      fullWith("pJaSchoolName", n("26.5"), bi("機関名", "Organization"), 60, {
        required: true,
        example: "○○日本語学校",
      }),
    ),
    onlyWhen(
      isYes("pJaSchool"),
      yearMonth("pJaSchoolFrom", n("26.6"), bi("期間（始期）", "Period: from"), { required: true }),
    ),
    onlyWhen(
      isYes("pJaSchool"),
      yearMonth("pJaSchoolTo", n("26.7"), bi("期間（終期）", "Period: to"), { required: true }),
    ),
    yesNo("pJaOther", n("26.8"), bi("日本語能力 その他", "Japanese ability: others"), {
      requiredWhen: vocationalNotJapanese,
    }),
    onlyWhen(
      isYes("pJaOther"),
      freeWith("pJaOtherDetail", n("26.9"), bi("その他の内容", "Others: details"), 40, { required: true }),
    ),
    // 日本語学習歴: for study at a 高等学校.
    fullWith(
      "pJaStudyName",
      n("27.1"),
      bi(
        "日本語学習歴 日本語の教育又は日本語による教育を受けた教育機関 機関名",
        "Japanese education history: organization",
      ),
      60,
      {
        requiredWhen: enrolled("高等学校"),
        help: bi(
          "高等学校において教育を受ける場合に入力してください。全角、60文字以内",
          "When you study at a senior high school. Full-width characters, up to 60",
        ),
      },
    ),
    yearMonth("pJaStudyFrom", n("27.2"), bi("日本語学習歴 期間（始期）", "Japanese education history: from"), {
      requiredWhen: enrolled("高等学校"),
    }),
    yearMonth("pJaStudyTo", n("27.3"), bi("日本語学習歴 期間（終期）", "Japanese education history: to"), {
      requiredWhen: enrolled("高等学校"),
    }),
    support,
    ...(coe ? [] : [remittances]),
    supporters,
    ...(card ? extraWork : []),
    select("pAfterGraduation", n("29"), bi("卒業後の予定", "Plan after graduation"), afterGraduation, {
      required: true,
    }),
    onlyWhen(
      is("pAfterGraduation", "その他"),
      freeWith("pAfterGraduationOther", n("29"), bi("卒業後の予定 その他", "Plan after graduation: other"), 40, {
        required: true,
      }),
    ),
    // 本邦における申請人の監護人: when the school is a 中学校 or 小学校.
    nameFull("pGuardianName", n("30.1"), bi("本邦における申請人の監護人 (1)氏名", "Guardian in Japan (1) Name"), {
      requiredWhen: guardianCase,
      help: bi(
        "通学先が中学校又は小学校の場合に入力してください。全角、26文字以内",
        "When the school is a junior high or elementary school. Full-width characters, up to 26",
      ),
    }),
    freeWith("pGuardianRelationship", n("30.2"), bi("(2)本人との関係", "(2) Relationship with the applicant"), 40, {
      requiredWhen: guardianCase,
      example: "叔父",
    }),
    postalCode("pGuardianPostalCode", n("30.3"), bi("(3)郵便番号", "(3) Postal code"), { requiredWhen: guardianCase }),
    address("pGuardianAddress", n("30.4"), bi("(3)住所", "(3) Address"), { requiredWhen: guardianCase }),
    phone("pGuardianPhone", n("30.5"), bi("(3)電話番号", "(3) Telephone number")),
    phone("pGuardianMobile", n("30.6"), bi("(3)携帯電話番号", "(3) Cellular phone number"), {
      example: "09012345678",
    }),
  ];
}

// ---- 所属機関等作成用1–2 P ------------------------------------------------------------------------

function organizationFields(kind: ResidenceKind): FieldDef[] {
  // The organization page's numbers are known for 認定 only (§8.1).
  const o = (coe: string) => (kind === "coe" ? coe : "");
  const card = kind === "change" || kind === "extension";
  return [
    freeWith("pSchoolName", o("2.1"), bi("通学先 (1)学校名", "Place of study (1) Name of school"), 60, {
      required: true,
      example: "○○大学",
    }),
    postalCode("pSchoolPostalCode", o("2.2"), bi("通学先 (2)郵便番号", "Place of study (2) Postal code"), {
      required: true,
    }),
    address("pSchoolAddress", o("2.3"), bi("通学先 (2)所在地", "Place of study (2) Address"), { required: true }),
    phone("pSchoolPhone", o("2.4"), bi("通学先 (2)電話番号", "Place of study (2) Telephone number"), {
      required: true,
    }),
    freeWith("pSchoolCorporation", o("2.5"), bi("通学先 (3)法人名", "Place of study (3) Name of the corporation"), 60, {
      example: "学校法人○○学園",
    }),
    ...corporateNumberItems("pSchool", o("2.6"), bi("通学先 (4)", "(4)")),
    select("pClassType", o("2.7"), bi("通学先 (5)授業形態", "Place of study (5) Type of classes"), classTypes, {
      required: true,
    }),
    onlyWhen(
      lifeAdvisorCase,
      nameFull(
        "pLifeAdvisor",
        o("2.8"),
        bi("通学先 (6)生活指導担当者名", "Place of study (6) Staff member in charge of guidance on daily life"),
        {
          required: true,
          help: bi(
            "通学先が専修学校、各種学校、中学校又は小学校の場合に入力してください。全角、26文字以内",
            "For an advanced vocational, miscellaneous, junior high or elementary school. Full-width, up to 26",
          ),
        },
      ),
    ),
    onlyWhen(
      schoolAge,
      yesNo(
        "pExchangePlan",
        o("2.9"),
        bi("通学先 (7)学生交換計画の有無", "Place of study (7) Student exchange programme"),
        {
          required: true,
          help: bi(
            "通学先が高等学校、中学校又は小学校の場合に選択してください。",
            "For a senior high, junior high or elementary school.",
          ),
        },
      ),
    ),
    onlyWhen(
      isYes("pExchangePlan"),
      select(
        "pExchangeBody",
        o("2.10"),
        bi("(7)当該計画の策定主体", "(7) Body that drew up the programme"),
        exchangeBodies,
        { required: true },
      ),
    ),
    onlyWhen(
      is("pExchangeBody", "その他"),
      freeWith("pExchangeBodyOther", o("2.11"), bi("(7)策定主体 その他", "(7) Other body"), 40, { required: true }),
    ),
    dateWith("pEntryDate", o("3"), bi("入学年月日", "Date of admission"), { required: true }),
    digits("pClassHours", o("4"), bi("週間授業時間", "Hours of classes per week"), 3, {
      required: true,
      help: bi("予定を含む。時間単位。半角数字、3文字以内", "Planned hours included; in hours. Up to 3 digits"),
      example: "28",
    }),
    select("pEnrollment", o("5.1"), bi("在籍区分", "Category of enrollment"), enrollments, { required: true }),
    onlyWhen(
      enrolled("その他"),
      textarea("pEnrollmentOther", o("5.2"), bi("在籍区分 その他", "Category of enrollment: other"), 600, true),
    ),
    onlyWhen(
      universityLevel,
      select("pFaculty", o("6.1"), bi("学部・課程", "Faculty / course"), faculties, { required: true }),
    ),
    onlyWhen(
      is("pFaculty", "その他人文・社会科学", "その他自然科学", "その他"),
      freeWith("pFacultyOther", o("6.2"), bi("学部・課程 その他", "Faculty / course: details"), 40, {
        required: true,
        example: "○○学",
      }),
    ),
    // 認定 (and 取得): the laboratory the student is to join; 変更/更新 ask 研究室名等 below instead.
    ...(card
      ? []
      : [
          onlyWhen(
            graduateLevel,
            freeWith("pLabPlanned", o("7.1"), bi("所属予定の研究室 (1)研究室名", "Laboratory to join (1) Name"), 60, {
              required: true,
              example: "○○研究室",
            }),
          ),
          onlyWhen(
            graduateLevel,
            nameFull(
              "pLabPlannedSupervisor",
              o("7.2"),
              bi("所属予定の研究室 (2)指導教員氏名", "Laboratory to join (2) Supervisor"),
              { required: true },
            ),
          ),
        ]),
    onlyWhen(
      vocational,
      select("pCourse", o("8.1"), bi("専門課程名称", "Name of the specialized course"), courses, { required: true }),
    ),
    onlyWhen(
      is("pCourse", "その他"),
      freeWith("pCourseOther", o("8.2"), bi("専門課程名称 その他", "Specialized course: other"), 40, {
        required: true,
        example: "○○学",
      }),
    ),
    ...(card
      ? [
          digits("pCreditsYear", "", bi("通学先の取得単位数（過去1年間）", "Credits earned in the past year"), 3),
          digits(
            "pCreditsTotal",
            "",
            bi("通学先の取得単位数（入学から現在まで）", "Credits earned since admission"),
            3,
          ),
          digits("pAttendance", "", bi("通学先の出席率（％）", "Attendance rate (%)"), 3, {
            help: bi(
              "現在の在留期間中における出席率。大学において作成していない場合は入力不要です。半角数字、3文字以内",
              "During the present period of stay; not needed where the university does not keep it. Up to 3 digits",
            ),
          }),
        ]
      : []),
    fullWith("pBrokerName", o("9.1"), bi("仲介業者又は仲介者 (1)名称", "Agency or intermediary (1) Name"), 60, {
      help: bi(
        "外国（国外）の機関について入力してください。機関の場合は機関名、個人の場合は個人名。全角、60文字以内",
        "An agency or person abroad, if any: the agency's or person's name. Full-width, up to 60",
      ),
    }),
    freeWith("pBrokerAddress", o("9.2"), bi("仲介業者又は仲介者 (2)住所", "Agency or intermediary (2) Address"), 200, {
      requiredWhen: { filled: "pBrokerName" },
      example: "米国　ニューヨーク",
    }),
    freeWith(
      "pBrokerRegistration",
      o("9.3"),
      bi("仲介業者又は仲介者 (3)本国政府による登録番号", "(3) Registration number given by the home government"),
      40,
      { help: bi("ベトナムの場合に入力してください。40文字以内", "For Viet Nam. Up to 40 characters") },
    ),
    yearMonth("pGraduationPlanned", o("10"), bi("卒業年月（予定）", "Date of graduation, expected (year and month)"), {
      help: bi(
        "半角数字6文字（YYYYMM）。交換留学生の場合は「交換留学受入満了年月」に入力してください。",
        "6 digits, YYYYMM. Exchange students fill in the end of the exchange instead.",
      ),
    }),
    yearMonth("pExchangeEnd", o("11"), bi("交換留学受入満了年月", "End of the exchange (year and month)")),
    yesNo(
      "pStudentControl",
      o("12"),
      bi(
        "留学生の出席状況、出入国管理及び難民認定法の規定の遵守状況、学習状況等の管理体制の有無",
        "A system to keep track of students' attendance, compliance with the Immigration Act and studies",
      ),
      { required: true },
    ),
    ...(card
      ? [
          freeWith("pPrevSchool", "", bi("前通学先 (1)学校名", "Previous school (1) Name"), 60, {
            help: bi(
              "現在の在留期間中において、現在とは異なる通学先がある場合に入力してください。60文字以内",
              "If you went to another school during the present period of stay. Up to 60 characters",
            ),
          }),
          dateWith(
            "pPrevSchoolLeft",
            "",
            bi("前通学先 (2)卒業（又は離籍）年月日", "Previous school (2) Date of leaving"),
            {
              requiredWhen: { filled: "pPrevSchool" },
              past: true,
            },
          ),
          digits("pPrevAttendance", "", bi("前通学先 (3)出席率（％）", "Previous school (3) Attendance rate (%)"), 3),
          onlyWhen(labLevel, freeWith("pLab", "", bi("研究室名等 (1)研究室名", "Laboratory (1) Name"), 60)),
          onlyWhen(
            labLevel,
            textarea("pLabTheme", "", bi("研究室名等 (2)研究テーマ", "Laboratory (2) Research theme"), 600),
          ),
          onlyWhen(
            labLevel,
            nameFull("pLabSupervisor", "", bi("研究室名等 (3)指導教員氏名", "Laboratory (3) Supervisor")),
          ),
          onlyWhen(
            auditing,
            freeWith("pAuditSubjects", "", bi("聴講科目等 (1)聴講科目", "Auditing (1) Courses audited"), 40, {
              required: true,
            }),
          ),
          onlyWhen(
            auditing,
            select(
              "pAuditMultiple",
              "",
              bi("聴講科目等 (2)複数の学校での聴講の有無", "Auditing (2) At more than one school"),
              auditMultiple,
              { required: true },
            ),
          ),
        ]
      : []),
  ];
}

const PART_APPLICANT = bi("留学（申請人に関する情報等）", "Student: about the applicant");
const PART_ORGANIZATION = bi("留学（所属機関に関する情報等）", "Student: about the school");

/** 代理人: 認定 31, 変更/更新 26, 取得 unknown. */
const representativeP = (kind: ResidenceKind): SectionDef => {
  const n = numberer(kind);
  return renumbered(representative, (x) => n(x.replace(/^27/, "31")) || undefined);
};

/** The 区分P sections of each form: the applicant's (with 代理人 and 取次者) and the school's. */
export const partsP: CategoryParts = (kind) => ({
  applicant: [
    { id: "p-applicant", title: PART_APPLICANT, fields: applicantFields(kind) },
    representativeP(kind),
    agent,
  ],
  organization: [{ id: "p-organization", title: PART_ORGANIZATION, fields: organizationFields(kind) }],
});

/** A guardian's telephone or mobile (中学校・小学校), and 卒業年月（予定） or 交換留学受入満了年月. */
export const rulesP: FormRule[] = [
  { kind: "oneRequired", fields: ["pGuardianPhone", "pGuardianMobile"], message: "phoneOrMobile", when: guardianCase },
  { kind: "oneRequired", fields: ["pGraduationPlanned", "pExchangeEnd"], message: "required" },
];
