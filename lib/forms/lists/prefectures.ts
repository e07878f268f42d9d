import type { Option } from "../types";

// 47 都道府県 (JIS X 0401 order) and the regional immigration bureau (地方出入国在留管理局) or
// branch (支局) whose area each is in (../shared/domain/notes.md §3d). The online system's own
// 受領官署 pick-list was not found; this offers the bureaus and the branches named there.

const table: [string, string, string, string[]][] = [
  ["北海道", "Hokkaido", "札幌", []],
  ["青森県", "Aomori", "仙台", []],
  ["岩手県", "Iwate", "仙台", []],
  ["宮城県", "Miyagi", "仙台", []],
  ["秋田県", "Akita", "仙台", []],
  ["山形県", "Yamagata", "仙台", []],
  ["福島県", "Fukushima", "仙台", []],
  ["茨城県", "Ibaraki", "東京", []],
  ["栃木県", "Tochigi", "東京", []],
  ["群馬県", "Gunma", "東京", []],
  ["埼玉県", "Saitama", "東京", []],
  ["千葉県", "Chiba", "東京", []],
  ["東京都", "Tokyo", "東京", []],
  ["神奈川県", "Kanagawa", "東京", ["横浜支局"]],
  ["新潟県", "Niigata", "東京", []],
  ["富山県", "Toyama", "名古屋", []],
  ["石川県", "Ishikawa", "名古屋", []],
  ["福井県", "Fukui", "名古屋", []],
  ["山梨県", "Yamanashi", "東京", []],
  ["長野県", "Nagano", "東京", []],
  ["岐阜県", "Gifu", "名古屋", []],
  ["静岡県", "Shizuoka", "名古屋", []],
  ["愛知県", "Aichi", "名古屋", []],
  ["三重県", "Mie", "名古屋", []],
  ["滋賀県", "Shiga", "大阪", []],
  ["京都府", "Kyoto", "大阪", []],
  ["大阪府", "Osaka", "大阪", []],
  ["兵庫県", "Hyogo", "大阪", ["神戸支局"]],
  ["奈良県", "Nara", "大阪", []],
  ["和歌山県", "Wakayama", "大阪", []],
  ["鳥取県", "Tottori", "広島", []],
  ["島根県", "Shimane", "広島", []],
  ["岡山県", "Okayama", "広島", []],
  ["広島県", "Hiroshima", "広島", []],
  ["山口県", "Yamaguchi", "広島", []],
  ["徳島県", "Tokushima", "高松", []],
  ["香川県", "Kagawa", "高松", []],
  ["愛媛県", "Ehime", "高松", []],
  ["高知県", "Kochi", "高松", []],
  ["福岡県", "Fukuoka", "福岡", []],
  ["佐賀県", "Saga", "福岡", []],
  ["長崎県", "Nagasaki", "福岡", []],
  ["熊本県", "Kumamoto", "福岡", []],
  ["大分県", "Oita", "福岡", []],
  ["宮崎県", "Miyazaki", "福岡", []],
  ["鹿児島県", "Kagoshima", "福岡", []],
  ["沖縄県", "Okinawa", "福岡", ["那覇支局"]],
];

const bureauEn: Record<string, string> = {
  札幌: "Sapporo",
  仙台: "Sendai",
  東京: "Tokyo",
  名古屋: "Nagoya",
  大阪: "Osaka",
  広島: "Hiroshima",
  高松: "Takamatsu",
  福岡: "Fukuoka",
};
const branchOf: Record<string, [string, string]> = {
  横浜支局: ["東京", "Yokohama"],
  神戸支局: ["大阪", "Kobe"],
  那覇支局: ["福岡", "Naha"],
};
const bureau = (b: string) => `${b}出入国在留管理局`;
const branch = (s: string) => `${bureau(branchOf[s][0])}${s}`;

export const prefectures: Option[] = table.map(([ja, en]) => ({ value: ja, label: { ja, en } }));

export const immigrationOffices: Option[] = [
  ...Object.entries(bureauEn).map(([b, en]) => ({
    value: bureau(b),
    label: { ja: bureau(b), en: `${en} Regional Immigration Services Bureau` },
  })),
  ...Object.entries(branchOf).map(([s, [, en]]) => ({
    value: branch(s),
    label: { ja: branch(s), en: `${en} District Immigration Services Office` },
  })),
];

/** The offices that take applications from people living in each prefecture. */
export const officesByPrefecture: Record<string, string[]> = Object.fromEntries(
  table.map(([ja, , b, branches]) => [ja, [bureau(b), ...branches.map(branch)]]),
);
