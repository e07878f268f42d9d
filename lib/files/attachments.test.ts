import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { validPdf } from "../../e2e/support/pdfs";
import { addAttachment, draftAttachments } from "./attachments";
import { LocalFileStore } from "./storage";

const rule = { required: true, maxFiles: 20, maxBytes: 20 * 1024 * 1024 };

test("the same file sent twice (a form posted again, a reload) is attached once; a refused one leaves nothing", async () => {
  const prisma = createPrismaClient();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attach-"));
  const store = new LocalFileStore(dir);
  try {
    const user = await makeUser(prisma);
    const bytes = new Uint8Array(await validPdf("twice"));
    const input = { userId: user.id, procedureCode: "usage", rule, name: "doc.pdf", bytes };
    const first = await addAttachment(prisma, store, input);
    const again = await addAttachment(prisma, store, input);
    assert.ok(first.ok && again.ok);
    if (first.ok && again.ok) assert.equal(again.attachment.id, first.attachment.id);
    assert.equal((await draftAttachments(prisma, user.id, "usage")).length, 1);
    assert.equal(
      fs.readdirSync(dir, { recursive: true }).filter((f) => !fs.statSync(path.join(dir, String(f))).isDirectory())
        .length,
      1,
    );
    // Another name is another document.
    assert.ok((await addAttachment(prisma, store, { ...input, name: "copy.pdf" })).ok);
    assert.equal((await draftAttachments(prisma, user.id, "usage")).length, 2);

    const other = await makeUser(prisma);
    const refused = await addAttachment(prisma, store, {
      ...input,
      userId: other.id,
      bytes: new Uint8Array([1, 2, 3]),
    });
    assert.deepEqual(refused, { ok: false, reason: "notPdf" });
    assert.equal(await prisma.applicationDraft.count({ where: { userId: other.id } }), 0);
  } finally {
    await prisma.$disconnect();
  }
});
