import type { Bilingual, FormDefinition, FormValues, TallyKind } from "../types";
import { HSP_THRESHOLD, hspPoints, type HspType } from "./hsp";

/** A points table worked out from the answers: the browser shows it live, the server checks and stores it. */
export type Tally = {
  total: number;
  threshold: number;
  subtotals: { id: string; label: Bilingual; points: number }[];
  passes: boolean;
};

/** 高度専門職（1号イ/ロ/ハ）: the 活動類型 is the status chosen, never a separate answer. */
export const HSP_STATUSES: Record<string, HspType> = {
  "高度専門職（1号イ）": "1号イ",
  "高度専門職（1号ロ）": "1号ロ",
  "高度専門職（1号ハ）": "1号ハ",
};

export const tallies: Record<TallyKind, (values: FormValues, today: Date) => Tally> = {
  hsp(values, today) {
    const r = hspPoints({ ...values, hspType: HSP_STATUSES[String(values.status)] ?? "" }, today);
    return { total: r.total, threshold: HSP_THRESHOLD, subtotals: r.subtotals, passes: r.passes };
  },
};

/** The answers as stored on 申込む: with each tally of the form as it was counted that day. */
export function withTallies(def: FormDefinition, values: FormValues, today: Date): Record<string, unknown> {
  const counted = def.sections.flatMap((s) => (s.tally ? [s.tally] : []));
  const extra = Object.fromEntries(
    counted.map((k) => {
      const t = tallies[k](values, today);
      return [
        `${k}Points`,
        { total: t.total, passes: t.passes, subtotals: t.subtotals.map((x) => ({ id: x.id, points: x.points })) },
      ];
    }),
  );
  return { ...values, ...extra };
}
