import { PDFDocument } from "pdf-lib";

export type PdfProblem = "notPdf" | "encrypted" | "invalid";

/**
 * §3.3.3: PDF only (ISO 32000-1), no password or permission restrictions. Content is checked,
 * not the file name: the header, the end-of-file marker, a standard security handler (an
 * /Encrypt entry, whether a user password or only permission limits), then a full parse by pdf-lib.
 */
export async function pdfProblem(bytes: Uint8Array): Promise<PdfProblem | null> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (!/^%PDF-[12]\.\d/.test(head)) return "notPdf";
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes("%%EOF")) return "invalid";
  if (hasEncryptEntry(bytes)) return "encrypted";
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    return doc.getPageCount() > 0 ? null : "invalid";
  } catch (e) {
    // pdf-lib's EncryptedPDFError does not survive `instanceof` (ES5 Error subclass); its message does.
    return /encrypted/i.test(String((e as Error)?.message)) ? "encrypted" : "invalid";
  }
}

/**
 * Whether any trailer (one per incremental update) or cross-reference stream dictionary has an
 * /Encrypt entry. pdf-lib only sees it in a classic trailer, so it misses files with object
 * streams (AES-256 from Acrobat or qpdf), where the trailer is the dictionary of a /Type /XRef
 * stream; that dictionary is never compressed, so its bytes can be read as they are.
 */
function hasEncryptEntry(bytes: Uint8Array): boolean {
  // Stream data goes first (each piece between "endstream"s ends with one): page content may
  // hold "/Encrypt" or "trailer <<" as mere text.
  const skeleton = new TextDecoder("latin1")
    .decode(bytes)
    .split("endstream")
    .map((piece) => piece.replace(/>>\s*stream[\r\n][\s\S]*/, ">>"))
    .join("\n");
  // The lookahead stops each dictionary at the next object or trailer, so the scan stays linear.
  const dicts = skeleton.matchAll(/(trailer|\bobj)\s*(<<(?:(?!trailer|\bobj\b)[\s\S])*?>>)\s*(?:endobj|startxref)/g);
  for (const [, kind, dict] of dicts) {
    if ((kind === "trailer" || /\/Type\s*\/XRef\b/.test(dict)) && /\/Encrypt(?![^\s()<>[\]{}/%])/.test(dict))
      return true;
  }
  return false;
}
