import { test } from "node:test";
import assert from "node:assert/strict";
import { pdfProblem } from "./pdf";
import { bigPdf, encryptedPdf, pngRenamed, truncatedPdf, validPdf } from "../../e2e/support/pdfs";

test("a valid PDF passes, also when large", async () => {
  assert.equal(await pdfProblem(await validPdf()), null);
  assert.equal(await pdfProblem(await bigPdf(2 * 1024 * 1024)), null);
});

test("encrypted PDFs are refused: password-protected and permission-restricted", async () => {
  assert.equal(await pdfProblem(encryptedPdf(-44)), "encrypted");
  assert.equal(await pdfProblem(encryptedPdf(-3904)), "encrypted");
});

test("content, not the name, decides: a PNG is not a PDF; a cut PDF is invalid", async () => {
  assert.equal(await pdfProblem(pngRenamed()), "notPdf");
  assert.equal(await pdfProblem(await truncatedPdf()), "invalid");
  assert.equal(await pdfProblem(Buffer.from("%PDF-1.7\n garbage \n%%EOF\n")), "invalid");
});
