import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../db/client";
import { LocalFileStore } from "../files/storage";
import { addAttachment } from "../files/attachments";
import { makeUser } from "../../tests/support/fixtures";
import { validPdf } from "../../e2e/support/pdfs";
import { setClockOffset } from "../clock";
import { keepDraft } from "./drafts";
import { discardDraft, expireDrafts, userDrafts } from "./draft-list";

const DAY = 86_400_000;
const rule = { required: false, maxFiles: 20, maxBytes: 25 * 1024 * 1024, photo: true };

test("入力途中の申込: the user's own drafts with their names; deleting one removes its files, and only one's own", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "drafts-")));
  try {
    const me = await makeUser(prisma);
    const other = await makeUser(prisma);
    await keepDraft(prisma, me.id, "coe", { status: "技能", nameRoman: "NGUYEN VAN AN" });
    await keepDraft(prisma, me.id, "usage", { organizationName: "株式会社テスト" });
    await keepDraft(prisma, me.id, "correct:some-application", {});
    await keepDraft(prisma, other.id, "coe", { nameRoman: "SOMEONE ELSE" });
    const mine = await userDrafts(prisma, me.id);
    assert.deepEqual(mine.map((d) => [d.procedureCode, d.name]).sort(), [
      ["coe", "NGUYEN VAN AN"],
      ["usage", "株式会社テスト"],
    ]);
    const coe = mine.find((d) => d.procedureCode === "coe")!;
    const added = await addAttachment(prisma, store, {
      userId: me.id,
      procedureCode: "coe",
      rule,
      name: "在職証明書.pdf",
      bytes: new Uint8Array(await validPdf("draft")),
    });
    assert.ok(added.ok);
    const key = (await prisma.attachment.findUniqueOrThrow({ where: { id: added.attachment.id } })).storageKey;
    assert.ok(await store.get(key));
    // Someone else's id: nothing happens.
    assert.equal(await discardDraft(prisma, store, other.id, coe.id), false);
    assert.equal(await discardDraft(prisma, store, me.id, coe.id), true);
    assert.equal(await prisma.applicationDraft.count({ where: { id: coe.id } }), 0);
    assert.equal(await prisma.attachment.count({ where: { id: added.attachment.id } }), 0);
    assert.equal(await store.get(key), null);
  } finally {
    await prisma.$disconnect();
  }
});

test("a draft not saved for 30 days goes, with its files; a fresher one stays", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "drafts-")));
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const me = await makeUser(prisma);
    await keepDraft(prisma, me.id, "coe", { nameRoman: "OLD DRAFT" });
    const added = await addAttachment(prisma, store, {
      userId: me.id,
      procedureCode: "coe",
      rule,
      name: "old.pdf",
      bytes: new Uint8Array(await validPdf("old")),
    });
    assert.ok(added.ok);
    setClockOffset(29 * DAY);
    await expireDrafts(prisma, store);
    assert.equal((await userDrafts(prisma, me.id)).length, 1);
    await keepDraft(prisma, me.id, "usage", { organizationName: "新しい" });
    setClockOffset(30 * DAY + 60_000);
    // Past its time it is no longer listed, even before the worker removes it.
    assert.deepEqual(
      (await userDrafts(prisma, me.id)).map((d) => d.procedureCode),
      ["usage"],
    );
    await expireDrafts(prisma, store);
    assert.equal(await prisma.applicationDraft.count({ where: { userId: me.id, procedureCode: "coe" } }), 0);
    assert.equal(await prisma.attachment.count({ where: { id: added.attachment.id } }), 0);
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});
