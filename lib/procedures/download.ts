import { PdfWriter } from "../pdf/document";
import type { LocalizedText } from "./catalog";
import { acceptedStatuses } from "./statuses";

/** ダウンロードファイル: 「受付対象の在留資格一覧」 of a procedure, generated from our own data. */
export async function statusListPdf(code: string, name: LocalizedText, asOf: Date): Promise<Uint8Array | null> {
  const list = acceptedStatuses(code);
  if (!list) return null;
  const pdf = await PdfWriter.create({
    title: `受付対象の在留資格一覧 / Statuses of residence accepted — ${name.en}`,
    lang: "ja-JP",
  });
  pdf.text("受付対象の在留資格一覧", 18, { gapAfter: 0 });
  pdf.text("Statuses of residence accepted online", 12, { gapAfter: 10 });
  pdf.text(name.ja, 12, { gapAfter: 0 });
  pdf.text(name.en, 10);
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(asOf);
  pdf.text(`${day} 現在 ${list.length}件 / As of ${day} (JST): ${list.length} statuses`, 9);
  pdf.rule();
  for (const s of list) pdf.pair(s.ja, s.en, { labelWidth: 240, size: 10.5 });
  pdf.gap(8);
  pdf.text("※外交、短期滞在及び永住許可申請はオンライン申請の対象外です。", 9, { gapAfter: 0 });
  pdf.text("Diplomat, Temporary Visitor and permanent residence applications cannot be filed online.", 8);
  return pdf.save();
}
