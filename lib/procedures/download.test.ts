import { test } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { PDFDocument } from "pdf-lib";
import { statusListPdf } from "./download";
import { findProcedure } from "./search";
import { pdfProblem } from "../files/pdf";

test("the status list of a residence procedure is a valid PDF naming its statuses", async () => {
  const p = findProcedure("coe")!;
  const bytes = await statusListPdf("coe", p.name, new Date("2026-11-25T00:00:00Z"));
  assert.ok(bytes);
  assert.equal(await pdfProblem(bytes!), null);
  const doc = await PDFDocument.load(bytes!);
  assert.match(doc.getTitle() ?? "", /Certificate of Eligibility/);
  // Page content, inflated where pdf-lib compressed it.
  const buf = Buffer.from(bytes!);
  let raw = buf.toString("latin1");
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      raw += zlib.inflateSync(buf.subarray(start, end)).toString("latin1");
    } catch {}
  }
  // 技術・人文知識・国際業務 in UTF-16BE hex; 永住者 is not accepted for a COE.
  const hex = (s: string) =>
    [...s]
      .map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"))
      .join("")
      .toUpperCase();
  assert.ok(raw.toUpperCase().includes(hex("技術・人文知識・国際業務")));
  assert.ok(!raw.toUpperCase().includes(hex("永住者") + ">"));
  const latinHex = Buffer.from("Engineer/Specialist in Humanities/International Services")
    .toString("hex")
    .toUpperCase();
  assert.ok(raw.toUpperCase().includes(latinHex));
});

test("procedures without statuses have no such file", async () => {
  assert.equal(await statusListPdf("usage", findProcedure("usage")!.name, new Date()), null);
});
