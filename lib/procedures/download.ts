import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  StandardFonts,
  beginText,
  endText,
  moveText,
  rgb,
  setFontAndSize,
  showText,
} from "pdf-lib";
import type { LocalizedText } from "./catalog";
import { acceptedStatuses } from "./statuses";

const utf16Hex = (s: string) =>
  PDFHexString.of([...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join(""));

/**
 * ダウンロードファイル: 「受付対象の在留資格一覧」 of a procedure, generated from our own data.
 * Japanese text uses a PDF standard CJK font (Adobe-Japan1, UniJIS-UCS2-H) that every reader
 * provides, so no font file has to ship with the service.
 */
export async function statusListPdf(code: string, name: LocalizedText, asOf: Date): Promise<Uint8Array | null> {
  const list = acceptedStatuses(code);
  if (!list) return null;
  const doc = await PDFDocument.create();
  doc.setTitle(`受付対象の在留資格一覧 / Statuses of residence accepted — ${name.en}`);
  doc.setLanguage("ja-JP");
  doc.setCreator("在留申請オンラインシステム");
  const ctx = doc.context;
  const descriptor = ctx.register(
    ctx.obj({
      Type: "FontDescriptor",
      FontName: "KozMinPr6N-Regular",
      Flags: 6,
      FontBBox: [-195, -272, 1110, 1075],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 740,
      StemV: 80,
    }),
  );
  const cid = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "CIDFontType0",
      BaseFont: "KozMinPr6N-Regular",
      CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Japan1"), Supplement: 6 },
      FontDescriptor: descriptor,
      DW: 1000,
    }),
  );
  const jaFont = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "KozMinPr6N-Regular-UniJIS-UCS2-H",
      Encoding: "UniJIS-UCS2-H",
      DescendantFonts: [cid],
    }),
  );
  const latin = await doc.embedFont(StandardFonts.Helvetica);

  const W = 595,
    H = 842,
    M = 50;
  let page = doc.addPage([W, H]);
  let y = H - M;
  const ja = (text: string, size: number, x = M) => {
    page.node.setFontDictionary(PDFName.of("FJ"), jaFont);
    page.pushOperators(beginText(), setFontAndSize("FJ", size), moveText(x, y), showText(utf16Hex(text)), endText());
  };
  const en = (text: string, size: number, x = M) =>
    page.drawText(text, { x, y, size, font: latin, color: rgb(0.1, 0.1, 0.1) });
  const line = (gap: number) => {
    y -= gap;
    if (y < M) {
      page = doc.addPage([W, H]);
      y = H - M;
    }
  };

  ja("受付対象の在留資格一覧", 18);
  line(22);
  en("Statuses of residence accepted online", 12);
  line(24);
  ja(name.ja, 12);
  line(16);
  en(name.en, 10);
  line(16);
  en(
    `As of ${new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(asOf)} (JST), ${list.length} statuses`,
    9,
  );
  line(26);
  for (const s of list) {
    ja(s.ja, 11);
    en(s.en, 10, 290);
    line(18);
  }
  line(8);
  ja("※外交、短期滞在及び永住許可申請はオンライン申請の対象外です。", 9);
  line(14);
  en("Diplomat, Temporary Visitor and permanent residence applications cannot be filed online.", 8);
  return doc.save({ useObjectStreams: false });
}
