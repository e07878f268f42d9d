import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { setClockOffset } from "../clock";
import { runDueJobs } from "../jobs/queue";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalFileStore } from "../files/storage";
import { addAttachment } from "../files/attachments";
import { validPdf } from "../../e2e/support/pdfs";
import { moveApplication } from "./officer";
import { correctionDraftCode, correctionJobs, correctionRule, resubmitCorrection } from "./correction";

const DAY = 86_400_000;
const rule = { required: false, maxFiles: 20, maxBytes: 25 * 1024 * 1024, photo: true };

test("返却中: a reminder every 7 days until the applicant sends the asked-for file; then back to 審査中", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "correct-")));
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const applicant = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const app = await makeApplication(prisma, applicant.id, { status: "EXAMINING" });
    await prisma.applicationEvent.create({ data: { applicationId: app.id, status: "EXAMINING", at: new Date() } });
    assert.equal(
      await moveApplication(prisma, officer.id, app.id, { from: "EXAMINING", to: "RETURNED", message: "在職証明書" }),
      "moved",
    );
    const reminders = () => prisma.outboxMail.count({ where: { to: applicant.email, template: "correctionReminder" } });
    const run = () => runDueJobs(prisma, correctionJobs);
    // Nothing before 7 days; one at 7, one more at 14.
    setClockOffset(6 * DAY);
    await run();
    assert.equal(await reminders(), 0);
    setClockOffset(7 * DAY + 60_000);
    await run();
    assert.equal(await reminders(), 1);
    setClockOffset(14 * DAY + 120_000);
    await run();
    assert.equal(await reminders(), 2);

    // Nothing attached yet: 再提出 is refused. A PDF attached, then sent: back to 審査中, the file on the application.
    assert.equal(await resubmitCorrection(prisma, store, applicant.id, app.id), "noFiles");
    const added = await addAttachment(prisma, store, {
      userId: applicant.id,
      procedureCode: correctionDraftCode(app.id),
      rule: await correctionRule(prisma, app.id, rule),
      name: "在職証明書.pdf",
      bytes: new Uint8Array(await validPdf("correction")),
    });
    assert.ok(added.ok);
    // Someone else cannot send it.
    assert.equal(await resubmitCorrection(prisma, store, officer.id, app.id), "notReturned");
    assert.equal(await resubmitCorrection(prisma, store, applicant.id, app.id), "resubmitted");
    const after = await prisma.application.findUniqueOrThrow({ where: { id: app.id }, include: { attachments: true } });
    assert.equal(after.status, "EXAMINING");
    assert.deepEqual(
      after.attachments.map((a) => a.name),
      ["在職証明書.pdf"],
    );
    assert.equal(await prisma.outboxMail.count({ where: { to: applicant.email, template: "correctionReceived" } }), 1);
    // Answered: the reminders stop.
    setClockOffset(21 * DAY + 180_000);
    await run();
    assert.equal(await reminders(), 2);
    // What a correction may still add counts the files the application holds.
    assert.equal((await correctionRule(prisma, app.id, rule)).maxFiles, 19);
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});

test("利用申出 返却中: corrected answers are sent on the same application; sending nothing new is refused", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "correct-")));
  try {
    const applicant = await makeUser(prisma);
    const values = { usageType: "new", organizationName: "株式会社テスト", phone: "0312345678" };
    const app = await makeApplication(prisma, applicant.id, {
      procedureCode: "usage",
      status: "RETURNED",
      returnMessage: "電話番号を確認してください。",
      values,
    });
    await prisma.applicationEvent.create({
      data: { applicationId: app.id, status: "SUBMITTED", at: new Date(Date.now() - 60_000) },
    });
    assert.equal(await resubmitCorrection(prisma, store, applicant.id, app.id, { ...values }), "noChanges");
    assert.equal(
      await resubmitCorrection(prisma, store, applicant.id, app.id, { ...values, phone: "0398765432" }),
      "resubmitted",
    );
    const after = await prisma.application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true } });
    assert.equal(after.status, "SUBMITTED");
    assert.equal(after.referenceNo, app.referenceNo);
    assert.equal((after.values as Record<string, unknown>).phone, "0398765432");
    assert.ok(after.events.some((e) => e.message === "申込内容を修正"));
    const mail = await prisma.outboxMail.findFirstOrThrow({
      where: { to: applicant.email, template: "correctionReceived" },
    });
    assert.match(mail.text, /申込内容の修正/);
    // Once sent, it is no longer 返却中.
    assert.equal(
      await resubmitCorrection(prisma, store, applicant.id, app.id, { ...values, phone: "0311112222" }),
      "notReturned",
    );
  } finally {
    await prisma.$disconnect();
  }
});
