import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../db/client";
import { LocalFileStore } from "../files/storage";
import { addAttachment } from "../files/attachments";
import { formFor } from "../forms/registry";
import { normalize } from "../forms/engine";
import { managerCoeM } from "../forms/definitions/residence/examples-m";
import { makeUser } from "../../tests/support/fixtures";
import { jpeg } from "../../tests/support/jpeg";
import { submitDraft } from "./submit";

// Found by scripts/load-filings.ts: of two 申込む of one draft sent at the same moment, the second
// could find the draft already gone and send the user back to the form.
test("申込む sent many times in a moment files one application, and each answer names its 整理番号", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "submit-")));
  try {
    const user = await makeUser(prisma);
    const def = formFor("coe", managerCoeM.status)!;
    const draft = await prisma.applicationDraft.create({
      data: { userId: user.id, procedureCode: "coe", values: normalize(def, managerCoeM) },
    });
    const { PDFDocument } = await import("pdf-lib");
    const pdf = await (await PDFDocument.create()).addPage([200, 200]).doc.save();
    for (const [name, bytes, kind] of [
      ["face.jpg", jpeg(300, 400), "PHOTO"],
      ["passport.pdf", pdf, "DOCUMENT"],
    ] as const)
      assert.equal(
        (
          await addAttachment(prisma, store, {
            userId: user.id,
            procedureCode: "coe",
            rule: def.attachments!,
            name,
            bytes,
            kind,
          })
        ).ok,
        true,
      );
    const procedure = { code: "coe", name: "在留資格認定証明書交付申請", residence: true };
    // Sent over half a second, so that some arrive while the first is being stored.
    const answers = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 20));
        return submitDraft(prisma, def, user, procedure, draft.id, "ja");
      }),
    );
    const refs = answers.map((a) => (typeof a === "object" ? a.referenceNo : a));
    assert.equal(new Set(refs).size, 1, refs.join(", "));
    assert.match(refs[0], /^\d{12}$/);
    assert.equal(answers.filter((a) => typeof a === "object" && a.password).length, 1, "the password shown once");
    assert.equal(await prisma.application.count({ where: { userId: user.id } }), 1);
    assert.equal(await prisma.outboxMail.count({ where: { to: user.email, template: "applicationPassword" } }), 1);
  } finally {
    await prisma.$disconnect();
  }
});
