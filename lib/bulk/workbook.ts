import ExcelJS from "exceljs";
import { formVersion } from "../applications/saved-file";
import { BULK_MAX_ROWS } from "./read";
import { SHEET_MAIN, templateParts, type BulkTemplate } from "./templates";

// 一括申請用テンプレート as an Excel workbook without macros: the official tool's sheets (申請情報入力,
// its 区分 part, 同時申請; one column per CSV column, every cell text so 19980412 stays 19980412),
// drop-downs from each field's options, an instructions sheet, and a hidden sheet saying which
// procedure, template and version it is.

export { SHEET_MAIN };
const SHEET_LISTS = "選択肢";
const SHEET_META = "版";
const SHEET_HOWTO = "利用手順";
/** The other sheets open with the applicant's name from 申請情報入力, to see whose row it is. */
export const REFERENCE_PREFIX = "（参照）";

const colName = (n: number): string => {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

const LAST_ROW = BULK_MAX_ROWS + 1;

/** The workbook's bytes (.xlsx). */
export async function templateWorkbook(bulkCode: string, template: BulkTemplate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "在留申請オンラインシステム";
  const howto = wb.addWorksheet(SHEET_HOWTO);
  const parts = templateParts(template);
  const sheets = parts.map((p) =>
    wb.addWorksheet(p.sheet, { views: [{ state: "frozen", ySplit: 1, xSplit: p.id === "main" ? 0 : 1 }] }),
  );
  const lists = wb.addWorksheet(SHEET_LISTS, { state: "hidden" });
  const meta = wb.addWorksheet(SHEET_META, { state: "veryHidden" });

  const nameHeader = parts[0].columns.find((c) => c.key === "nameRoman")?.header;
  const nameCol = parts[0].columns.findIndex((c) => c.key === "nameRoman") + 1;
  let listCol = 0;
  parts.forEach((part, n) => {
    const sheet = sheets[n];
    const reference = n > 0 && nameCol > 0 ? 1 : 0;
    sheet.columns = [
      ...(reference ? [{ header: `${REFERENCE_PREFIX}${nameHeader}`, key: "reference", width: 24 }] : []),
      ...part.columns.map((c) => ({
        header: c.header,
        key: c.key,
        width: Math.min(40, Math.max(12, c.header.length * 2)),
        style: { numFmt: "@" },
      })),
    ];
    sheet.getRow(1).font = { bold: true };
    if (reference) {
      const from = `'${SHEET_MAIN}'!${colName(nameCol)}`;
      for (let r = 2; r <= LAST_ROW; r++)
        sheet.getCell(r, 1).value = { formula: `IF(${from}${r}="","",${from}${r})`, result: "" };
    }
    part.columns.forEach((c, i) => {
      if (!("options" in c.field)) return;
      listCol++;
      const letter = colName(listCol);
      c.field.options.forEach((o, j) => (lists.getCell(`${letter}${j + 1}`).value = o.value));
      const range = `'${SHEET_LISTS}'!$${letter}$1:$${letter}$${c.field.options.length}`;
      // A checkbox field may hold several answers joined by "|": its cells are not limited to the list.
      if (c.field.type === "checkbox") return;
      for (let r = 2; r <= LAST_ROW; r++)
        sheet.getCell(r, i + 1 + reference).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [range],
          showErrorMessage: true,
          errorTitle: "選択肢にない値です",
          error: "一覧から選択してください。",
        };
    });
    for (let r = 2; r <= LAST_ROW; r++) sheet.getRow(r).numFmt = "@";
  });

  meta.addRow(["procedure", bulkCode]);
  meta.addRow(["template", template.key]);
  meta.addRow(["version", formVersion(template.def)]);

  const sheetList = parts.map((p) => `「${p.sheet}」`).join("、");
  howto.getColumn(1).width = 120;
  for (const line of [
    `一括申請用テンプレート：${template.label.ja}`,
    "",
    `1. ${sheetList}の各シートの2行目から、1行に1人ずつ入力します（最大${BULK_MAX_ROWS}人）。どのシートでも、同じ行は同じ申請人です。1行目の列見出しは変更しないでください。`,
    "2. 選択肢のある項目は、セルの一覧から選択します。一覧にない値は読み込めません。",
    "3. 日付は「19980412」のように8桁の数字で入力します。生年月日が不詳の場合は、年月日不詳は 99999999、月日不詳は 19980000、日不詳は 19980400 と入力します。",
    "4. 複数選択できる項目は、値を「|」で区切って入力します。",
    "5. 入力したこのファイル（.xlsx）をそのままアップロードできます。シートごとにCSV形式で保存した場合は、それらのCSVファイルをまとめて選択してアップロードします。",
    "6. 使用できる文字は JIS第1・第2水準の文字です。それ以外の文字（外字）は、読み込み結果でセルごとに示します。",
    "",
    `Bulk application template: ${template.label.en}`,
    `Enter one applicant per line from line 2 of each sheet (${parts.map((p) => p.sheet).join(", ")}), at most ${BULK_MAX_ROWS}; the same line of every sheet is the same applicant. Do not change the header lines.`,
    "Choose answers from each cell's list; write dates as 8 digits (19980412); separate several answers with |.",
    "Upload this workbook (.xlsx) as it is, or the CSV files saved from its sheets, chosen together.",
  ])
    howto.addRow([line]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The .xlsx signature (a zip file). */
export const isWorkbook = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export type WorkbookRead =
  | { ok: true; sheets: string[][][]; meta: { procedure: string; template: string; version: string } | null }
  | { ok: false; reason: "notWorkbook" };

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    if ("result" in v) return v.result === undefined ? "" : String(v.result);
    if (v instanceof Date) return v.toISOString().slice(0, 10).replace(/-/g, "");
    return "";
  }
  return String(v);
};

/** Each applicants' sheet as CSV-like records, and the hidden marker when the workbook is ours. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: "notWorkbook" };
  }
  const sheets = wb.worksheets
    .filter((w) => ![SHEET_HOWTO, SHEET_LISTS, SHEET_META].includes(w.name))
    .map((w) => {
      const width = w.getRow(1).cellCount;
      const records: string[][] = [];
      w.eachRow({ includeEmpty: true }, (row) => {
        records.push(Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value)));
      });
      return records;
    });
  if (!wb.getWorksheet(SHEET_MAIN)) return { ok: false, reason: "notWorkbook" };
  const metaSheet = wb.getWorksheet(SHEET_META);
  const m = new Map<string, string>();
  metaSheet?.eachRow((row) => m.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  return {
    ok: true,
    sheets,
    meta: metaSheet
      ? { procedure: m.get("procedure") ?? "", template: m.get("template") ?? "", version: m.get("version") ?? "" }
      : null,
  };
}
