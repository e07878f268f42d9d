import type { Option } from "../types";

// 特定技能の特定産業分野 and their 業務区分 (分野別運用方針, as revised in 2024: 16 fields). The
// bulk tool's own pick-lists were not in the domain data (docs/residence-forms.md), so the names
// are those of the 運用方針.

const table: [string, string, [string, string][]][] = [
  ["介護", "Nursing care", [["介護", "Nursing care"]]],
  ["ビルクリーニング", "Building cleaning", [["ビルクリーニング", "Building cleaning"]]],
  [
    "工業製品製造業",
    "Industrial products manufacturing",
    [
      ["機械金属加工", "Machining and metal processing"],
      ["電気電子機器組立て", "Electrical and electronic equipment assembly"],
      ["金属表面処理", "Metal surface treatment"],
      ["紙器・段ボール箱製造", "Paper container and corrugated box manufacturing"],
      ["コンクリート製品製造", "Concrete products manufacturing"],
      ["ＲＰＦ製造", "RPF manufacturing"],
      ["陶磁器製品製造", "Ceramic products manufacturing"],
      ["印刷・製本", "Printing and bookbinding"],
      ["紡織製品製造", "Textile products manufacturing"],
      ["縫製", "Sewing"],
    ],
  ],
  [
    "建設",
    "Construction",
    [
      ["土木", "Civil engineering"],
      ["建築", "Building"],
      ["ライフライン・設備", "Lifelines and facilities"],
    ],
  ],
  [
    "造船・舶用工業",
    "Shipbuilding and ship machinery",
    [
      ["造船", "Shipbuilding"],
      ["舶用機械", "Ship machinery"],
      ["舶用電気電子機器", "Ship electrical and electronic equipment"],
    ],
  ],
  ["自動車整備", "Automobile repair and maintenance", [["自動車整備", "Automobile repair and maintenance"]]],
  [
    "航空",
    "Aviation",
    [
      ["空港グランドハンドリング", "Airport ground handling"],
      ["航空機整備", "Aircraft maintenance"],
    ],
  ],
  ["宿泊", "Accommodation", [["宿泊", "Accommodation"]]],
  [
    "自動車運送業",
    "Automobile transportation",
    [
      ["トラック運転者", "Truck driver"],
      ["タクシー運転者", "Taxi driver"],
      ["バス運転者", "Bus driver"],
    ],
  ],
  [
    "鉄道",
    "Railway",
    [
      ["軌道整備", "Track maintenance"],
      ["電気設備整備", "Electrical equipment maintenance"],
      ["車両整備", "Rolling stock maintenance"],
      ["車両製造", "Rolling stock manufacturing"],
      ["運輸係員", "Transport staff"],
    ],
  ],
  [
    "農業",
    "Agriculture",
    [
      ["耕種農業全般", "Cultivation agriculture"],
      ["畜産農業全般", "Livestock agriculture"],
    ],
  ],
  [
    "漁業",
    "Fishery",
    [
      ["漁業", "Fishing"],
      ["養殖業", "Aquaculture"],
    ],
  ],
  ["飲食料品製造業", "Food and beverage manufacturing", [["飲食料品製造業全般", "Food and beverage manufacturing"]]],
  ["外食業", "Food service", [["外食業全般", "Food service"]]],
  ["林業", "Forestry", [["林業", "Forestry"]]],
  ["木材産業", "Wood industry", [["木材産業", "Wood industry"]]],
];

export const specifiedSkillFields: Option[] = table.map(([ja, en]) => ({ value: ja, label: { ja, en } }));

/** Every 業務区分, labelled with its field so the one list reads clearly without JavaScript. */
export const specifiedSkillCategories: Option[] = table.flatMap(([field, fieldEn, cats]) =>
  cats.map(([ja, en]) => ({ value: ja, label: { ja: `${field}：${ja}`, en: `${fieldEn}: ${en}` } })),
);

/** 特定産業分野 → the 業務区分 it has. */
export const categoriesByField: Record<string, string[]> = Object.fromEntries(
  table.map(([field, , cats]) => [field, cats.map(([ja]) => ja)]),
);
