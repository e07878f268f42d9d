import type { Condition, FieldDef, FormRule, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import {
  periodOptions,
  periodsByStatus,
  supporterRelationships,
  supporterStatusesR,
  UNLIMITED,
} from "../../lists/cat-rt-supporter";
import { agent, repPhoneRule, representativeAs } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  address,
  bi,
  corporateNumberItems,
  dateWith,
  digits,
  freeWith,
  fullWith,
  is,
  isYes,
  mainWorkplaceHelp,
  onlyWhen,
  options,
  phone,
  postalCode,
  radio,
  renumbered,
  residenceCardNumber,
  select,
  text,
  yesNo,
} from "./parts";

// 区分R (家族滞在 / 特定活動（研究活動等家族・本邦大卒者家族）): 申請人等作成用2 R and 扶養者等作成用 R,
// item by item as the official bulk tool's sheet 申請情報入力(区分R) has them (42 columns,
// ../shared/domain/categories.md §10). 認定 numbers are the tool's own (列項目TBL: 22.1–22.4, 23,
// 24 代理人, 扶養者 2.1–2.17); 変更/更新 numbers (17 届出, 18 支弁, 19 資格外活動, 20 代理人) come from a
// third-party print of the paper pages and are unverified; 取得, whose pages were not found, uses them
// too. The 扶養者 page keeps its numbers in every procedure (§1.2). What the tool leaves open (which
// items are required) is our reading: docs/categories/r.md.

const NOTIFICATION = "配偶者については婚姻、子については出生又は縁組の届出先及び届出年月日";

/** 申請人等作成用2 R as numbered on 認定 (22, 23). */
const applicantCoe: SectionDef = {
  id: "r-applicant",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [
    select(
      "rNotificationType",
      "22",
      bi(NOTIFICATION, "Place and date of notification of marriage (spouse) or of birth or adoption (child)"),
      [
        { value: "婚姻（配偶者について）", label: bi("婚姻（配偶者について）", "Marriage (about spouse)") },
        { value: "出生（子について）", label: bi("出生（子について）", "Birth (about child)") },
        { value: "縁組（子について）", label: bi("縁組（子について）", "Adoption (about child)") },
      ],
      { required: true },
    ),
    freeWith("rJapanOffice", "22.1", bi("(1)日本国届出先", "(1) Notified in Japan: office"), 40, {
      required: true,
      help: bi("届出をしていない場合は「なし」。40文字以内", "Enter なし if not notified. Up to 40 characters"),
      example: "なし、〇〇区役所",
    }),
    dateWith("rJapanDate", "22.2", bi("(1)日本国届出年月日", "(1) Notified in Japan: date"), { past: true }),
    freeWith("rHomeOffice", "22.3", bi("(2)本国等届出先", "(2) Notified in the home country: office"), 40, {
      required: true,
      help: bi("届出をしていない場合は「なし」。40文字以内", "Enter なし if not notified. Up to 40 characters"),
      example: "なし、〇〇国〇〇市役所",
    }),
    dateWith("rHomeDate", "22.4", bi("(2)本国等届出年月日", "(2) Notified in the home country: date"), {
      past: true,
    }),
    select(
      "rExpenses",
      "23",
      bi("滞在費支弁方法", "Method of support to pay for expenses while in Japan"),
      options([
        ["親族負担", "Relatives"],
        ["外国からの送金", "Carrying from abroad"],
        ["身元保証人負担", "Guarantor"],
        ["その他", "Others"],
      ]),
      { required: true },
    ),
    onlyWhen(
      is("rExpenses", "その他"),
      freeWith("rExpensesOther", "23", bi("滞在費支弁方法 その他", "Method of support: other"), 40, { required: true }),
    ),
  ],
};

/** 変更/更新 19 資格外活動の有無 (not on 認定); the layout of 区分P's verified item 23, lengths ours. */
const otherActivity: FieldDef[] = [
  yesNo("rOtherActivity", "19", bi("資格外活動の有無", "Activities other than permitted"), { required: true }),
  ...[
    freeWith("rOtherActivityDetail", "19", bi("(1)内容", "(1) Type of work"), 40, { required: true }),
    fullWith("rOtherActivityEmployer", "19", bi("(2)勤務先名称", "(2) Place of employment"), 60, { required: true }),
    freeWith("rOtherActivityBranch", "19", bi("(2)支店・事業所名", "(2) Branch / office"), 60),
    phone("rOtherActivityPhone", "19", bi("(2)電話番号", "(2) Telephone number"), { required: true }),
    digits("rOtherActivityHours", "19", bi("(3)週間稼働時間", "(3) Work time per week (hours)"), 2, {
      required: true,
    }),
    digits("rOtherActivityPay", "19", bi("(4)報酬（円）", "(4) Salary (yen)"), 8, { required: true }),
    radio(
      "rOtherActivityPayUnit",
      "19",
      bi("(4)報酬 月額・日額", "(4) Salary per month or per day"),
      [
        ["月額", "Monthly"],
        ["日額", "Daily"],
      ],
      { required: true },
    ),
  ].map((f) => onlyWhen(isYes("rOtherActivity"), f)),
];

/** 認定 22/23 → 変更/更新 17/18 (the paper pages' shift; the online sub-numbers are inferred). */
const changeNumber = (n: string) => {
  const [major, ...rest] = n.split(".");
  return [String(+major - 5), ...rest].join(".");
};

/** 資格外活動 is asked where a status is held (変更, 更新), not on 認定 or 取得. */
function applicantR(kind: ResidenceKind): SectionDef {
  if (kind === "coe") return applicantCoe;
  const s = renumbered(applicantCoe, changeNumber);
  return kind === "acquisition" ? s : { ...s, fields: [...s.fields, ...otherActivity] };
}

const together = (v: string): Condition => is("rWithSupporter", v);
const notStudent: Condition = { field: "rSupporterStatus", notIn: ["留学"] };
const hasExpiry: Condition = { all: [together("無"), { field: "rSupporterPeriod", notIn: [UNLIMITED] }] };

/** 扶養者等作成用 R (item 1, the applicant's name and card, is taken from the applicant's part). */
export const supporterR: SectionDef = {
  id: "r-supporter",
  title: bi("扶養者に関する情報等", "About the supporter"),
  fields: [
    yesNo("rWithSupporter", "", bi("扶養者との同時申請の有無", "Applying together with the supporter"), {
      required: true,
    }),
    text("rSupporterName", "2.1", bi("扶養者 (1)氏名", "Supporter (1) Name"), {
      required: true,
      rule: "nameRoman",
      charClass: "halfUpper",
      spaces: true,
      maxLength: 104,
      help: bi("半角英字(大文字入力)、104文字以内、スペース区切り", "Capital letters, up to 104, words apart"),
      example: "HOUMU JIRO",
    }),
    dateWith("rSupporterBirthDate", "2.2", bi("(2)生年月日", "(2) Date of birth"), { required: true, past: true }),
    select("rSupporterNationality", "2.3", bi("(3)国籍・地域", "(3) Nationality/Region"), nationalities, {
      required: true,
    }),
    residenceCardNumber("rSupporterCardNumber", "2.4", bi("(4)在留カード番号", "(4) Residence card number"), {
      requiredWhen: together("無"),
      help: bi(
        "半角英数字(大文字入力)、12文字。扶養者と同時に申請し、まだ在留カードがない場合は空欄",
        "12 letters and digits, capitals. Leave empty if the supporter, applying now too, has no card yet",
      ),
    }),
    select("rSupporterStatus", "2.5", bi("(5)在留資格", "(5) Status of residence"), supporterStatusesR, {
      required: true,
    }),
    select("rSupporterPeriod", "2.6", bi("(6)在留期間", "(6) Period of stay"), periodOptions(supporterStatusesR), {
      requiredWhen: together("無"),
      help: bi("在留資格に応じた在留期間を選択してください。", "A period of stay of the status chosen."),
    }),
    dateWith("rSupporterExpiry", "2.7", bi("(7)在留期間の満了日", "(7) Date of expiration"), {
      requiredWhen: hasExpiry,
      help: bi("在留期間が無期限の場合は入力不要です。", "Not needed when the period is unlimited."),
    }),
    select(
      "rSupporterRelationship",
      "2.8",
      bi("(8)申請人との関係(続柄)", "(8) Relationship with the applicant"),
      supporterRelationships,
      { required: true },
    ),
    onlyWhen(
      is("rSupporterRelationship", "その他"),
      freeWith("rSupporterRelationshipOther", "2.9", bi("(8)申請人との関係 その他", "(8) Relationship: other"), 40, {
        required: true,
      }),
    ),
    ...[
      fullWith("rSupporterEmployer", "2.10", bi("(9)勤務先名称", "(9) Place of employment"), 60, {
        required: true,
        help: bi("留学生を除きます。全角、60文字以内", "Not for students. Full-width characters, up to 60"),
        example: "○○会社",
      }),
      ...corporateNumberItems("rSupporter", ["2.11", "2.12"], bi("(10)", "(10)")),
      freeWith("rSupporterBranch", "2.13", bi("(11)支店・事業所名", "(11) Branch / office"), 60, {
        example: "〇〇支店",
      }),
      postalCode("rSupporterPostalCode", "2.14", bi("(12)勤務先 郵便番号", "(12) Workplace: postal code"), {
        required: true,
        help: mainWorkplaceHelp.postalCode,
      }),
      address("rSupporterAddress", "2.15", bi("(12)勤務先 所在地", "(12) Workplace: address"), {
        required: true,
        help: bi("主たる勤務場所の所在地。全角、85文字以内", "Of the main place of work. Full-width, up to 85"),
      }),
      phone("rSupporterPhone", "2.16", bi("(12)電話番号（勤務場所）", "(12) Telephone number (workplace)"), {
        required: true,
        help: mainWorkplaceHelp.phone,
      }),
    ].map((f) => onlyWhen(notStudent, f)),
    digits("rSupporterIncome", "2.17", bi("(13)年収（円）", "(13) Annual income (yen)"), 10, {
      required: true,
      help: bi("円単位。半角数字、10文字以内", "In yen. Up to 10 digits"),
      example: "4000000",
    }),
  ],
};

/** 区分R's applicant part (with 代理人 and 取次者) and the supporter's part, per procedure. */
export const partsR: CategoryParts = (kind) => ({
  // 代理人: 24 on 認定, 20 on the others.
  applicant: [applicantR(kind), representativeAs(kind === "coe" ? "24" : "20"), agent],
  organization: [supporterR],
});

/**
 * The 代理人's 電話番号 or 携帯電話番号 (§1.3; the sheet: 「どちらもない場合は日中連絡が可能な電話番号」), and
 * a 在留期間 the supporter's 在留資格 allows (the tool's linked pulldown).
 */
export const rulesR: FormRule[] = [
  repPhoneRule,
  {
    kind: "allowedPairs",
    first: "rSupporterStatus",
    then: "rSupporterPeriod",
    allowed: periodsByStatus,
    message: "option",
  },
];
