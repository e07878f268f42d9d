import { test } from "node:test";
import assert from "node:assert/strict";
import { PDFDocument } from "pdf-lib";
import { statusListPdf } from "./download";
import { findProcedure } from "./search";
import { pdfProblem } from "../files/pdf";
import { pdfText, pdfFontsOf } from "../../tests/support/pdf";

test("the status list of a residence procedure is a valid PDF naming its statuses, in an embedded font", async () => {
  const p = findProcedure("coe")!;
  const bytes = await statusListPdf("coe", p.name, new Date("2026-11-25T00:00:00Z"));
  assert.ok(bytes);
  assert.equal(await pdfProblem(bytes!), null);
  const doc = await PDFDocument.load(bytes!);
  assert.match(doc.getTitle() ?? "", /Certificate of Eligibility/);
  const text = await pdfText(bytes!);
  assert.match(text, /技術・人文知識・国際業務/);
  assert.match(text, /Engineer\/Specialist in Humanities\/International\s+Services/);
  assert.match(text, /※外交、短期滞在及び永住許可申請はオンライン申請の対象外です。/);
  assert.doesNotMatch(text, /永住者\s/);
  assert.deepEqual(await pdfFontsOf(bytes!), { embedded: 1, notEmbedded: 0 });
});

test("procedures without statuses have no such file", async () => {
  assert.equal(await statusListPdf("usage", findProcedure("usage")!.name, new Date()), null);
});
