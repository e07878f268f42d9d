import type { FormRule, GroupField, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import type { CategoryParts } from "./forms";
import { applicantParts } from "./coe-n";
import {
  address,
  bi,
  careerRow,
  corporateNumber,
  corporateNumberItems,
  count,
  countOptions,
  date,
  digits,
  free,
  is,
  isYes,
  long,
  onlyWhen,
  options,
  placeOf,
  postalCode,
  select,
  text,
  unnumbered,
  yesNo,
} from "./parts";

// 区分Q (研修): the items of 申請人等作成用2 Q and 所属機関等作成用 Q listed in
// ../shared/domain/categories.md §9 — official labels, numbers and choice lists, but the Q sheet of
// the bulk tool is missing, so the kinds are inferred there and the lengths, required flags and help
// texts are ours. Items the source does not have (applicant 22, 23, 25, 26; organization 1, 10, 13)
// are not asked. 変更/更新 items were not found: there every item is unnumbered
// (docs/categories/q.md).

/** 研修終了後の予定 (CB27). */
export const afterPlansQ = options([
  ["帰国後復職", "Return to the former job after going home"],
  ["帰国後自営業", "Self-employment after going home"],
  ["その他", "Others"],
]);

/** 機関の種類 (CA90). */
export const hostKindsQ = options([
  ["日本国政府", "Government of Japan"],
  ["地方公共団体", "Local government"],
  ["特殊法人", "Special public corporation"],
  ["独立行政法人", "Incorporated administrative agency"],
  ["公益社団・公益財団法人", "Public interest incorporated association or foundation"],
  ["その他の非営利法人", "Other non-profit corporation"],
  ["会社等の営利法人", "Company or other for-profit corporation"],
  ["その他", "Others"],
]);

/** 研修内容 (CA98, 22). */
export const trainingContentsQ = options([
  ["服製造", "Garment making"],
  ["金属加工", "Metal processing"],
  ["木材加工", "Wood processing"],
  ["石材加工", "Stone processing"],
  ["プラスチック加工", "Plastics processing"],
  ["食品加工", "Food processing"],
  ["機械組立", "Machine assembly"],
  ["部品製造", "Parts manufacturing"],
  ["工場管理", "Factory management"],
  ["建設・土木", "Construction and civil engineering"],
  ["設計", "Design"],
  ["印刷・製本", "Printing and bookbinding"],
  ["運輸・通信", "Transport and communications"],
  ["医療", "Medical care"],
  ["農林", "Agriculture and forestry"],
  ["水産", "Fisheries"],
  ["サービス", "Services"],
  ["コンピューターシステム", "Computer systems"],
  ["経営管理システム", "Business management systems"],
  ["貿易・金融システム", "Trade and finance systems"],
  ["市場調査・分析", "Market research and analysis"],
  ["その他", "Others"],
]);

const HOST_PAYS = "受入れ機関が確保・負担";
/** 帰国旅費の確保 (CA77). */
export const returnFaresQ = options([
  [HOST_PAYS, "Secured and paid by the host organization"],
  ["その他", "Others"],
]);

/** 受入れ機関・研修事業実施主体等 (CA88; its attribution to item 15 is not verified). */
export const standardsQ = options(
  ["イ", "ロ", "ハ", "ニ", "ホ", "へ", "ト", "チ"].map(
    (k, i) => [`基準５号${k}`, `Standard 5 (${"abcdefgh"[i]})`] as const,
  ),
);

const GOVERNMENT = "日本国政府";
/** 研修事業への資金提供状況 (1)機関 (CA89). */
export const fundersQ = options([
  [GOVERNMENT, "Government of Japan"],
  ["地方公共団体", "Local government"],
  ["特殊法人", "Special public corporation"],
  ["独立行政法人", "Incorporated administrative agency"],
  ["その他", "Others"],
]);

const careers: GroupField = onlyWhen(isYes("qHasCareer"), {
  type: "group",
  name: "qCareers",
  number: "27",
  label: bi("職歴", "Employment history"),
  help: bi("最大10件", "Up to 10"),
  required: true,
  max: 10,
  fields: careerRow(["27.2", "27.3", "27.4"]),
});

/** 申請人等作成用2 Q: 24 研修終了後の予定, 27 職歴. */
export const applicantQ: SectionDef = {
  id: "q-applicant",
  title: bi("研修（申請人に関する情報等）", "Trainee: about the applicant"),
  fields: [
    select("qAfterPlan", "24.1", bi("研修終了後の予定", "Plans after the training"), afterPlansQ, { required: true }),
    onlyWhen(
      is("qAfterPlan", "帰国後自営業"),
      free(
        "qAfterPlanBusiness",
        "24.2",
        bi("研修終了後の予定（「帰国後自営業」を選択した場合）", "Plans after the training: the self-employment"),
        40,
      ),
    ),
    onlyWhen(
      is("qAfterPlan", "その他"),
      free("qAfterPlanOther", "24.3", bi("研修終了後の予定 その他", "Plans after the training: other"), 40),
    ),
    yesNo("qHasCareer", "27.1", bi("職歴の有無", "Employment history"), { required: true }),
    careers,
  ],
};

/** 2 研修生受入れ機関, up to 10. */
const hosts: GroupField = {
  type: "group",
  name: "qHosts",
  number: "2",
  label: bi("研修生受入れ機関", "Organizations accepting the trainee"),
  help: bi("最大10件", "Up to 10"),
  required: true,
  max: 10,
  fields: [
    free("name", "2.1", bi("(1)名称", "(1) Name"), 60),
    ...corporateNumberItems("", "2.2", bi("(2)", "(2)")),
    free("business", "2.3", bi("(3)事業内容", "(3) Business"), 60, false),
    select("kind", "2.4", bi("(4)機関の種類", "(4) Kind of organization"), hostKindsQ, { required: true }),
    onlyWhen(is("kind", "その他"), free("kindOther", "2.5", bi("(4)その他", "(4) Other"), 40)),
    ...placeOf("", ["2.6", "2.7", "2.8"], bi("(5)", "(5)")),
    count("capital", "2.9", bi("(6)資本金（円）", "(6) Capital (yen)"), 13),
    count("sales", "2.10", bi("(7)年間売上金額(直近年度)（円）", "(7) Annual sales, latest year (yen)"), 15),
    count("staff", "2.11", bi("(8)常勤職員数", "(8) Full-time staff"), 5),
    count("trainees", "2.12", bi("(9)外国人研修生数", "(9) Foreign trainees"), 5),
    free("head", "2.13", bi("(10)経営者名", "(10) Owner or head"), 26, false),
    free("manager", "2.14", bi("(11)管理者名", "(11) Manager"), 26, false),
    free("instructor", "2.15", bi("(12)研修指導員名", "(12) Training instructor"), 26, false),
    count("instructorYears", "2.16", bi("(12)経験年数", "(12) Instructor's years of experience"), 2),
    yesNo(
      "keepsRecords",
      "2.17",
      bi(
        "(13)研修の実施状況に係る文書を終了の日から1年以上保存することの有無",
        "(13) Keeps records of the training for at least 1 year after it ends",
      ),
      { required: true },
    ),
  ],
};

export const hostsQ: SectionDef = {
  id: "q-hosts",
  title: bi("研修生受入れ機関", "Organizations accepting the trainee"),
  fields: [hosts],
};

/** 3–9: 研修内容, 研修期間, 手当, 時間, 実務研修, 帰国旅費. */
export const trainingQ: SectionDef = {
  id: "q-training",
  title: bi("研修の内容等", "The training"),
  fields: [
    select("qContent", "3.1", bi("研修内容", "Content of the training"), trainingContentsQ, { required: true }),
    onlyWhen(is("qContent", "その他"), free("qContentOther", "3.2", bi("研修内容 その他", "Content: other"), 40)),
    date("qFrom", "4.1", bi("研修期間 始期", "Period of training: from")),
    date("qTo", "4.2", bi("研修期間 終期", "Period of training: to")),
    text("qPracticalPeriod", "4.3", bi("研修期間のうち実務研修期間", "Of which practical training"), {
      requiredWhen: isYes("qPractical"),
      maxLength: 20,
      width: "short",
      help: bi(
        "実務研修がある場合に入力。20文字以内（例 2月）",
        "When there is practical training; e.g. 2月 (2 months)",
      ),
    }),
    count("qAllowance", "5", bi("月額研修手当（円）", "Monthly training allowance (yen)"), 8, true),
    select(
      "qHoursFromH",
      "6.1",
      bi("研修実施時間 始期（時）", "Training hours: from (hour)"),
      countOptions(0, 23, bi("時", "h")),
      {
        required: true,
      },
    ),
    select(
      "qHoursFromM",
      "6.2",
      bi("研修実施時間 始期（分）", "Training hours: from (minute)"),
      countOptions(0, 59, bi("分", "min")),
      {
        required: true,
      },
    ),
    select(
      "qHoursToH",
      "6.3",
      bi("研修実施時間 終期（時）", "Training hours: to (hour)"),
      countOptions(0, 23, bi("時", "h")),
      {
        required: true,
      },
    ),
    select(
      "qHoursToM",
      "6.4",
      bi("研修実施時間 終期（分）", "Training hours: to (minute)"),
      countOptions(0, 59, bi("分", "min")),
      {
        required: true,
      },
    ),
    yesNo("qPractical", "7", bi("実務研修の有無", "Practical training"), { required: true }),
    count("qTotalHours", "8.1", bi("研修総時間数", "Total hours of training"), 5, true),
    digits("qPracticalHours", "8.2", bi("うち実務研修時間数", "Of which hours of practical training"), 5, {
      requiredWhen: isYes("qPractical"),
    }),
    text(
      "qPracticalRatio",
      "8.3",
      bi("研修総時間数に対する実務研修の比率", "Share of practical training in the total hours"),
      { maxLength: 10, width: "short", help: bi("10文字以内（例 1/3）", "Up to 10 characters, e.g. 1/3") },
    ),
    select("qReturnFare", "9.1", bi("帰国旅費の確保", "Fare for the journey home"), returnFaresQ, { required: true }),
    onlyWhen(
      is("qReturnFare", HOST_PAYS),
      free("qReturnFareOrg", "9.2", bi("帰国旅費の確保 受入れ機関名", "Host organization paying it"), 60),
    ),
    onlyWhen(
      is("qReturnFare", "その他"),
      free("qReturnFareOther", "9.3", bi("帰国旅費の確保 その他", "Fare for the journey home: other"), 40),
    ),
  ],
};

const broker = { filled: "qBrokerName" };
const preTraining = { filled: "qPreTrainingOrg" };

/** 12 外国の送出し機関（所属機関）, up to 10. */
const senders: GroupField = {
  type: "group",
  name: "qSenders",
  number: "12",
  label: bi("外国の送出し機関（所属機関）", "Sending organizations abroad (the trainee's organization)"),
  help: bi("最大10件", "Up to 10"),
  max: 10,
  fields: [
    free("name", "12.1", bi("(1)名称", "(1) Name"), 60),
    free("business", "12.2", bi("(2)事業内容", "(2) Business"), 60, false),
    select("country", "12.3", bi("(3)所在地 国・地域", "(3) Address: country/region"), nationalities, {
      required: true,
    }),
    free("address", "12.3", bi("(3)所在地", "(3) Address"), 85),
    digits("phone", "12.4", bi("(3)電話番号", "(3) Telephone number"), 12),
    free("head", "12.5", bi("(4)経営者名", "(4) Owner or head"), 26, false),
    free("manager", "12.6", bi("(5)管理者名", "(5) Manager"), 26, false),
  ],
};

/** 11 研修あっせん機関, 12 送出し機関, 14 事前研修. */
export const partiesQ: SectionDef = {
  id: "q-parties",
  title: bi("あっせん機関・送出し機関・事前研修", "Intermediary, sending organizations and pre-entry training"),
  fields: [
    free("qBrokerName", "11.1", bi("本邦の研修あっせん機関 (1)名称", "Intermediary in Japan (1) Name"), 60, false),
    ...[
      corporateNumber("qBrokerCorporateNumber", "11.2", bi("(2)法人番号", "(2) Corporate number")),
      free("qBrokerBusiness", "11.3", bi("(3)事業内容", "(3) Business"), 60, false),
      ...placeOf("qBroker", ["11.4", "11.5", "11.6"], bi("(4)", "(4)")),
      free("qBrokerHead", "11.7", bi("(5)経営者名", "(5) Owner or head"), 26, false),
      free("qBrokerManager", "11.8", bi("(6)管理者名", "(6) Manager"), 26, false),
    ].map((f) => onlyWhen(broker, f)),
    senders,
    free(
      "qPreTrainingOrg",
      "14.1",
      bi("本邦入国前の事前研修 (1)実施機関", "Pre-entry training (1) Organization"),
      60,
      false,
    ),
    onlyWhen(preTraining, date("qPreTrainingFrom", "14.2", bi("(2)実施期間(始期)", "(2) Period: from"))),
    onlyWhen(preTraining, date("qPreTrainingTo", "14.3", bi("(2)実施期間(終期)", "(2) Period: to"))),
    onlyWhen(preTraining, count("qPreTrainingHours", "14.4", bi("(3)実施時間数", "(3) Hours"), 5, true)),
  ],
};

/** 15–23: 実施主体, 資金, 指名, 援助, 宿泊施設, 研修施設, 生活指導員, 保険, 安全衛生. */
export const supportQ: SectionDef = {
  id: "q-support",
  title: bi("研修事業の実施体制", "How the training is carried out"),
  fields: [
    select(
      "qStandard",
      "15",
      bi("受入れ機関・研修事業実施主体等", "Host organization and body running the training"),
      standardsQ,
    ),
    select(
      "qFunder",
      "16.1",
      bi("研修事業への資金提供状況 (1)機関", "Funding of the training (1) Funding body"),
      fundersQ,
    ),
    onlyWhen(
      is("qFunder", ...fundersQ.map((o) => o.value).filter((v) => v !== GOVERNMENT)),
      free("qFunderName", "16.1", bi("(1)機関名称", "(1) Name of the funding body"), 60),
    ),
    onlyWhen(
      { filled: "qFunder" },
      count("qFunderAmount", "16.2", bi("(2)(1)の機関の出資額（円）", "(2) Amount funded by that body (yen)"), 13),
    ),
    onlyWhen(
      { filled: "qFunder" },
      free(
        "qFunderRatio",
        "16.3",
        bi("(2)研修実施経費に占める比率", "(2) Share of the cost of the training"),
        10,
        false,
      ),
    ),
    free(
      "qNominatingGovernment",
      "17",
      bi("研修生を指名した外国の国又は地方公共団体名", "Foreign state or local government that nominated the trainee"),
      60,
      false,
    ),
    long(
      "qGovernmentAid",
      "18",
      bi("日本国政府からの援助・指導の内容", "Aid or guidance from the Government of Japan"),
      { required: false, max: 200, rows: 3 },
    ),
    free("qLodgingName", "19.1", bi("宿泊施設 名", "Lodging: name"), 60),
    postalCode("qLodgingPostalCode", "19.2", bi("宿泊施設 郵便番号", "Lodging: postal code"), { required: true }),
    address("qLodgingAddress", "19.3", bi("宿泊施設 所在地", "Lodging: address"), { required: true }),
    free("qFacilityName", "20.1", bi("研修施設 名", "Training facility: name"), 60),
    postalCode("qFacilityPostalCode", "20.2", bi("研修施設 郵便番号", "Training facility: postal code"), {
      required: true,
    }),
    address("qFacilityAddress", "20.3", bi("研修施設 所在地", "Training facility: address"), { required: true }),
    free("qLifeAdvisor", "21", bi("生活指導員名", "Daily-life adviser"), 26),
    long("qInsurance", "22", bi("傷害保険等の内容", "Accident insurance and the like"), {
      required: true,
      max: 200,
      rows: 3,
    }),
    yesNo("qSafety", "23", bi("安全衛生上必要な措置の有無", "Measures needed for safety and health"), {
      required: true,
    }),
  ],
};

const organization = [hostsQ, trainingQ, partiesQ, supportQ];

/** 区分Q's parts: 認定 with the COE numbers (代理人 28); 変更, 更新 and 取得 unnumbered (not found). */
export const partsQ: CategoryParts = (kind) => ({
  applicant: applicantParts(kind === "coe", [applicantQ], "28"),
  organization: kind === "coe" ? organization : organization.map(unnumbered),
});

/** 研修期間 and 事前研修の実施期間: 始期 ≤ 終期. */
export const rulesQ: FormRule[] = [
  { kind: "notAfter", first: "qFrom", then: "qTo", message: "dateOrder" },
  { kind: "notAfter", first: "qPreTrainingFrom", then: "qPreTrainingTo", message: "dateOrder" },
];
