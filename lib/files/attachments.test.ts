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
import { jpeg } from "../../tests/support/jpeg";

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

test("顔写真: a JPEG in portrait 4:3 only, one per draft (a new one replaces it), counted with the files", async () => {
  const prisma = createPrismaClient();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "photo-"));
  const store = new LocalFileStore(dir);
  const stored = () =>
    fs.readdirSync(dir, { recursive: true }).filter((f) => !fs.statSync(path.join(dir, String(f))).isDirectory())
      .length;
  try {
    const user = await makeUser(prisma);
    const base = { userId: user.id, procedureCode: "coe", rule: { ...rule, maxFiles: 3 }, kind: "PHOTO" as const };
    const refusal = async (name: string, bytes: Uint8Array) => {
      const r = await addAttachment(prisma, store, { ...base, name, bytes });
      return r.ok ? "ok" : r.reason;
    };
    assert.equal(await refusal("renamed.jpg", new Uint8Array(await validPdf("pdf as photo"))), "photo_notJpeg");
    assert.equal(await refusal("wide.jpg", jpeg(400, 300)), "photo_shape");
    assert.equal(await refusal("square.jpg", jpeg(300, 300)), "photo_shape");
    assert.equal(await refusal("cut.jpg", jpeg(300, 400, { end: false })), "photo_invalid");
    assert.equal(stored(), 0);

    assert.equal(await refusal("first.jpg", jpeg(300, 400)), "ok");
    assert.equal(await refusal("second.jpg", jpeg(600, 801)), "ok");
    const files = await draftAttachments(prisma, user.id, "coe");
    assert.deepEqual(
      files.map((f) => [f.name, f.kind]),
      [["second.jpg", "PHOTO"]],
    );
    assert.equal(stored(), 1);

    // Two documents and the photo fill a limit of 3; another document is refused, a new photo is not.
    const pdf = { ...base, kind: "DOCUMENT" as const };
    assert.ok(
      (await addAttachment(prisma, store, { ...pdf, name: "a.pdf", bytes: new Uint8Array(await validPdf("a")) })).ok,
    );
    assert.ok(
      (await addAttachment(prisma, store, { ...pdf, name: "b.pdf", bytes: new Uint8Array(await validPdf("b")) })).ok,
    );
    assert.deepEqual(
      await addAttachment(prisma, store, { ...pdf, name: "c.pdf", bytes: new Uint8Array(await validPdf("c")) }),
      { ok: false, reason: "tooMany" },
    );
    assert.equal(await refusal("third.jpg", jpeg(300, 400, { frame: true })), "ok");
    assert.equal((await draftAttachments(prisma, user.id, "coe")).length, 3);
  } finally {
    await prisma.$disconnect();
  }
});
