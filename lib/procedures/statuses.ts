// 在留資格 (入管法 別表第一・第二) with their official English names, and which procedures accept each
// online (出入国在留管理庁「利用可能な申請種別及び在留資格」, see ../shared/domain/notes.md §1).

/**
 * 区分: the letter of the category part of the forms (申請人等作成用2/3, 所属機関等作成用) a status
 * uses (notes §1a). 高度専門職 uses the part of its underlying activity plus the point table;
 * 特定活動 takes N, R or U by its 告示 number. U (その他) holds 法律・会計業務, 医療, 公用 and the
 * other 特定活動 (categories.md §1.1).
 */
export type Category = "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "T" | "U" | "V" | "Y";
export type Status = {
  ja: string;
  en: string;
  online: boolean;
  coe: boolean;
  category?: Category | "points" | "byNotice";
};

export const statuses: Status[] = [
  { ja: "外交", en: "Diplomat", online: false, coe: false },
  { ja: "公用", en: "Official", online: true, coe: true, category: "U" },
  { ja: "教授", en: "Professor", online: true, coe: true, category: "I" },
  { ja: "芸術", en: "Artist", online: true, coe: true, category: "J" },
  { ja: "宗教", en: "Religious Activities", online: true, coe: true, category: "K" },
  { ja: "報道", en: "Journalist", online: true, coe: true, category: "L" },
  { ja: "高度専門職", en: "Highly Skilled Professional", online: true, coe: true, category: "points" },
  { ja: "経営・管理", en: "Business Manager", online: true, coe: true, category: "M" },
  { ja: "法律・会計業務", en: "Legal/Accounting Services", online: true, coe: true, category: "U" },
  { ja: "医療", en: "Medical Services", online: true, coe: true, category: "U" },
  { ja: "研究", en: "Researcher", online: true, coe: true, category: "N" },
  { ja: "教育", en: "Instructor", online: true, coe: true, category: "I" },
  {
    ja: "技術・人文知識・国際業務",
    en: "Engineer/Specialist in Humanities/International Services",
    online: true,
    coe: true,
    category: "N",
  },
  { ja: "企業内転勤", en: "Intra-company Transferee", online: true, coe: true, category: "L" },
  { ja: "介護", en: "Nursing Care", online: true, coe: true, category: "N" },
  { ja: "興行", en: "Entertainer", online: true, coe: true, category: "O" },
  { ja: "技能", en: "Skilled Labor", online: true, coe: true, category: "N" },
  { ja: "特定技能", en: "Specified Skilled Worker", online: true, coe: true, category: "V" },
  { ja: "技能実習", en: "Technical Intern Training", online: true, coe: true, category: "Y" },
  { ja: "文化活動", en: "Cultural Activities", online: true, coe: true, category: "J" },
  { ja: "短期滞在", en: "Temporary Visitor", online: false, coe: false },
  { ja: "留学", en: "Student", online: true, coe: true, category: "P" },
  { ja: "研修", en: "Trainee", online: true, coe: true, category: "Q" },
  { ja: "家族滞在", en: "Dependent", online: true, coe: true, category: "R" },
  { ja: "特定活動", en: "Designated Activities", online: true, coe: true, category: "byNotice" },
  { ja: "永住者", en: "Permanent Resident", online: false, coe: false },
  { ja: "日本人の配偶者等", en: "Spouse or Child of Japanese National", online: true, coe: true, category: "T" },
  { ja: "永住者の配偶者等", en: "Spouse or Child of Permanent Resident", online: true, coe: true, category: "T" },
  { ja: "定住者", en: "Long Term Resident", online: true, coe: true, category: "T" },
];

/**
 * 特定活動 on the forms: its 告示 decides the 区分 (notes §1, categories §1.1: N for 研究活動等 and
 * 本邦大学卒業者, R for their families, U for the others). Offered as choices of their own.
 */
export const designatedActivities: (Status & { category: Category })[] = [
  {
    ja: "特定活動（研究活動等）",
    en: "Designated Activities (research activities, etc.)",
    online: true,
    coe: true,
    category: "N",
  },
  {
    ja: "特定活動（本邦大学卒業者）",
    en: "Designated Activities (graduates of Japanese universities)",
    online: true,
    coe: true,
    category: "N",
  },
  {
    ja: "特定活動（研究活動等家族）",
    en: "Designated Activities (family of researchers, etc.)",
    online: true,
    coe: true,
    category: "R",
  },
  {
    ja: "特定活動（本邦大卒者家族）",
    en: "Designated Activities (family of graduates of Japanese universities)",
    online: true,
    coe: true,
    category: "R",
  },
  { ja: "特定活動", en: "Designated Activities (other public notices)", online: true, coe: true, category: "U" },
];

/**
 * 高度専門職 is chosen with its 類型; its forms are those of the underlying activity's 区分 (N for
 * 1号イ/ロ, M for 1号ハ; categories.md §14) plus the ポイント計算表.
 */
export const highlySkilled: (Status & { category: Category })[] = [
  { ja: "高度専門職（1号イ）", en: "Highly Skilled Professional (i)(a)", online: true, coe: true, category: "N" },
  { ja: "高度専門職（1号ロ）", en: "Highly Skilled Professional (i)(b)", online: true, coe: true, category: "N" },
  { ja: "高度専門職（1号ハ）", en: "Highly Skilled Professional (i)(c)", online: true, coe: true, category: "M" },
];

/** The 区分 whose part a chosen status (or 特定活動 choice) fills in. */
export function categoryOf(status: unknown): Category | undefined {
  const c = [...designatedActivities, ...highlySkilled, ...statuses].find((s) => s.ja === status)?.category;
  return c === "points" || c === "byNotice" ? undefined : c;
}

/** Statuses a residence procedure accepts online; null for procedures that are not about one. */
export function acceptedStatuses(code: string): Status[] | null {
  const base = code.replace(/^bulk-/, "");
  if (base === "coe") return statuses.filter((s) => s.online && s.coe);
  if (["change", "extension", "acquisition", "work-certificate"].includes(base))
    return statuses.filter((s) => s.online);
  return null;
}

/** The statuses whose category part is this 区分 (e.g. N: 研究, 技術・人文知識・国際業務, 介護, 技能). */
export function statusesOfCategory(category: Category): Status[] {
  return [...statuses, ...designatedActivities, ...highlySkilled].filter((s) => s.online && s.category === category);
}
