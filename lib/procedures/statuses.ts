// 在留資格 (入管法 別表第一・第二) with their official English names, and which procedures accept each
// online (出入国在留管理庁「利用可能な申請種別及び在留資格」, see ../shared/domain/notes.md §1).

export type Status = { ja: string; en: string; online: boolean; coe: boolean };

export const statuses: Status[] = [
  { ja: "外交", en: "Diplomat", online: false, coe: false },
  { ja: "公用", en: "Official", online: true, coe: true },
  { ja: "教授", en: "Professor", online: true, coe: true },
  { ja: "芸術", en: "Artist", online: true, coe: true },
  { ja: "宗教", en: "Religious Activities", online: true, coe: true },
  { ja: "報道", en: "Journalist", online: true, coe: true },
  { ja: "高度専門職", en: "Highly Skilled Professional", online: true, coe: true },
  { ja: "経営・管理", en: "Business Manager", online: true, coe: true },
  { ja: "法律・会計業務", en: "Legal/Accounting Services", online: true, coe: true },
  { ja: "医療", en: "Medical Services", online: true, coe: true },
  { ja: "研究", en: "Researcher", online: true, coe: true },
  { ja: "教育", en: "Instructor", online: true, coe: true },
  {
    ja: "技術・人文知識・国際業務",
    en: "Engineer/Specialist in Humanities/International Services",
    online: true,
    coe: true,
  },
  { ja: "企業内転勤", en: "Intra-company Transferee", online: true, coe: true },
  { ja: "介護", en: "Nursing Care", online: true, coe: true },
  { ja: "興行", en: "Entertainer", online: true, coe: true },
  { ja: "技能", en: "Skilled Labor", online: true, coe: true },
  { ja: "特定技能", en: "Specified Skilled Worker", online: true, coe: true },
  { ja: "技能実習", en: "Technical Intern Training", online: true, coe: true },
  { ja: "文化活動", en: "Cultural Activities", online: true, coe: true },
  { ja: "短期滞在", en: "Temporary Visitor", online: false, coe: false },
  { ja: "留学", en: "Student", online: true, coe: true },
  { ja: "研修", en: "Trainee", online: true, coe: true },
  { ja: "家族滞在", en: "Dependent", online: true, coe: true },
  { ja: "特定活動", en: "Designated Activities", online: true, coe: true },
  { ja: "永住者", en: "Permanent Resident", online: false, coe: false },
  { ja: "日本人の配偶者等", en: "Spouse or Child of Japanese National", online: true, coe: true },
  { ja: "永住者の配偶者等", en: "Spouse or Child of Permanent Resident", online: true, coe: true },
  { ja: "定住者", en: "Long Term Resident", online: true, coe: true },
];

/** Statuses a residence procedure accepts online; null for procedures that are not about one. */
export function acceptedStatuses(code: string): Status[] | null {
  const base = code.replace(/^bulk-/, "");
  if (base === "coe") return statuses.filter((s) => s.online && s.coe);
  if (["change", "extension", "acquisition", "work-certificate"].includes(base))
    return statuses.filter((s) => s.online);
  return null;
}
