import type { Option } from "../types";

// The supporting person's lists of 区分R (扶養者等作成用) and 区分T (扶養者): 在留資格 and the 在留期間
// each status allows, and 申請人との関係, as the official bulk tool has them (001453107.xlsm, マスタ
// `CB19_1` for R, `CB19_3` for T, `CB06_1`; ../shared/domain/categories.md §1.5, §10, §11). Periods
// are written as the tool writes them, in full-width digits (「３年」, 「１年６月」).

const fw = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const monthLabel = (n: number) => {
  const [y, m] = [Math.floor(n / 12), n % 12];
  return `${y ? `${fw(y)}年` : ""}${m ? `${fw(m)}月` : ""}`;
};
/** 「n月」…「y年m月」 for n months from … to (12 → 「１年」). */
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => monthLabel(from + i));
const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${fw(from + i)}日`);

export const UNLIMITED = "無期限";
const DIPLOMAT = "外交活動の期間";

const usual = ["３月", "１年", "３年", "５年"];
const intern1 = months(4, 12);
const intern2 = months(1, 24);
const intern3 = months(4, 24);
const designated = [...days(1, 365), ...months(1, 60)];

/** [在留資格, English, 在留期間 allowed] in the tool's order (CB19_3; CB19_1 is the part marked R). */
const table: [string, string, string[], "R"?][] = [
  ["外交", "Diplomat", [DIPLOMAT]],
  ["公用", "Official", ["１５日", "３０日", "３月", "１年", "３年", "５年"]],
  ["教授", "Professor", usual, "R"],
  ["芸術", "Artist", usual, "R"],
  ["宗教", "Religious Activities", usual, "R"],
  ["報道", "Journalist", usual, "R"],
  ["高度専門職１号イ", "Highly-Skilled Professional (i)(a)", ["５年"], "R"],
  ["高度専門職１号ロ", "Highly-Skilled Professional (i)(b)", ["５年"], "R"],
  ["高度専門職１号ハ", "Highly-Skilled Professional (i)(c)", ["５年"], "R"],
  ["高度専門職２号", "Highly Skilled Professional(ii)", [UNLIMITED], "R"],
  ["経営・管理", "Business Manager", ["３月", "４月", "６月", "１年", "３年", "５年"], "R"],
  ["法律・会計業務", "Legal/Accounting Services", usual, "R"],
  ["医療", "Medical Services", usual, "R"],
  ["研究", "Researcher", usual, "R"],
  ["教育", "Instructor", usual, "R"],
  ["技術・人文知識・国際業務", "Engineer/Specialist in Humanities/International Services", usual, "R"],
  ["企業内転勤", "Intra-company Transferee", usual, "R"],
  ["介護", "Nursing Care", usual, "R"],
  ["興行", "Entertainer", ["３０日", "３月", "６月", "１年", "３年"], "R"],
  ["技能", "Skilled Labor", usual, "R"],
  ["特定技能１号", "Specified Skilled Worker ( i )", months(4, 36)],
  ["特定技能２号", "Specified Skilled Worker ( ii )", ["６月", "１年", "２年", "３年"], "R"],
  ["技能実習１号イ", "Technical intern training (i)(a)", intern1],
  ["技能実習１号ロ", "Technical intern training (i)(b)", intern1],
  ["技能実習２号イ", "Technical intern training (ii)(a)", intern2],
  ["技能実習２号ロ", "Technical intern training (ii)(b)", intern2],
  ["技能実習３号イ", "Technical intern training (iii)(a)", intern3],
  ["技能実習３号ロ", "Technical intern training (iii)(b)", intern3],
  ["文化活動", "Cultural Activities", ["３月", "６月", "１年", "３年"], "R"],
  ["短期滞在", "Temporary Visitor", [...days(1, 15), "３０日", "９０日"]],
  ["留学", "Student", months(1, 51), "R"],
  ["研修", "Trainee", ["３月", "６月", "１年", "２年"]],
  ["家族滞在", "Dependent", months(1, 60)],
  ["特定活動", "Designated Activities", designated, "R"],
  ["永住者", "Permanent Resident", [UNLIMITED]],
  ["日本人の配偶者等", "Spouse or Child of Japanese National", ["６月", "１年", "３年", "５年"]],
  ["永住者の配偶者等", "Spouse or Child of Permanent Resident", ["６月", "１年", "３年", "５年"]],
  ["定住者", "Long Term Resident", ["６月", "１年", "３年", "５年"]],
  ["特別永住者", "Special Permanent Residents", [UNLIMITED]],
];

const option = (ja: string, en: string): Option => ({ value: ja, label: { ja, en } });

/** 扶養者 (5)在留資格 of 区分R (22 statuses, CB19_1) and of 区分T (39, CB19_3). */
export const supporterStatusesR: Option[] = table.filter((r) => r[3] === "R").map(([ja, en]) => option(ja, en));
export const supporterStatusesT: Option[] = table.map(([ja, en]) => option(ja, en));

/** 在留資格 → the 在留期間 the tool offers for it (連動マスタ). */
export const periodsByStatus: Record<string, string[]> = Object.fromEntries(
  table.map(([ja, , periods]) => [ja, periods]),
);

const periodEn = (p: string): string => {
  if (p === UNLIMITED) return "Unlimited";
  if (p === DIPLOMAT) return "Period during which diplomatic activities are performed";
  const half = p.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const unit = (n: string, one: string, many: string) => `${n} ${n === "1" ? one : many}`;
  const day = /^(\d+)日$/.exec(half);
  if (day) return unit(day[1], "day", "days");
  const [, y, m] = /^(?:(\d+)年)?(?:(\d+)月)?$/.exec(half) ?? [];
  return [y && unit(y, "year", "years"), m && unit(m, "month", "months")].filter(Boolean).join(" ");
};

/** Every 在留期間 of the statuses given, days first, then months and years, then the special ones. */
export function periodOptions(statuses: Option[]): Option[] {
  const wanted = new Set(statuses.flatMap((s) => periodsByStatus[s.value] ?? []));
  const order = [DIPLOMAT, ...designated, UNLIMITED];
  return order.filter((p) => wanted.has(p)).map((p) => option(p, periodEn(p)));
}

/** 扶養者 (8)申請人との関係（続柄） (CB06_1). */
export const supporterRelationships: Option[] = [
  option("夫", "Husband"),
  option("妻", "Wife"),
  option("父", "Father"),
  option("母", "Mother"),
  option("養父", "Foster father"),
  option("養母", "Foster mother"),
  option("その他", "Others"),
];
