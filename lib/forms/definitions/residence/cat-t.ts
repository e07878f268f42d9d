import type { Bilingual, Condition, FormRule, GroupField, SectionDef } from "../../types";
import {
  periodOptions,
  periodsByStatus,
  supporterRelationships,
  supporterStatusesT,
  UNLIMITED,
} from "../../lists/cat-rt-supporter";
import { POSITION_OTHER, positionsByStatus, positionsT } from "../../lists/cat-t-positions";
import { agent, repPhoneRule, representativeAs } from "./coe-n";
import type { CategoryParts, ResidenceKind } from "./forms";
import {
  address,
  bi,
  dateWith,
  digits,
  freeWith,
  fullWith,
  is,
  mainWorkplaceHelp,
  nameRoman,
  onlyWhen,
  options,
  phone,
  postalCode,
  residenceCardNumber,
  select,
  unnumbered,
  withJapan,
} from "./parts";

// 区分T (日本人の配偶者等 / 永住者の配偶者等 / 定住者): 申請人等作成用2 T item by item as the official
// bulk tool's sheet 申請情報入力(区分T) has them (234 columns, ../shared/domain/categories.md §11).
// T has no organization pages: 扶養者 (26) and 在日身元保証人又は連絡先 (27), the tool's section 扶養者,
// make the form's second step. 認定 numbers are the tool's own (列項目TBL 22.1–27.6; 28 代理人
// inferred from a label shared with other 区分); the 変更/更新 item list was not found, so those forms
// (and 取得) carry no numbers. Which items are required is our reading: docs/categories/t.md.

const OTHER = "その他";
const CARRIED = "外国からの携行";

/** 25 滞在費支弁方法: up to 10 ways, each with how the money comes. */
const expenses: GroupField = {
  type: "group",
  name: "tExpenses",
  number: "25",
  label: bi("滞在費支弁方法", "Method of support to pay for expenses while in Japan"),
  help: bi("最大10件", "Up to 10"),
  required: true,
  max: 10,
  fields: [
    select(
      "method",
      "25.1",
      bi("(1)支弁方法", "(1) Method of support"),
      options([
        ["本人負担", "Self"],
        ["在外経費支弁者負担", "Supporter living abroad"],
        ["在日経費支弁者負担", "Supporter in Japan"],
        ["身元保証人負担", "Guarantor"],
        [OTHER, "Others"],
      ]),
      { required: true },
    ),
    onlyWhen(is("method", OTHER), {
      type: "textarea",
      name: "methodOther",
      number: "25.1",
      label: bi("(1)支弁方法 その他", "(1) Method of support: other"),
      help: bi("600文字以内", "Up to 600 characters"),
      required: true,
      maxLength: 600,
      rows: 3,
    }),
    digits("monthly", "25.2", bi("(1)月平均支弁額（円）", "(1) Average amount per month (yen)"), 8, {
      required: true,
      example: "100000",
    }),
    select(
      "transfer",
      "25.3",
      bi("(2)送金・携行等の別", "(2) Remittances from abroad or carrying"),
      options([
        [CARRIED, "Carrying from abroad"],
        ["外国からの送金", "Remittances from abroad"],
        [OTHER, "Others"],
      ]),
    ),
    onlyWhen(
      { filled: "transfer" },
      digits("amount", "25.4", bi("(2)金額（円）", "(2) Amount (yen)"), 8, {
        required: true,
        help: bi("円単位。半角数字、8文字以内", "In yen. Up to 8 digits"),
        example: "100000",
      }),
    ),
    onlyWhen(
      is("transfer", CARRIED),
      fullWith("carrier", "25.5", bi("(2)外国からの携行（携行者）", "(2) Carrying from abroad: carried by"), 26, {
        required: true,
        example: "法務たろう",
      }),
    ),
    onlyWhen(
      is("transfer", CARRIED),
      dateWith("carriedOn", "25.6", bi("(2)外国からの携行（携行時期）", "(2) Carrying from abroad: date"), {
        required: true,
        unknownParts: true,
      }),
    ),
    onlyWhen(is("transfer", OTHER), {
      type: "textarea",
      name: "transferOther",
      number: "25.3",
      label: bi("(2)送金・携行等の別 その他", "(2) Remittances or carrying: other"),
      help: bi("600文字以内", "Up to 600 characters"),
      required: true,
      maxLength: 600,
      rows: 3,
    }),
  ],
};

/** 25 (3) 経費支弁者: only those other than the 扶養者, up to 10. */
const payers: GroupField = {
  type: "group",
  name: "tPayers",
  number: "25",
  label: bi("(3)経費支弁者", "(3) Supporters paying the expenses"),
  help: bi(
    "「扶養者」と異なる場合に入力してください。複数人いる場合は、全てについて入力してください。最大10件",
    "Only those other than the supporter below; all of them, up to 10",
  ),
  max: 10,
  fields: [
    fullWith("name", "25.7", bi("1 氏名", "1 Name"), 26, { required: true, example: "法務たろう" }),
    select("country", "25.8", bi("2 住所（国・地域）", "2 Address: country/region"), withJapan, { required: true }),
    fullWith("address", "25.8", bi("2 住所", "2 Address"), 80, {
      required: true,
      help: bi("都道府県から入力してください。全角、80文字以内", "From the prefecture on. Full-width, up to 80"),
      example: "東京都千代田区１－１－１霞ヶ関ハイツ２０２号",
    }),
    phone("phone", "25.9", bi("2 電話番号", "2 Telephone number")),
    fullWith("occupation", "25.10", bi("3 職業（勤務先の名称）", "3 Occupation (place of employment)"), 60, {
      required: true,
      example: "○○株式会社",
    }),
    phone("workPhone", "25.11", bi("3 電話番号（勤務場所）", "3 Telephone number (workplace)")),
    digits("income", "25.12", bi("4 年収（円）", "4 Annual income (yen)"), 10, {
      required: true,
      help: bi("円単位。半角数字、10文字以内", "In yen. Up to 10 digits"),
    }),
  ],
};

const employed: Condition = { filled: "tEmployer" };

/** 申請人等作成用2 T, 22–25, as numbered on 認定. */
function applicantT(kind: ResidenceKind): SectionDef {
  const where =
    kind === "coe"
      ? bi("日本における勤務予定先を入力してください。", "The planned place of work in Japan.")
      : bi("日本における勤務先を入力してください。", "The place of work in Japan.");
  const withWhere = (t: Bilingual) => bi(`${where.ja}${t.ja}`, `${where.en} ${t.en}`);
  return {
    id: "t-applicant",
    title: bi("申請人に関する情報等", "About the applicant"),
    fields: [
      select("tPosition", "22.1", bi("身分又は地位", "Personal relationship or status"), positionsT, {
        required: true,
        help: bi("在留資格に応じた身分又は地位を選択してください。", "One that belongs to the status applied for."),
      }),
      onlyWhen(
        is("tPosition", POSITION_OTHER),
        freeWith("tPositionOther", "22.2", bi("身分又は地位 その他", "Personal relationship or status: other"), 40, {
          required: true,
        }),
      ),
      freeWith(
        "tJapanOffice",
        "23.1",
        bi(
          "配偶者については婚姻、子については出生又は縁組の届出先及び届出年月日 (1)日本国届出先",
          "Notification of marriage (spouse) or birth or adoption (child) (1) Office in Japan",
        ),
        60,
        {
          required: true,
          help: bi("届出をしていない場合は「なし」。60文字以内", "Enter なし if not notified. Up to 60 characters"),
          example: "なし、○○区役所",
        },
      ),
      dateWith("tJapanDate", "23.2", bi("(1)日本国届出年月日", "(1) Date notified in Japan"), { past: true }),
      freeWith("tHomeOffice", "23.3", bi("(2)本国等届出先", "(2) Office in the home country"), 60, {
        required: true,
        help: bi("届出をしていない場合は「なし」。60文字以内", "Enter なし if not notified. Up to 60 characters"),
        example: "なし、○○国○○市役所",
      }),
      dateWith("tHomeDate", "23.4", bi("(2)本国等届出年月日", "(2) Date notified in the home country"), { past: true }),
      freeWith("tEmployer", "24.1", bi("申請人の勤務先等 (1)名称", "Applicant's place of work (1) Name"), 60, {
        help: withWhere(bi("勤務先がない場合は空欄。60文字以内", "Leave empty if none. Up to 60 characters")),
        example: "○○株式会社",
      }),
      ...[
        freeWith("tEmployerBranch", "24.2", bi("(1)支店・事業所名", "(1) Branch / office"), 60, { example: "○○支店" }),
        postalCode("tEmployerPostalCode", "24.3", bi("(2)所在地 郵便番号", "(2) Address: postal code"), {
          required: true,
          help: mainWorkplaceHelp.postalCode,
        }),
        address("tEmployerAddress", "24.4", bi("(2)所在地 住所", "(2) Address"), { required: true }),
        phone("tEmployerPhone", "24.5", bi("(2)電話番号", "(2) Telephone number"), {
          required: true,
          help: mainWorkplaceHelp.phone,
        }),
        digits("tEmployerIncome", "24.6", bi("(3)年収（円）", "(3) Annual income (yen)"), 10, {
          required: true,
          help: bi("円単位。半角数字、10文字以内", "In yen. Up to 10 digits"),
        }),
      ].map((f) => onlyWhen(employed, f)),
      expenses,
    ],
  };
}

const payersSection: SectionDef = { id: "t-payers", title: bi("経費支弁者", "Supporters paying"), fields: [payers] };

const given: Condition = { filled: "tSupporterName" };
const foreign: Condition = { all: [given, { field: "tSupporterNationality", notIn: ["日本"] }] };
const NOT_JAPAN = bi(
  "「国籍・地域」で「日本」以外を選択した場合に入力してください。",
  "Only for a non-Japanese supporter.",
);

/** 26 扶養者: only when the applicant is supported; a Japanese supporter has no card, status or period. */
export const supporterT: SectionDef = {
  id: "t-supporter",
  title: bi("扶養者", "Supporter"),
  fields: [
    nameRoman("tSupporterName", "26.1", bi("扶養者 (1)氏名", "Supporter (1) Name"), {
      help: bi(
        "申請人が扶養を受ける場合に入力してください。半角英字(大文字入力)、104文字以内、スペース区切り",
        "Only if the applicant is supported. Capital letters, up to 104, words apart",
      ),
    }),
    ...[
      dateWith("tSupporterBirthDate", "26.2", bi("(2)生年月日", "(2) Date of birth"), {
        required: true,
        unknownParts: true,
        past: true,
      }),
      select("tSupporterNationality", "26.3", bi("(3)国籍・地域", "(3) Nationality/Region"), withJapan, {
        required: true,
      }),
    ].map((f) => onlyWhen(given, f)),
    ...[
      residenceCardNumber(
        "tSupporterCardNumber",
        "26.4",
        bi(
          "(4)在留カード番号/特別永住者証明書番号",
          "(4) Residence card / Special Permanent Resident Certificate number",
        ),
        { required: true },
      ),
      select("tSupporterStatus", "26.5", bi("(5)在留資格", "(5) Status of residence"), supporterStatusesT, {
        required: true,
        help: NOT_JAPAN,
      }),
      select("tSupporterPeriod", "26.6", bi("(6)在留期間", "(6) Period of stay"), periodOptions(supporterStatusesT), {
        required: true,
        help: bi("在留資格に応じた在留期間を選択してください。", "A period of stay of the status chosen."),
      }),
    ].map((f) => onlyWhen(foreign, f)),
    onlyWhen(
      { all: [foreign, { field: "tSupporterPeriod", notIn: [UNLIMITED] }] },
      dateWith("tSupporterExpiry", "26.7", bi("(7)在留期間の満了日", "(7) Date of expiration"), {
        required: true,
        help: bi("「在留期間」が「無期限」の方は入力不要です。", "Not needed when the period is unlimited."),
      }),
    ),
    onlyWhen(
      given,
      select(
        "tSupporterRelationship",
        "26.8",
        bi("(8)申請人との関係(続柄)", "(8) Relationship with the applicant"),
        supporterRelationships,
        { required: true },
      ),
    ),
    onlyWhen(
      is("tSupporterRelationship", OTHER),
      freeWith("tSupporterRelationshipOther", "26.9", bi("(8)申請人との関係 その他", "(8) Relationship: other"), 40, {
        required: true,
      }),
    ),
    onlyWhen(
      given,
      fullWith("tSupporterEmployer", "26.10", bi("(9)勤務先名称", "(9) Place of employment"), 60, {
        help: bi("勤務先がない場合は空欄。全角、60文字以内", "Leave empty if none. Full-width, up to 60"),
        example: "○○会社",
      }),
    ),
    ...[
      freeWith("tSupporterBranch", "26.11", bi("(9)支店・事業所名", "(9) Branch / office"), 60, { example: "○○支店" }),
      postalCode("tSupporterPostalCode", "26.12", bi("(10)勤務先 郵便番号", "(10) Workplace: postal code"), {
        required: true,
        help: mainWorkplaceHelp.postalCode,
      }),
      address("tSupporterAddress", "26.13", bi("(10)勤務先 所在地", "(10) Workplace: address"), { required: true }),
      phone("tSupporterPhone", "26.14", bi("(10)電話番号（勤務場所）", "(10) Telephone number (workplace)"), {
        required: true,
      }),
    ].map((f) => onlyWhen({ filled: "tSupporterEmployer" }, f)),
    onlyWhen(
      given,
      digits("tSupporterIncome", "26.15", bi("(11)年収（円）", "(11) Annual income (yen)"), 10, {
        required: true,
        help: bi("円単位。半角数字、10文字以内", "In yen. Up to 10 digits"),
      }),
    ),
  ],
};

/** 27 在日身元保証人又は連絡先 (the 身元保証書 itself is an attachment, not a form item). */
export const guarantorT: SectionDef = {
  id: "t-guarantor",
  title: bi("在日身元保証人又は連絡先", "Guarantor or contact in Japan"),
  fields: [
    nameRoman("tGuarantorName", "27.1", bi("(1)氏名", "(1) Name"), { required: true }),
    freeWith("tGuarantorOccupation", "27.2", bi("(2)職業", "(2) Occupation"), 40, {
      required: true,
      example: "専門的・技術的職業従事者",
    }),
    postalCode("tGuarantorPostalCode", "27.3", bi("(3)郵便番号", "(3) Postal code"), { required: true }),
    address("tGuarantorAddress", "27.4", bi("(3)住所", "(3) Address"), { required: true }),
    phone("tGuarantorPhone", "27.5", bi("(3)電話番号", "(3) Telephone number"), {
      help: bi(
        "「電話番号」又は「携帯電話番号」はどちらか必須となります。半角数字、12文字以内",
        "A telephone or a cellular phone number is required. Up to 12 digits",
      ),
    }),
    phone("tGuarantorMobile", "27.6", bi("(3)携帯電話番号", "(3) Cellular phone number"), {
      example: "09012345678",
    }),
  ],
};

/** 区分T's parts: numbered on 認定 only (代理人 28 there). */
export const partsT: CategoryParts = (kind) => {
  const coe = kind === "coe";
  const number = (s: SectionDef) => (coe ? s : unnumbered(s));
  return {
    applicant: [number(applicantT(kind)), number(payersSection), representativeAs(coe ? "28" : undefined), agent],
    organization: [number(supporterT), number(guarantorT)],
  };
};

/**
 * The tool's linked pulldowns (身分又は地位 by the status applied for, 在留期間 by the supporter's
 * status), and one of the two phones of the guarantor and of the 代理人 (「どちらか必須」 on both).
 */
export const rulesT: FormRule[] = [
  repPhoneRule,
  { kind: "allowedPairs", first: "status", then: "tPosition", allowed: positionsByStatus, message: "option" },
  {
    kind: "allowedPairs",
    first: "tSupporterStatus",
    then: "tSupporterPeriod",
    allowed: periodsByStatus,
    message: "option",
  },
  { kind: "oneRequired", fields: ["tGuarantorPhone", "tGuarantorMobile"], message: "phoneOrMobile" },
];
