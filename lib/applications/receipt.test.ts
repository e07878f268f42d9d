import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { runDueJobs } from "../jobs/queue";
import { newReferenceNo } from "./numbers";
import { receiptAt, receiptJobs, scheduleReceipt } from "./receipt";

test("受付番号 comes at 09:00 in Japan on the next day unless a delay is configured", () => {
  const saved = process.env.RECEIPT_DELAY_MS;
  delete process.env.RECEIPT_DELAY_MS;
  try {
    // 23:30 on 26 November in Japan → 09:00 on 27 November in Japan.
    assert.equal(receiptAt(new Date("2026-11-26T14:30:00Z")).toISOString(), "2026-11-27T00:00:00.000Z");
    // 01:00 on 27 November in Japan (still the 26th in UTC) → 09:00 on the 28th.
    assert.equal(receiptAt(new Date("2026-11-26T16:00:00Z")).toISOString(), "2026-11-28T00:00:00.000Z");
  } finally {
    if (saved !== undefined) process.env.RECEIPT_DELAY_MS = saved;
  }
});

test("申込む → 受付仮番号 mail → 受付番号 mail, to the staff member and the notification address; 処理待ち → 申請完了", async () => {
  const prisma = createPrismaClient();
  process.env.RECEIPT_PROVISIONAL_DELAY_MS = "0";
  process.env.RECEIPT_DELAY_MS = "0";
  try {
    const user = await makeUser(prisma);
    const app = await prisma.application.create({
      data: {
        referenceNo: newReferenceNo(),
        submissionKey: `test-${newReferenceNo()}`,
        userId: user.id,
        procedureCode: "coe",
        values: { notifyEmail: "hr@kasumi.example", nameRoman: "NGUYEN VAN AN" },
        accessPasswordHash: "x",
      },
    });
    await prisma.$transaction((tx) => scheduleReceipt(tx, app.id));
    const mails = () =>
      prisma.outboxMail.findMany({
        where: {
          to: { in: [user.email, "hr@kasumi.example"] },
          template: { in: ["provisionalReceipt", "applicationReceived"] },
          text: { contains: app.referenceNo },
        },
        orderBy: [{ template: "desc" }, { to: "asc" }],
        select: { to: true, template: true, text: true },
      });

    await runDueJobs(prisma, receiptJobs);
    let stored = await prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    assert.match(stored.provisionalNo ?? "", /^\d{12}$/);
    assert.equal(stored.receiptNo, null);
    assert.equal(stored.status, "WAITING");
    let sent = await mails();
    assert.deepEqual(
      sent.map((m) => `${m.template} ${m.to}`).sort(),
      [`provisionalReceipt ${user.email}`, "provisionalReceipt hr@kasumi.example"].sort(),
    );
    assert.ok(
      sent.every((m) => m.text.includes(stored.provisionalNo!) && m.text.includes("在留資格認定証明書交付申請")),
    );

    await runDueJobs(prisma, receiptJobs);
    stored = await prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    assert.match(stored.receiptNo ?? "", /^\d{12}$/);
    assert.equal(stored.status, "SUBMITTED");
    assert.deepEqual(
      (await prisma.applicationEvent.findMany({ where: { applicationId: app.id } })).map((e) => e.status),
      ["SUBMITTED"],
    );
    sent = await mails();
    assert.equal(
      sent.filter((m) => m.template === "applicationReceived" && m.text.includes(stored.receiptNo!)).length,
      2,
    );

    // Scheduled again (a repeated 申込む): nothing new.
    await prisma.$transaction((tx) => scheduleReceipt(tx, app.id));
    await runDueJobs(prisma, receiptJobs);
    assert.equal((await mails()).length, 4);
  } finally {
    delete process.env.RECEIPT_PROVISIONAL_DELAY_MS;
    delete process.env.RECEIPT_DELAY_MS;
    await prisma.$disconnect();
  }
});
