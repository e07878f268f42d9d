import { foldForSearch } from "../forms/option-search";
// 類義語検索 (§8.1): each group lists words that mean the same for searching. Kept as data.
export const synonymGroups: string[][] = [
  ["ビザ", "在留資格", "査証", "visa", "status"],
  ["延長", "更新", "extension", "extend", "renewal", "renew"],
  ["受け取り", "受領", "受取", "receipt", "receive", "collect"],
  ["会社", "所属機関", "機関", "企業", "company", "organization", "organisation", "employer"],
  ["一括", "まとめて", "複数", "bulk", "batch"],
  ["転職", "変更", "change", "job"],
  ["証明書", "証明", "certificate"],
  ["申請", "申込", "申し込み", "application", "apply"],
  ["報告", "定期報告", "report"],
];

/** The word and everything that means the same, normalised for matching. */
export function expand(word: string): string[] {
  const w = normalizeForSearch(word);
  const group = synonymGroups.find((g) => g.some((s) => normalizeForSearch(s) === w));
  return group ? [...new Set([w, ...group.map(normalizeForSearch)])] : [w];
}

/** Full-width and half-width, upper and lower case, hiragana and katakana all match the same. */
export const normalizeForSearch = foldForSearch;
