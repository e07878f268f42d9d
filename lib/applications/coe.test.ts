import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../db/client";
import { LocalFileStore } from "../files/storage";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { pdfFontsOf, pdfText } from "../../tests/support/pdf";
import { setClockOffset } from "../clock";
import { runDueJobs } from "../jobs/queue";
import { moveApplication } from "./officer";
import { coeJobs, registerReceipt } from "./coe";

const DAY = 86_400_000;
const notifyEmail = `siti-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
const coeValues = (coeReceipt: string) => ({
  nameRoman: "SITI RAHAYU",
  nationality: "インドネシア",
  birthDate: "19980304",
  status: "技術・人文知識・国際業務",
  coeReceipt,
  notifyEmail,
});

test("完了 of a COE asked for by メール issues the certificate; reminders every 7 days stop at 受領登録", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "coe-")));
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const user = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const app = await makeApplication(prisma, user.id, {
      procedureCode: "coe",
      status: "AWAITING_ISSUE",
      values: coeValues("メール"),
    });
    assert.equal(
      await moveApplication(prisma, officer.id, app.id, { from: "AWAITING_ISSUE", to: "COMPLETED" }, store),
      "moved",
    );
    const cert = await prisma.coeCertificate.findUniqueOrThrow({ where: { applicationId: app.id } });
    assert.equal(cert.userId, user.id);
    assert.equal(cert.registeredAt, null);
    const pdf = (await store.get(cert.storageKey))!;
    const text = await pdfText(pdf);
    assert.match(text, /在留資格認定証明書/);
    assert.match(text, new RegExp(cert.certificateNo));
    assert.match(text, /SITI RAHAYU/);
    assert.deepEqual(await pdfFontsOf(pdf), { embedded: 1, notEmbedded: 0 });
    // Mailed to the staff member and to the application's notification address.
    const issued = (to: string) => prisma.outboxMail.count({ where: { to, template: "coeIssued" } });
    assert.equal(await issued(user.email), 1);
    assert.equal(await issued(notifyEmail), 1);

    const run = () => runDueJobs(prisma, coeJobs);
    setClockOffset(6 * DAY);
    await run();
    assert.equal(await issued(user.email), 1);
    setClockOffset(7 * DAY + 60_000);
    await run();
    assert.equal(await issued(user.email), 2);
    const reminder = await prisma.outboxMail.findFirstOrThrow({
      where: { to: user.email, template: "coeIssued" },
      orderBy: { createdAt: "desc" },
    });
    assert.match(reminder.subject, /受領登録のお願い（再送）/);

    // Someone else cannot register it; the owner can, once.
    assert.equal(await registerReceipt(prisma, officer.id, cert.id), "notFound");
    assert.equal(await registerReceipt(prisma, user.id, cert.id), "registered");
    assert.equal(await registerReceipt(prisma, user.id, cert.id), "already");
    setClockOffset(14 * DAY + 120_000);
    await run();
    assert.equal(await issued(user.email), 2);
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});

test("reminders end 3 months after issue; a COE by 郵送 has no certificate to register", async () => {
  const prisma = createPrismaClient();
  const store = new LocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), "coe-")));
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const user = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const byMail = await makeApplication(prisma, user.id, {
      procedureCode: "coe",
      status: "AWAITING_ISSUE",
      values: coeValues("メール"),
    });
    const byPost = await makeApplication(prisma, user.id, {
      procedureCode: "coe",
      status: "AWAITING_ISSUE",
      values: coeValues("郵送"),
    });
    for (const a of [byMail, byPost])
      assert.equal(
        await moveApplication(prisma, officer.id, a.id, { from: "AWAITING_ISSUE", to: "COMPLETED" }, store),
        "moved",
      );
    assert.equal(await prisma.coeCertificate.count({ where: { applicationId: byPost.id } }), 0);
    assert.equal(await prisma.coeCertificate.count({ where: { userId: user.id } }), 1);
    const issued = () => prisma.outboxMail.count({ where: { to: user.email, template: "coeIssued" } });
    // Weekly for 3 months (about 13 reminders), then nothing more.
    for (let day = 7; day <= 120; day += 7) {
      setClockOffset(day * DAY + 60_000);
      await runDueJobs(prisma, coeJobs);
    }
    const total = await issued();
    assert.ok(total >= 13 && total <= 14, `first mail + reminders: ${total}`);
    setClockOffset(200 * DAY);
    await runDueJobs(prisma, coeJobs);
    assert.equal(await issued(), total);
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});
