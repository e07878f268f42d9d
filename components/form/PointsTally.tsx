"use client";
import { useEffect, useState } from "react";
import type { FormValues, TallyKind } from "@/lib/forms/types";
import { tallies } from "@/lib/forms/points";

const T = {
  ja: {
    title: "ポイントの計算",
    item: "項目",
    points: "点数",
    total: "合計",
    pts: (n: number) => `${n}点`,
    needed: (min: number) => `${min}点以上が必要です。`,
    met: "基準を満たしています。",
    short: (n: number) => `あと${n}点足りません。`,
    condition: "年収が300万円以上であることが確認できないため、基準を満たしていません。",
    announce: (n: number) => `ポイントの合計は${n}点です。`,
  },
  en: {
    title: "Points",
    item: "Item",
    points: "Points",
    total: "Total",
    pts: (n: number) => `${n} points`,
    needed: (min: number) => `${min} points or more are needed.`,
    met: "The threshold is met.",
    short: (n: number) => `${n} points short.`,
    condition: "Not met: an annual salary of 3,000,000 yen or more is not confirmed.",
    announce: (n: number) => `The points add up to ${n}.`,
  },
};

/**
 * A points table's subtotals and total as the answers change (the same calculation the server
 * checks). Screen readers hear the new total once the answers settle, not on every change.
 */
export function PointsTally({ kind, values, lang }: { kind: TallyKind; values: FormValues; lang: string }) {
  const t = tallies[kind](values, new Date());
  const s = lang === "ja" ? T.ja : T.en;
  const [said, setSaid] = useState("");
  const total = t.total;
  useEffect(() => {
    const id = setTimeout(() => setSaid(s.announce(total)), 1500);
    return () => clearTimeout(id);
  }, [total, s]);
  return (
    <section aria-labelledby={`tally-${kind}`} className="panel mt-8 p-4" data-testid="points-tally">
      <h3 id={`tally-${kind}`} className="text-lg font-bold">
        {s.title}
      </h3>
      <table className="mt-2 w-full border-collapse">
        <caption className="sr-only">{s.title}</caption>
        <thead>
          <tr className="border-b-2 border-rule text-left">
            <th scope="col" className="py-1 pr-4">
              {s.item}
            </th>
            <th scope="col" className="py-1 text-right">
              {s.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {t.subtotals.map((x) => (
            <tr key={x.id} className="border-b border-rule">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {lang === "ja" ? x.label.ja : x.label.en}
              </th>
              <td className="py-1 text-right">{s.pts(x.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-1 pr-4 text-left">
              {s.total}
            </th>
            <td className="py-1 text-right font-bold" data-testid="points-total">
              {s.pts(t.total)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-2">
        {s.needed(t.threshold)}{" "}
        <strong>{t.passes ? s.met : t.total < t.threshold ? s.short(t.threshold - t.total) : s.condition}</strong>
      </p>
      <p aria-live="polite" className="sr-only">
        {said}
      </p>
    </section>
  );
}
