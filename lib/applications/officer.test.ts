import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { moveApplication } from "./officer";

test("an officer moves a residence application through the manual's states; each move recorded and mailed", async () => {
  const prisma = createPrismaClient();
  try {
    const applicant = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const app = await makeApplication(prisma, applicant.id, {
      values: { notifyEmail: "hr@kasumi.example" },
      status: "SUBMITTED",
    });
    const move = (from: string, to: string, message?: string, by = officer.id) =>
      moveApplication(prisma, by, app.id, { from, to, message });
    // Not from a state the officer did not see, not to a state the manual does not allow from there.
    assert.equal(await move("WAITING", "EXAMINING"), "stale");
    assert.equal(await move("SUBMITTED", "COMPLETED"), "notAllowed");
    assert.equal(await move("SUBMITTED", "RETURNED", "  "), "messageRequired");
    assert.equal(await move("SUBMITTED", "RETURNED", "あ".repeat(1001)), "messageTooLong");
    assert.equal(await move("SUBMITTED", "EXAMINING", undefined, applicant.id), "own");
    // A message forged onto another move is not kept.
    assert.equal(await move("SUBMITTED", "EXAMINING", "forged"), "moved");
    // The same click twice: the second finds the state changed and does nothing.
    assert.equal(await move("SUBMITTED", "EXAMINING"), "stale");
    assert.equal(await move("EXAMINING", "RETURNED", "在職証明書を追加してください。"), "moved");
    let now = await prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    assert.equal(now.status, "RETURNED");
    assert.equal(now.returnMessage, "在職証明書を追加してください。");
    // 返却中 is the applicant's to answer; nothing for the officer until then.
    assert.equal(await move("RETURNED", "EXAMINING"), "notAllowed");
    await prisma.application.update({ where: { id: app.id }, data: { status: "EXAMINING" } });
    assert.equal(await move("EXAMINING", "AWAITING_ISSUE"), "moved");
    assert.equal(await move("AWAITING_ISSUE", "COMPLETED"), "moved");
    now = await prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    assert.equal(now.status, "COMPLETED");
    assert.equal(now.decidedById, officer.id);
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } });
    assert.deepEqual(
      events.map((e) => [e.status, e.actorId === officer.id]),
      [
        ["EXAMINING", true],
        ["RETURNED", true],
        ["AWAITING_ISSUE", true],
        ["COMPLETED", true],
      ],
    );
    assert.equal(events[0].message, null);
    assert.equal(events[1].message, "在職証明書を追加してください。");
    const mails = await prisma.outboxMail.findMany({
      where: { to: { in: [applicant.email, "hr@kasumi.example"] }, text: { contains: app.referenceNo } },
    });
    // Four moves, each to the staff member and the notification address.
    assert.equal(mails.length, 8);
    assert.ok(mails.some((m) => m.to === applicant.email && m.text.includes("在職証明書を追加してください。")));
    // 利用申出 is not moved this way (it has its own approve/return).
    const usage = await makeApplication(prisma, applicant.id, { procedureCode: "usage", status: "SUBMITTED" });
    assert.equal(
      await moveApplication(prisma, officer.id, usage.id, { from: "SUBMITTED", to: "EXAMINING" }),
      "notAllowed",
    );
  } finally {
    await prisma.$disconnect();
  }
});
