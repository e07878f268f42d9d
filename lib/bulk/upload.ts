import { BULK_MAX_BYTES, joinSheets, readRecords, type BulkEncoding, type BulkRead } from "./read";
import { isWorkbook, readWorkbook } from "./workbook";
import { formVersion } from "../applications/saved-file";
import { readCsvFile } from "../files/text";
import { templateFor } from "./templates";

/** The most files of one batch: one CSV per sheet of the official layout. */
export const BULK_MAX_FILES = 3;

/**
 * アップロードする: our Excel workbook, or CSV files (UTF-8 or Shift_JIS) — the whole template in
 * one, or one per sheet saved from the workbook, chosen together. A workbook says which procedure
 * and template version made it: another procedure's, or one made before the form changed, is
 * refused with that reason rather than read column by column.
 */
export async function readUpload(bulkCode: string, files: Uint8Array[]): Promise<BulkRead> {
  if (files.length > BULK_MAX_FILES) return { ok: false, reason: "tooManyFiles" };
  if (files.some(isWorkbook))
    return files.length > 1 ? { ok: false, reason: "mixedFiles" } : readBook(bulkCode, files[0]);
  const sheets: string[][][] = [];
  let encoding: BulkEncoding = "utf-8";
  for (const [i, bytes] of files.entries()) {
    const file = readCsvFile(bytes, BULK_MAX_BYTES);
    if (!file.ok) return file;
    if (i === 0) encoding = file.encoding;
    sheets.push(file.records);
  }
  return readRecords(bulkCode, joinSheets(sheets), encoding);
}

async function readBook(bulkCode: string, bytes: Uint8Array): Promise<BulkRead> {
  if (bytes.length > BULK_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const book = await readWorkbook(bytes);
  if (!book.ok) return { ok: false, reason: "notWorkbook" };
  if (book.meta) {
    if (book.meta.procedure !== bulkCode && templateFor(book.meta.procedure, book.meta.template))
      return { ok: false, reason: "otherProcedure", procedureCode: book.meta.procedure };
    const template = templateFor(bulkCode, book.meta.template);
    if (template && book.meta.version !== formVersion(template.def)) return { ok: false, reason: "olderTemplate" };
  }
  return readRecords(bulkCode, joinSheets(book.sheets), "xlsx");
}
