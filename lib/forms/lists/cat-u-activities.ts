import type { Option } from "../types";
import { statuses } from "../../procedures/statuses";

// 区分U (法律・会計業務 / 医療 / 公用 / 特定活動): the pick-lists the official bulk tool links to the 入国目的
// (../shared/domain/categories.md §1.4: 活動内容 A062_1, 職種 CC02_1) and the tool's other U lists
// (§12.3). The Japanese words are the tool's; it gives no English for 活動内容 and 職種, so those
// English labels are ours.

const options = (pairs: [string, string][]): Option[] => pairs.map(([ja, en]) => ({ value: ja, label: { ja, en } }));

const medicalActivities: [string, string][] = [
  ["医師", "Physician"],
  ["歯科医師", "Dentist"],
  ["薬剤師", "Pharmacist"],
  ["保健師", "Public health nurse"],
  ["助産師", "Midwife"],
  ["看護師（ＥＰＡ看護師を除く。）", "Nurse (excluding EPA nurses)"],
  ["准看護師", "Assistant nurse"],
  ["歯科衛生士", "Dental hygienist"],
  ["診療放射線技師", "Radiological technologist"],
  ["理学療法士", "Physical therapist"],
  ["作業療法士", "Occupational therapist"],
  ["視能訓練士", "Orthoptist"],
  ["臨床工学技士", "Clinical engineer"],
  ["義肢装具士", "Prosthetist and orthotist"],
];

const legalActivities: [string, string][] = [
  ["弁護士", "Attorney at law"],
  ["司法書士", "Judicial scrivener"],
  ["土地家屋調査士", "Land and house surveyor"],
  ["外国法事務弁護士", "Registered foreign lawyer"],
  ["公認会計士", "Certified public accountant"],
  ["外国公認会計士", "Foreign certified public accountant"],
  ["税理士", "Certified public tax accountant"],
  ["社会保険労務士", "Labor and social security attorney"],
  ["弁理士", "Patent attorney"],
  ["海事代理士", "Maritime procedure agent"],
  ["行政書士", "Administrative scrivener"],
];

/**
 * 特定活動's 23 活動内容. The tool lists 「同職員の家族」 twice (after each staff entry); the values name
 * whose family it is, so that the two stay apart once stored.
 */
const designatedActivities: [string, string][] = [
  ["家事使用人", "Domestic worker"],
  ["台湾日本関係協会職員", "Staff of the Taiwan-Japan Relations Association"],
  ["同職員の家族（台湾日本関係協会）", "Family of such staff (Taiwan-Japan Relations Association)"],
  ["駐日パレスチナ総代表部職員", "Staff of the General Mission of Palestine to Japan"],
  ["同職員の家族（駐日パレスチナ総代表部）", "Family of such staff (General Mission of Palestine)"],
  ["アマチュアスポーツ選手", "Amateur athlete"],
  ["アマチュアスポーツ選手の配偶者又は子", "Spouse or child of an amateur athlete"],
  ["国際仲裁代理", "Representation in international arbitration"],
  ["インターンシップ", "Internship"],
  ["英国人ボランティア", "British volunteer"],
  ["サマージョブ", "Summer job"],
  ["国際文化交流", "International cultural exchange"],
  ["高度専門職外国人又はその配偶者の親", "Parent of a highly skilled professional or of their spouse"],
  [
    "製造業外国従業員受入事業における特定外国従業員",
    "Specified foreign employee under the manufacturing industry foreign employee program",
  ],
  ["日系４世", "Fourth-generation Nikkei"],
  ["外国人起業家", "Foreign entrepreneur"],
  ["外国人起業家の配偶者又は子", "Spouse or child of a foreign entrepreneur"],
  ["スキーインストラクター", "Ski instructor"],
  ["未来創造人材", "Future creation talent"],
  ["未来創造人材の配偶者又は子", "Spouse or child of a future creation talent"],
  [
    "国家戦略特別区域法第16条の4第1項に規定する特定家事支援活動",
    "Housekeeping support under Article 16-4(1) of the National Strategic Special Zones Act",
  ],
  ["耕種農業支援者", "Crop farming support worker"],
  ["畜産農業支援者", "Livestock farming support worker"],
];

/** 活動内容 (COE item 22.1) by the status applied for. */
export const uActivities: Record<string, Option[]> = {
  "法律・会計業務": options(legalActivities),
  医療: options(medicalActivities),
  公用: options([
    ["公用", "Official duties"],
    ["家族と同居（外交官の家族を含む）", "Living with family (including a diplomat's family)"],
  ]),
  特定活動: options(designatedActivities),
};

/** 職種 (主たる職種 and 他職種) by the status applied for. */
export const uOccupations: Record<string, Option[]> = {
  "法律・会計業務": options([
    ["会計事務", "Accounting work"],
    ["弁護士", "Attorney at law"],
    ["司法書士", "Judicial scrivener"],
    ["弁理士", "Patent attorney"],
    ["土地家屋調査士", "Land and house surveyor"],
    ["外国法事務弁護士", "Registered foreign lawyer"],
    ["公認会計士", "Certified public accountant"],
    ["外国公認会計士", "Foreign certified public accountant"],
    ["税理士", "Certified public tax accountant"],
    ["社会保険労務士", "Labor and social security attorney"],
    ["行政書士", "Administrative scrivener"],
    ["海事代理士", "Maritime procedure agent"],
    ["その他", "Others"],
  ]),
  医療: options([
    ["医師", "Physician"],
    ["歯科医師", "Dentist"],
    ["薬剤師", "Pharmacist"],
    ["看護師", "Nurse"],
    ["保健師", "Public health nurse"],
    ["助産師", "Midwife"],
    ["准看護師", "Assistant nurse"],
    ["歯科衛生士", "Dental hygienist"],
    ["診療放射線技師", "Radiological technologist"],
    ["理学療法士", "Physical therapist"],
    ["作業療法士", "Occupational therapist"],
    ["視能訓練士", "Orthoptist"],
    ["臨床工学技士", "Clinical engineer"],
    ["義肢装具士", "Prosthetist and orthotist"],
    ["その他", "Others"],
  ]),
  公用: options([
    ["公用", "Official duties"],
    ["その他", "Others"],
  ]),
  特定活動: options([
    ["家事使用人", "Domestic worker"],
    ["アマチュアスポーツ選手", "Amateur athlete"],
    ["インターンシップ", "Internship"],
    ["外国弁護士", "Foreign lawyer"],
    ["サマージョブ", "Summer job"],
    ["国際文化交流", "International cultural exchange"],
    ["ＥＰＡ看護師", "EPA nurse"],
    ["ＥＰＡ介護福祉士", "EPA certified care worker"],
    ["ＥＰＡ看護師候補者", "EPA nurse candidate"],
    ["ＥＰＡ介護福祉士候補者", "EPA certified care worker candidate"],
    ["ＥＰＡ就学介護福祉士候補者", "EPA certified care worker candidate (studying)"],
    ["製造業外国従業員", "Foreign employee in manufacturing"],
    ["家事支援者（国家戦略特区）", "Housekeeping support worker (National Strategic Special Zone)"],
    ["耕種農業支援者（国家戦略特区）", "Crop farming support worker (National Strategic Special Zone)"],
    ["畜産農業支援者（国家戦略特区）", "Livestock farming support worker (National Strategic Special Zone)"],
    ["起業活動", "Start-up activities"],
    ["外交", "Diplomat"],
    ["公用", "Official"],
    ["その他", "Others"],
  ]),
};

const highlySkilled: [string, string][] = [
  ["高度専門職１号イ", "Highly-Skilled Professional (i)(a)"],
  ["高度専門職１号ロ", "Highly-Skilled Professional (i)(b)"],
  ["高度専門職１号ハ", "Highly-Skilled Professional (i)(c)"],
  ["高度専門職２号", "Highly Skilled Professional(ii)"],
];

/**
 * 在留資格 of a family member, supporter or 扶養者 (the tool's 「在留オンライン用資格コード」, 39 items of
 * which the source shows the first 14): the statuses of 入管法 with 高度専門職 in its four kinds, in
 * the tool's order; the 7 items not seen in the source are missing.
 */
export const uResidenceStatuses: Option[] = statuses.flatMap((s) =>
  s.ja === "高度専門職" ? options(highlySkilled) : options([[s.ja, s.en]]),
);

/** 雇用主 (家事使用人の場合) (8)在留資格: the statuses whose holders may employ a 家事使用人. */
export const uEmployerStatuses: Option[] = options([
  ["外交", "Diplomat"],
  ["公用", "Official"],
  ...highlySkilled,
  ["経営・管理", "Business Manager"],
  ["法律・会計業務", "Legal/Accounting Services"],
  ["特定活動", "Designated Activities"],
]);

/**
 * 申請人との関係 (CB06), the tool's 16 items: 扶養者 (8)申請人との関係（続柄） of 区分U, and the 経費支弁者's of
 * 区分P.
 */
export const supporterRelations: Option[] = options([
  ["夫", "Husband"],
  ["妻", "Wife"],
  ["父", "Father"],
  ["母", "Mother"],
  ["祖父", "Grandfather"],
  ["祖母", "Grandmother"],
  ["養父", "Foster father"],
  ["養母", "Foster mother"],
  ["兄弟姉妹", "Sibling"],
  ["叔父（伯父）・叔母（伯母）", "Uncle / Aunt"],
  ["受入教育機関", "Educational institute"],
  ["友人・知人", "Friend / Acquaintance"],
  ["友人・知人の親族", "Relative of friend / acquaintance"],
  ["取引関係者・現地企業等職員", "Business connection / Personnel of local enterprise"],
  ["取引関係者・現地企業等職員の親族", "Relative of business connection / personnel of local enterprise"],
  ["その他", "Others"],
]);
