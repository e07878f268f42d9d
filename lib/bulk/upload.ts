import { BULK_MAX_BYTES, readBulkFile, readRecords, type BulkRead } from "./read";
import { isWorkbook, readWorkbook } from "./workbook";
import { formVersion } from "../applications/saved-file";
import { templateFor } from "./templates";

/**
 * アップロードする: a CSV (UTF-8 or Shift_JIS) or our Excel workbook. A workbook says which
 * procedure and template version made it: another procedure's, or one made before the form
 * changed, is refused with that reason rather than read column by column.
 */
export async function readUpload(bulkCode: string, bytes: Uint8Array): Promise<BulkRead> {
  if (!isWorkbook(bytes)) return readBulkFile(bulkCode, bytes);
  if (bytes.length > BULK_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const book = await readWorkbook(bytes);
  if (!book.ok) return { ok: false, reason: "notWorkbook" };
  if (book.meta) {
    if (book.meta.procedure !== bulkCode && templateFor(book.meta.procedure, book.meta.template))
      return { ok: false, reason: "otherProcedure", procedureCode: book.meta.procedure };
    const template = templateFor(bulkCode, book.meta.template);
    if (template && book.meta.version !== formVersion(template.def)) return { ok: false, reason: "olderTemplate" };
  }
  return readRecords(bulkCode, book.records, "xlsx");
}
