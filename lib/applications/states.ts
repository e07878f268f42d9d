/** The seven 処理状況 (§7.1), in the order the manual explains them. */
export const STATUSES = [
  "WAITING",
  "SUBMITTED",
  "EXAMINING",
  "AWAITING_ISSUE",
  "RETURNED",
  "COMPLETED",
  "REJECTED",
] as const;
export type Status = (typeof STATUSES)[number];

// §7.1 / §7.3: an application not yet decided (処理待ち, 申請完了, 審査中). Officers decide only
// these; 受領方法 can change only in these.
export const UNDECIDED_STATUSES = ["WAITING", "SUBMITTED", "EXAMINING"] as const;

export function isUndecided(status: string): boolean {
  return (UNDECIDED_STATUSES as readonly string[]).includes(status);
}
