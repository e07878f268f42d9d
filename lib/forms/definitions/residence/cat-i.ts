import type { Bilingual, FieldDef, FormRule, GroupField, LeafField, Option, SectionDef } from "../../types";
import { industries } from "../../lists/industries";
import { educationLevels } from "../../lists/educationLevels";
import { majorsUniversity } from "../../lists/majorsUniversity";
import { majorsSenmon } from "../../lists/majorsSenmon";
import { agent, repPhoneRule, representativeAs } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  activityDetail,
  address,
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
  MONTH_KNOWN,
  MONTH_UNKNOWN,
  monthUnknown,
  nameFull,
  noContractHelp,
  onlyWhen,
  options,
  periodItems,
  phone,
  postalCode,
  radio,
  renumbered,
  select,
  text,
  withJapan,
  yearMonth,
  yesNo,
} from "./parts";

// 区分I (教授 / 教育): 申請人等作成用2 I and 所属機関等作成用 I, item by item as the official bulk tool's
// sheet 申請情報入力(区分I) has them (../shared/domain/categories.md §2.3), numbered as the COE form's
// 列項目TBL (§2.1). 変更/更新 (and 取得) use the 変更 numbers known from §2.2; the rest is unnumbered
// (docs/categories/i.md). Items the sheet asks only for 「教育」 or 「教授」 follow the chosen status.

const PROFESSOR = "教授";
const INSTRUCTOR = "教育";
const professor = is("status", PROFESSOR);
const instructor = is("status", INSTRUCTOR);

/** 職種 (CC02_1) by 入国目的: I1 教授 and I2 教育; English as on the paper form's 別紙 職種一覧. */
const occupationsProfessor = options([
  ["研究", "Research"],
  ["研究の指導", "Research guidance"],
  ["教育（大学等）", "Education(university,etc.)"],
  ["その他", "Others"],
]);
const occupationsInstructor = options([
  ["教育（教員免許を有する者が行う教育）", "Education(education taught by a person with a teaching license)"],
  [
    "教育（小学校・中学校・高等学校における語学教育）",
    "Education(language education at an elementary school, lower secondary or upper secondary school)",
  ],
  ["教育（専修学校）", "Education(Advanced vocational school)"],
  ["教育（各種学校）", "Education(Miscellaneous school)"],
  ["教育（インターナショナルスクール）", "Education(International school)"],
  ["その他", "Others"],
]);
/** One pulldown offers both lists; a rule keeps each answer to the chosen status's list. */
const occupationsI: Option[] = [...occupationsProfessor.filter((o) => o.value !== "その他"), ...occupationsInstructor];

/** 業種 (CC13_1): 教授 学術・開発研究機関 / 学校教育 / その他の教育，学習支援業 / 分類不能の産業; 教育 the same without the first. */
const industryValuesProfessor = ["学術・開発研究機関", "学校教育", "その他の教育，学習支援業", "分類不能の産業"];
const industryValuesInstructor = industryValuesProfessor.slice(1);
const industriesI: Option[] = industryValuesProfessor.map((v) => industries.find((o) => o.value === v)!);
const industryWithText = ["その他の教育，学習支援業", "分類不能の産業"];

/** The I sheet's majors: CA80 (24, without 介護福祉) and CA93 (9, without 介護福祉). */
const majorsUniversityI = majorsUniversity.filter((o) => o.value !== "介護福祉");
const majorsSenmonI = majorsSenmon.filter((o) => o.value !== "介護福祉");
const universityLevels = ["大学院（博士）", "大学院（修士）", "大学", "短期大学"];
const majorOthers = ["その他人文・社会科学", "その他自然科学", "その他"];

/** A 職歴 date: YYYYMM, or YYYY (`month` false) where the month is not known. */
const careerDate = (name: string, number: string, label: Bilingual, month: boolean) =>
  month
    ? yearMonth(name, number, label, { example: "201904" })
    : yearMonth(name, number, label, {
        exactLength: 4,
        help: bi("半角数字、4文字（YYYY）", "4 digits (YYYY)"),
        example: "2019",
      });

/** 25 職歴: up to 6 rows of 9 columns, with 月不詳 for each date as on the sheet. */
const careers: GroupField = onlyWhen(isYes("iHasCareer"), {
  type: "group",
  name: "iCareers",
  number: "25",
  label: bi("職歴", "Employment history"),
  help: bi("外国におけるものを含む。最大6件", "Including employment abroad; up to 6"),
  required: true,
  max: 6,
  fields: [
    select("country", "", bi("国・地域名", "Country/Region"), withJapan, { required: true }),
    monthUnknown("joinedMonthUnknown", "25.1", bi("入社月不詳", "Joined: month unknown?"), { required: true }),
    onlyWhen(
      is("joinedMonthUnknown", MONTH_KNOWN),
      careerDate("joined", "25.2", bi("入社年月", "Joined (YYYYMM)"), true),
    ),
    onlyWhen(
      is("joinedMonthUnknown", MONTH_UNKNOWN),
      careerDate("joinedYear", "25.2", bi("入社年月（年のみ）", "Joined (year only)"), false),
    ),
    monthUnknown("leftMonthUnknown", "25.3", bi("退社月不詳", "Left: month unknown?"), {
      required: false,
      help: bi("在職中の場合は選択しないでください", "Leave unselected if still employed"),
    }),
    onlyWhen(is("leftMonthUnknown", MONTH_KNOWN), careerDate("left", "25.4", bi("退社年月", "Left (YYYYMM)"), true)),
    onlyWhen(
      is("leftMonthUnknown", MONTH_UNKNOWN),
      careerDate("leftYear", "25.4", bi("退社年月（年のみ）", "Left (year only)"), false),
    ),
    text("employerRoman", "25.5", bi("勤務先名称(英字表記)", "Employer (in Roman letters)"), {
      maxLength: 200,
      help: bi("半角英数字記号、200文字以内", "Up to 200 half-width characters"),
    }),
    full("employerKanji", "25.6", bi("勤務先名称(漢字表記)", "Employer (in kanji)"), 60, false),
  ],
});

const educationHelp = bi(
  "卒業した教育機関の中で、最も教育水準の高い教育機関について入力してください",
  "The school of the highest level you graduated from",
);

/** 申請人等作成用2 I: 23 最終学歴, 24 専攻・専門分野, 25 職歴, 26–28 「教育」の欄. */
const applicantI: SectionDef = {
  id: "i-applicant",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [
    radio(
      "iEducationWhere",
      "23.1",
      bi("最終学歴(1)", "Final education (1)"),
      [
        ["本邦", "Japan"],
        ["外国", "Foreign country"],
      ],
      { required: true, help: bi("学歴取得国", "Country where it was obtained") },
    ),
    select("iEducationLevel", "23.2", bi("最終学歴(2)", "Final education (2)"), educationLevels, {
      required: true,
      help: educationHelp,
    }),
    onlyWhen(
      is("iEducationLevel", "その他"),
      free("iEducationOther", "23.3", bi("最終学歴(2) その他", "Final education (2): other"), 40),
    ),
    text("iSchoolName", "23.4", bi("最終学歴(3) 学校名", "Final education (3) Name of school"), {
      required: true,
      maxLength: 60,
      help: bi("60文字以内", "Up to 60 characters"),
      example: "○○大学",
    }),
    date("iGraduatedOn", "23.5", bi("最終学歴(4) 卒業年月日", "Final education (4) Date of graduation")),
    onlyWhen(
      is("iEducationLevel", ...universityLevels),
      select("iMajorUniversity", "24.1", bi("専攻・専門分野", "Major field of study"), majorsUniversityI, {
        required: true,
      }),
    ),
    onlyWhen(
      { all: [is("iEducationLevel", ...universityLevels), is("iMajorUniversity", ...majorOthers)] },
      free("iMajorUniversityOther", "24.2", bi("専攻・専門分野 その他", "Major field of study: other"), 40),
    ),
    onlyWhen(
      is("iEducationLevel", "専門学校"),
      select("iMajorSenmon", "24.1", bi("専攻・専門分野", "Major field of study"), majorsSenmonI, { required: true }),
    ),
    onlyWhen(
      { all: [is("iEducationLevel", "専門学校"), is("iMajorSenmon", "その他")] },
      free("iMajorSenmonOther", "24.2", bi("専攻・専門分野 その他", "Major field of study: other"), 40),
    ),
    yesNo("iHasCareer", "25", bi("職歴の有無", "Employment history"), { required: true }),
    careers,
    onlyWhen(
      instructor,
      yesNo("iTeachingLicence", "26", bi("教育に係る免許の有無", "Teaching licence"), {
        required: true,
        help: bi("「教育」での入国を希望する場合に選択してください", "For 「教育」 (Instructor) only"),
      }),
    ),
    onlyWhen(
      instructor,
      digits(
        "iTeachingExperienceMonths",
        "27",
        bi("教育しようとする科目に係る実務経験年数", "Practical experience in the subjects to be taught"),
        3,
        {
          required: true,
          help: bi(
            "「教育」での入国を希望する場合に入力してください。月数を半角数字、3文字以内で入力してください",
            "For 「教育」 (Instructor) only. In months, up to 3 digits",
          ),
          example: "36",
        },
      ),
    ),
    onlyWhen(
      instructor,
      digits(
        "iForeignLanguageMonths",
        "28",
        bi(
          "外国語による教育をしようとする場合は当該外国語により教育を受けた期間",
          "When teaching in a foreign language: period educated in that language",
        ),
        3,
        {
          help: bi(
            "「教育」での入国を希望する場合に入力してください。月数を半角数字、3文字以内で入力してください",
            "For 「教育」 (Instructor) only. In months, up to 3 digits",
          ),
          example: "192",
        },
      ),
    ),
  ],
};

/** 業種 その他 text (40), asked after 「その他の教育，学習支援業」 or 「分類不能の産業」. */
const industryOther = (name: string, number: string, label: Bilingual, of: string): LeafField =>
  onlyWhen(is(of, ...industryWithText), {
    ...free(name, number, label, 40),
    help: bi(
      "その他の教育，学習支援業、分類不能の産業を選択した場合は業種について入力してください。40文字以内",
      "For 「その他の教育，学習支援業」 or 「分類不能の産業」: the industry, up to 40 characters",
    ),
  });

const otherIndustry = (n: 1 | 2): FieldDef[] => [
  select(`iOrgOtherIndustry${n}`, "3.10", bi(`(7)業種 他業種 ${n}`, `(7) Other industry ${n}`), industriesI, {
    help: bi("他に業種があれば一覧から選択してください", "Any other industry, from the list"),
  }),
  industryOther(
    `iOrgOtherIndustry${n}Other`,
    "3.11",
    bi(`(7)業種 他業種 ${n} その他`, `(7) Other industry ${n}: details`),
    `iOrgOtherIndustry${n}`,
  ),
];

/** 所属機関等作成用 I, 2 契約の形態 and 3 所属機関等契約先. */
const organizationI: SectionDef = {
  id: "i-organization",
  title: bi("所属機関に関する情報等", "About the organization"),
  fields: [
    ...contractTypeItems("iContractType", "2", {
      other: bi("契約の形態 その他 入力内容", "Type of contract: details"),
      help: noContractHelp,
    }),
    text("iOrgName", "3.1", bi("所属機関等契約先 (1)名称", "Contracting organization (1) Name"), {
      required: true,
      charClass: "fullWidth",
      maxLength: 60,
      help: bi(
        "全角、60文字以内。大学等の研究室に所属する場合は、所属予定の研究室名まで記載願います",
        "Full-width characters, up to 60. For a university laboratory, include the laboratory's name",
      ),
      example: "国立大学法人○○大学",
    }),
    ...corporateNumberItems("iOrg", "3.2", bi("(2)", "(2)")),
    employmentInsuranceNo(
      "iOrgInsuranceNo",
      "3.3",
      bi("(3)雇用保険適用事業所番号（非該当事業所は省略）", "(3) Employment insurance office number (if any)"),
    ),
    postalCode("iOrgPostalCode", "3.4", bi("(4)郵便番号", "(4) Postal code"), { required: true }),
    address("iOrgAddress", "3.5", bi("(4)所在地", "(4) Address"), { required: true }),
    phone("iOrgPhone", "3.6", bi("(5)電話番号", "(5) Telephone number"), { required: true }),
    digits("iOrgForeignEmployees", "3.7", bi("(6)外国人職員数", "(6) Number of foreign employees"), 5, {
      required: true,
    }),
    select("iOrgIndustry", "3.8", bi("(7)業種 主たる業種", "(7) Main industry"), industriesI, { required: true }),
    industryOther(
      "iOrgIndustryOther",
      "3.9",
      bi("(7)業種 主たる業種 その他", "(7) Main industry: details"),
      "iOrgIndustry",
    ),
    ...otherIndustry(1),
    ...otherIndustry(2),
  ],
};

const workplaceIndustry = (
  name: string,
  number: string,
  otherNumber: string,
  label: Bilingual,
  required: boolean,
): LeafField[] => [
  select(name, number, label, industriesI, { required }),
  industryOther(`${name}Other`, otherNumber, bi(`${label.ja} その他`, `${label.en}: details`), name),
];

/** 4 稼働先: asked when it differs from the contracting organization, up to 10. */
const workplacesI: SectionDef = {
  id: "i-workplaces",
  title: bi("稼働先", "Places of work"),
  fields: [
    radio(
      "iWorkplaceDiffers",
      "4.1",
      bi("所属機関等契約先と稼働先が異なる", "The place of work differs from the contracting organization"),
      [
        ["異なる", "Different"],
        ["異ならない", "Not different"],
      ],
      { required: true },
    ),
    onlyWhen(is("iWorkplaceDiffers", "異なる"), {
      type: "group",
      name: "iWorkplaces",
      number: "4",
      label: bi("稼働先", "Place of work"),
      help: bi(
        "(1)、(3)～(6)については、主に勤務させる場所について入力してください。最大10件",
        "For (1) and (3)–(6), the place where the applicant mainly works; up to 10",
      ),
      required: true,
      max: 10,
      fields: [
        full("name", "4.2", bi("(1)名称", "(1) Name"), 60),
        ...corporateNumberItems("", "4.3", bi("(2)", "(2)")),
        employmentInsuranceNo(
          "insuranceNo",
          "4.4",
          bi("(3)雇用保険適用事業所番号（非該当事業所は省略）", "(3) Employment insurance office number (if any)"),
        ),
        postalCode("postalCode", "4.5", bi("(4)郵便番号", "(4) Postal code"), { required: true }),
        address("address", "4.6", bi("(4)所在地", "(4) Address"), { required: true }),
        phone("phone", "4.7", bi("(5)電話番号", "(5) Telephone number"), { required: true }),
        digits("foreignEmployees", "4.8", bi("(6)外国人職員数", "(6) Number of foreign employees"), 5, {
          required: true,
        }),
        ...workplaceIndustry("industry", "4.9", "4.10", bi("(7)業種 主たる業種", "(7) Main industry"), true),
        ...workplaceIndustry("industry2", "4.11", "4.12", bi("(7)業種 他業種１", "(7) Other industry 1"), false),
        ...workplaceIndustry("industry3", "4.13", "4.14", bi("(7)業種 他業種２", "(7) Other industry 2"), false),
      ],
    }),
  ],
};

/** 5 研究室 … 10 雇用形態・月額給与, and the 変更/更新 question on changed activities. */
const activityI = (renewal: boolean): SectionDef => ({
  id: "i-activity",
  title: bi("活動内容等", "Activities"),
  fields: [
    onlyWhen(
      professor,
      text("iLabName", "5.1", bi("研究室 (1)研究室名", "Laboratory (1) Name"), {
        maxLength: 60,
        help: bi(
          "「教授」であって、研究室に所属する場合に入力してください。60文字以内",
          "For 「教授」 (Professor) belonging to a laboratory. Up to 60 characters",
        ),
      }),
    ),
    onlyWhen(professor, nameFull("iLabSupervisor", "5.2", bi("研究室 (2)指導教員名", "Laboratory (2) Supervisor"))),
    select("iOccupation", "6.1", bi("職種 主たる職種", "Main occupation"), occupationsI, { required: true }),
    ...[1, 2, 3].map((n) =>
      select(`iOtherOccupation${n}`, "6.2", bi(`職種 他職種 ${n}`, `Other occupation ${n}`), occupationsI, {
        help: bi("他の職種があれば一覧から選択してください", "Any other occupation, from the list"),
      }),
    ),
    activityDetail("iActivityDetail", "7"),
    ...(renewal
      ? [
          yesNo(
            "iActivityChanged",
            "",
            bi("活動内容変更の有無（前回許可時以降）", "Change of activities since the last permission"),
          ),
          onlyWhen(isYes("iActivityChanged"), {
            type: "textarea",
            name: "iActivityChangedDetail",
            label: bi("活動内容変更 具体的内容", "Change of activities: details"),
            help: bi("変更に係る具体的内容を入力してください。600文字以内", "What changed; up to 600 characters"),
            required: true,
            maxLength: 600,
            rows: 4,
          } satisfies LeafField),
        ]
      : []),
    ...periodItems(["iWorkPeriod", "iWorkYears", "iWorkMonths"], ["8.1", "8.2", "8.3"], 40),
    full("iPosition", "9", bi("職務上の地位 役職名", "Position (title)"), 40, false),
    radio(
      "iEmploymentType",
      "10.1",
      bi("雇用形態", "Type of employment"),
      [
        ["常勤", "Full-time employment"],
        ["非常勤", "Part-time service"],
      ],
      { required: true },
    ),
    digits(
      "iMonthlySalary",
      "10.2",
      bi("月額給与・月額報酬(税引き前の支払額)（円）", "Monthly salary or remuneration before tax (yen)"),
      8,
      {
        required: true,
        help: bi(
          "半角数字、8文字以内、円単位。各種手当（通勤・住宅・扶養等）・実費弁償の性格を有するものを除く",
          "Up to 8 digits, in yen; without allowances (commuting, housing, family) or reimbursements",
        ),
      },
    ),
  ],
});

/**
 * 変更/更新 numbers (§2.2): applicant items 23–28 are 18–23; organization items 2–4 keep theirs,
 * 8 就労予定期間 and 10 雇用形態 are 7 and 9; 5–7 and 9 were not found.
 */
const changeApplicantNumber = (n: string) => {
  const [major, ...rest] = n.split(".");
  return [String(+major - 5), ...rest].join(".");
};
const changeOrgNumber = (n: string): string | undefined => {
  const [major, ...rest] = n.split(".");
  if (+major <= 4) return n;
  if (major === "8" || major === "10") return [String(+major - 1), ...rest].join(".");
  return undefined;
};

/** 区分I's sections for each form: 申請人等作成用2 I with 代理人 and 取次者, and 所属機関等作成用 I. */
export const partsI: CategoryParts = (kind: ResidenceKind) => {
  const coe = kind === "coe";
  // 「前回許可時以降」 asks about a permission held: 変更 and 更新 only.
  const activity = activityI(kind === "change" || kind === "extension");
  return {
    applicant: [
      coe ? applicantI : renumbered(applicantI, changeApplicantNumber),
      coe ? representativeAs("29") : representativeAs(),
      agent,
    ],
    organization: coe
      ? [organizationI, workplacesI, activity]
      : [organizationI, workplacesI, renumbered(activity, changeOrgNumber)],
  };
};

const pairs = (professorValues: string[], instructorValues: string[]) => ({
  [PROFESSOR]: professorValues,
  [INSTRUCTOR]: instructorValues,
});
const occupationPairs = pairs(
  occupationsProfessor.map((o) => o.value),
  occupationsInstructor.map((o) => o.value),
);
const industryPairs = pairs(industryValuesProfessor, industryValuesInstructor);

/**
 * The 代理人's 電話番号 or 携帯電話番号 (§1.3), and 職種 and 業種 from the list of the status chosen
 * (the real pulldowns are filtered by 入国目的).
 */
export const rulesI: FormRule[] = [
  repPhoneRule,
  ...["iOccupation", "iOtherOccupation1", "iOtherOccupation2", "iOtherOccupation3"].map((then): FormRule => ({
    kind: "allowedPairs",
    first: "status",
    then,
    allowed: occupationPairs,
    message: "option",
  })),
  ...["iOrgIndustry", "iOrgOtherIndustry1", "iOrgOtherIndustry2"].map((then): FormRule => ({
    kind: "allowedPairs",
    first: "status",
    then,
    allowed: industryPairs,
    message: "option",
  })),
];
