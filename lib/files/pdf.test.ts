import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PDFDocument, PDFName } from "pdf-lib";
import { pdfProblem } from "./pdf";
import { bigPdf, encryptedPdf, pngRenamed, truncatedPdf, validPdf } from "../../e2e/support/pdfs";

// Files written by qpdf 11 (see fixtures/README.md), committed because CI may lack qpdf.
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

test("a valid PDF passes, also when large", async () => {
  assert.equal(await pdfProblem(await validPdf()), null);
  assert.equal(await pdfProblem(await bigPdf(2 * 1024 * 1024)), null);
});

test("a valid PDF with object streams and a cross-reference stream passes", async () => {
  assert.equal(await pdfProblem(fixture("plain-objstm.pdf")), null);
});

test("a PDF whose page content merely mentions /Encrypt and a trailer passes", async () => {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const content =
    "% trailer << /Encrypt 1 0 R >> startxref\n% 9 0 obj << /Type /XRef /Encrypt 1 0 R >> endobj\n/Encrypt BMC EMC\n";
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.stream(content))); // uncompressed
  assert.equal(await pdfProblem(await doc.save()), null); // saved with object streams and a cross-reference stream
});

test("encrypted PDFs are refused: password-protected and permission-restricted", async () => {
  assert.equal(await pdfProblem(encryptedPdf(-44)), "encrypted");
  assert.equal(await pdfProblem(encryptedPdf(-3904)), "encrypted");
});

for (const name of [
  "aes256-user-password.pdf",
  "aes256-restricted.pdf",
  "aes256-user-password-objstm.pdf",
  "aes256-restricted-objstm.pdf",
  "aes128.pdf",
  "rc4-128.pdf",
  "rc4-40.pdf",
]) {
  test(`encrypted by qpdf: ${name} is refused as encrypted`, async () => {
    assert.equal(await pdfProblem(fixture(name)), "encrypted");
  });
}

test("content, not the name, decides: a PNG is not a PDF; a cut PDF is invalid", async () => {
  assert.equal(await pdfProblem(pngRenamed()), "notPdf");
  assert.equal(await pdfProblem(await truncatedPdf()), "invalid");
  assert.equal(await pdfProblem(Buffer.from("%PDF-1.7\n garbage \n%%EOF\n")), "invalid");
});
