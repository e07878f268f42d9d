import { PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";

/** The text a PDF reader extracts from every page (through the fonts' ToUnicode maps). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

/** How many of the PDF's glyph-carrying fonts embed their font file, and how many only name one. */
export async function pdfFontsOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  let embedded = 0;
  let notEmbedded = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    if (obj.get(PDFName.of("Subtype")) === PDFName.of("Type0")) continue;
    const ref = obj.get(PDFName.of("FontDescriptor"));
    const descriptor = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : undefined;
    const file = ["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor?.has(PDFName.of(k)));
    if (file) embedded++;
    else notEmbedded++;
  }
  return { embedded, notEmbedded };
}
