import { PDFDocument } from "pdf-lib";

export type PdfProblem = "notPdf" | "encrypted" | "invalid";

/**
 * §3.3.3: PDF only (ISO 32000-1), no password or permission restrictions. Content is checked,
 * not the file name: the header, the end-of-file marker, then a full parse by pdf-lib, which
 * refuses any document with an /Encrypt dictionary (user password or permission limits alike).
 */
export async function pdfProblem(bytes: Uint8Array): Promise<PdfProblem | null> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (!/^%PDF-[12]\.\d/.test(head)) return "notPdf";
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes("%%EOF")) return "invalid";
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    return doc.getPageCount() > 0 ? null : "invalid";
  } catch (e) {
    // pdf-lib's EncryptedPDFError does not survive `instanceof` (ES5 Error subclass); its message does.
    return /encrypted/i.test(String((e as Error)?.message)) ? "encrypted" : "invalid";
  }
}
