import iconv from "iconv-lite";
import type { FormDefinition, FormValues } from "../forms/types";
import { csvColumns, rowOf, valuesOfRow } from "../forms/csv";
import { normalize, validate } from "../forms/engine";
import { readCsvFile, type TextEncoding } from "../files/text";
import { BULK_BASE, bulkTemplates, templateParts, type BulkTemplate } from "./templates";

// 一括申請ファイルをアップロードする (§5.3.1): the file is read whole or refused whole. Each
// applicant row is then read by the template's form definition, normalised and validated as the
// single screen does, and every problem is named by its column, not only by its applicant.

export const BULK_MAX_ROWS = 300;
export const BULK_MAX_BYTES = 10 * 1024 * 1024;

/** A problem of one cell: the column's field key and id, and a "validation" message key. */
export type RowProblem = { key: string; header: string; message: string };
export type BulkRowRead = { rowNo: number; values: FormValues; problems: RowProblem[] };

export type BulkRefusal =
  | {
      reason:
        | "empty"
        | "tooLarge"
        | "notText"
        | "notCsv"
        | "noRows"
        | "notWorkbook"
        | "olderTemplate"
        | "tooManyFiles"
        | "mixedFiles";
    }
  | { reason: "tooManyRows"; rows: number }
  | { reason: "otherProcedure"; procedureCode: string }
  | { reason: "header"; missing: string[]; unknown: string[] }
  | { reason: "partsMissing"; sheets: string[] };

export type BulkRead =
  ({ ok: false } & BulkRefusal) | { ok: true; template: BulkTemplate; encoding: BulkEncoding; rows: BulkRowRead[] };

/** How the file came: a CSV's text encoding, or the Excel workbook. */
export type BulkEncoding = TextEncoding | "xlsx";

/**
 * A character outside JIS X 0208 (外字): not in Shift_JIS at all (emoji, rare kanji), or one of
 * Windows' NEC/IBM extensions and user-defined rows (①, ㈱, 髙), which the office system cannot take.
 */
export function gaijiOf(text: string): string | null {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || ch === "\n" || ch === "\r" || ch === "\t") continue;
    const bytes = iconv.encode(ch, "cp932");
    if (bytes.length === 1 ? bytes[0] === 0x3f : false) return ch;
    if (bytes.length === 1) continue; // 半角カナ
    const lead = bytes[0];
    if (lead === 0x87 || lead === 0xed || lead === 0xee || lead >= 0xf0) return ch;
    if (iconv.decode(bytes, "cp932") !== ch) return ch;
  }
  return null;
}

const sameSet = (a: string[], b: Set<string>) => a.length === b.size && a.every((x) => b.has(x));

/** Which template the header is; or why not (another procedure's, or which columns differ). */
function templateOf(bulkCode: string, header: string[]): BulkTemplate | BulkRefusal {
  const mine = bulkTemplates(bulkCode);
  const cols = (t: BulkTemplate) => new Set(csvColumns(t.def).map((c) => c.header));
  const exact = mine.find((t) => sameSet(header, cols(t)));
  if (exact) return exact;
  for (const other of Object.keys(BULK_BASE))
    if (other !== bulkCode && bulkTemplates(other).some((t) => sameSet(header, cols(t))))
      return { reason: "otherProcedure", procedureCode: other };
  // The closest template names the columns that differ (an older version, a column deleted).
  const given = new Set(header);
  const closest = mine
    .map((t) => ({ t, shared: [...cols(t)].filter((h) => given.has(h)).length }))
    .sort((a, b) => b.shared - a.shared)[0];
  const expected = cols(closest.t);
  // Whole sheets not chosen (only 申請情報入力's CSV, say) are named as sheets, not as columns.
  const parts = templateParts(closest.t);
  const absent = parts.filter((p) => p.columns.every((c) => !given.has(c.header)));
  if (absent.length > 0 && absent.length < parts.length && header.every((h) => expected.has(h)))
    if (parts.every((p) => absent.includes(p) || p.columns.every((c) => given.has(c.header))))
      return { reason: "partsMissing", sheets: absent.map((p) => p.sheet) };
  return {
    reason: "header",
    missing: [...expected].filter((h) => !given.has(h)),
    unknown: header.filter((h) => !expected.has(h)),
  };
}

/**
 * An applicant's problems by column: the cells that could not be read, 外字, a status of another
 * 区分 than the template's, and the form's own rules (one message per field, the first).
 */
export function rowProblems(
  def: FormDefinition,
  template: BulkTemplate,
  values: FormValues,
  unread: RowProblem[] = [],
): RowProblem[] {
  const cols = csvColumns(def);
  const headerOf = new Map(cols.map((c) => [c.key, c.header]));
  const problems = [...unread];
  const cells = rowOf(def, values);
  cols.forEach((c, i) => {
    const ch = gaijiOf(cells[i]);
    if (ch) problems.push({ key: c.key, header: c.header, message: `gaiji?${new URLSearchParams({ char: ch })}` });
  });
  const statusHeader = headerOf.get("status");
  if (statusHeader && values.status && !template.statuses.includes(String(values.status)))
    problems.push({ key: "status", header: statusHeader, message: "bulkStatusNotInTemplate" });
  const seen = new Set(problems.map((p) => p.key));
  for (const issue of validate(def, values))
    if (!seen.has(issue.path))
      problems.push({ key: issue.path, header: headerOf.get(issue.path) ?? issue.path, message: issue.message });
  return problems;
}

/** One applicant's row: its answers as the form reads them and each problem by column. */
export function readRow(
  def: FormDefinition,
  template: BulkTemplate,
  cells: Map<string, string>,
  rowNo: number,
): BulkRowRead {
  const { values: raw, problems: unread } = valuesOfRow(def, cells);
  const values = normalize(def, raw);
  const problems = rowProblems(
    def,
    template,
    values,
    unread.map((p) => ({ key: p.key, header: p.header, message: `option?${new URLSearchParams({ value: p.value })}` })),
  );
  return { rowNo, values, problems };
}

/** A CSV file: refused whole, or each applicant's row read. */
export function readBulkFile(bulkCode: string, bytes: Uint8Array): BulkRead {
  const file = readCsvFile(bytes, BULK_MAX_BYTES);
  if (!file.ok) return file;
  return readRecords(bulkCode, joinSheets([file.records]), file.encoding);
}

/** A sheet's column that only shows another sheet's answer (the applicant's name) is not read. */
const isReference = (h: string) => h.trim().startsWith("（参照）");

/**
 * The sheets of one batch side by side (the workbook's, or the CSV files saved from them): their
 * headers joined, and applicant n's cells from row n of each.
 */
export function joinSheets(sheets: string[][][]): string[][] {
  const kept = sheets.map((records) => {
    const header = records[0] ?? [];
    const keep = header.map((h, i) => (isReference(h) ? -1 : i)).filter((i) => i >= 0);
    return { header: keep.map((i) => header[i]), rows: records.slice(1).map((r) => keep.map((i) => r[i] ?? "")) };
  });
  const length = Math.max(0, ...kept.map((k) => k.rows.length));
  return [
    kept.flatMap((k) => k.header),
    ...Array.from({ length }, (_, n) => kept.flatMap((k) => k.rows[n] ?? k.header.map(() => ""))),
  ];
}

/** The records of a CSV file or of the workbook's sheets: the header names the template, then the rows. */
export function readRecords(bulkCode: string, records: string[][], encoding: BulkEncoding): BulkRead {
  const [rawHeader, ...data] = records;
  if (!rawHeader) return { ok: false, reason: "empty" };
  const header = rawHeader.map((h) => h.trim());
  const found = templateOf(bulkCode, header);
  if ("reason" in found) return { ok: false, ...found };
  // Rows left empty (the template's unused lines) are not applicants.
  const rows = data.filter((r) => r.some((c) => c.trim() !== ""));
  if (rows.length === 0) return { ok: false, reason: "noRows" };
  if (rows.length > BULK_MAX_ROWS) return { ok: false, reason: "tooManyRows", rows: rows.length };
  // A row whose status belongs to another 区分 is read by this template and flagged at 在留資格.
  const read = rows.map((r, i) => readRow(found.def, found, new Map(header.map((h, j) => [h, r[j] ?? ""])), i + 1));
  return { ok: true, template: found, encoding, rows: read };
}
