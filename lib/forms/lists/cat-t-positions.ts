import type { Option } from "../types";

// 区分T item 22 身分又は地位, by the status applied for (the official bulk tool's `CC52_1`, linked to
// 入国目的 T1 日本人の配偶者等 / T2 永住者の配偶者等 / T3 定住者; ../shared/domain/categories.md §11.1).
// English as the tool writes it.

export const POSITION_OTHER = "その他";

const byStatus: Record<string, [string, string][]> = {
  日本人の配偶者等: [
    ["「日本人」の「配偶者」", "Spouse of Japanese National"],
    [
      "「日本人」の「実子」（日系２世）",
      "Biological Child of Japanese National (Second- Generation Japanese Immigrant)",
    ],
    ["「日本人」の「特別養子」", "Specially Adopted Child of Japanese National"],
  ],
  永住者の配偶者等: [
    ["「永住者・特別永住者」の「配偶者」", "Spouse of Permanent Resident/Special Permanent Resident"],
    ["「永住者・特別永住者」の「実子」", "Biological Child of Permanent Resident/Special Permanent Resident"],
  ],
  定住者: [
    [
      "「日本人」の「実子の実子」（日系３世）",
      "Biological Child of Biological Child of Japanese (3rd-GEN Japanese Immigrant)",
    ],
    ["「日本人」の「未成年で未婚の実子」", "Biological Child of Japanese National who is a minor and unmarried"],
    ["「日本人」の「６歳未満の養子」", "Adopted Child under the age of 6 of Japanese National"],
    [
      "「永住者・特別永住者」の「未成年で未婚の実子」",
      "Biological Child(minor & unmarried) of Permanent/Special Permanent Resident",
    ],
    [
      "「永住者・特別永住者」の「６歳未満の養子」",
      "Adopted Child under the age of 6 of Permanent/Special Permanent Resident",
    ],
    [
      "「日本人の配偶者」の「未成年で未婚の実子」",
      "Biological Child of Spouse of Japanese National who is a minor and unmarried",
    ],
    [
      "「永住者の配偶者」の「未成年で未婚の実子」",
      "Biological Child of Spouse of Permanent Resident who is a minor and unmarried",
    ],
    ["「日系２世」の「配偶者」", "Spouse of Second- Generation Japanese Immigrant"],
    ["「日系２世」の「未成年で未婚の実子」", "Biological Child of Second -Generation Japanese Immigrant"],
    ["「日系３世」の「配偶者」", "Spouse of Third- Generation Japanese Immigrant"],
    [
      "「日系３世」の「未成年で未婚の実子」",
      "Biological Child(minor and unmarried) of Third-Generation Japanese Immigrant",
    ],
    ["「日系３世」の「６歳未満の養子」", "Adopted Child under the age of 6 of Third- Generation Japanese Immigrant"],
    [
      "「日系２世の配偶者」の「未成年で未婚の実子」",
      "Biological Child of Spouse of Second- Generation Japanese Immigrant",
    ],
    [
      "「日系２世の配偶者」の「６歳未満の養子」",
      "Adopted Child under the age of 6 of Spouse of 2nd-Generation Japanese Immigrant",
    ],
    [
      "「日系３世の配偶者」の「未成年で未婚の実子」",
      "Biological Child of Spouse of Third- Generation Japanese Immigrant",
    ],
    [
      "「日系３世の配偶者」の「６歳未満の養子」",
      "Adopted Child under the age of 6 of Spouse of 3rd-Generation Japanese Immigrant",
    ],
    ["「それ以外の定住者」の「配偶者」", "Spouse of Other Long Term Resident"],
    [
      "「それ以外の定住者」の「未成年で未婚の実子」",
      "Biological Child of Other Long Term Resident who is a minor and unmarried",
    ],
    ["「それ以外の定住者」の「６歳未満の養子」", "Adopted Child under the age of 6 of Other Long Term Resident"],
    [POSITION_OTHER, "Other"],
  ],
};

/** Every 身分又は地位 of the three statuses, in the tool's order (T1, T2, T3). */
export const positionsT: Option[] = Object.values(byStatus)
  .flat()
  .map(([ja, en]) => ({ value: ja, label: { ja, en } }));

/** 在留資格 → the 身分又は地位 the tool offers for it. */
export const positionsByStatus: Record<string, string[]> = Object.fromEntries(
  Object.entries(byStatus).map(([status, list]) => [status, list.map(([ja]) => ja)]),
);
