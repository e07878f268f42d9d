import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeApplication, makeUser } from "../../tests/support/fixtures";
import { setClockOffset, now } from "../clock";
import { runDueJobs } from "../jobs/queue";
import { approvalJobs, approveUsage } from "./review";
import { activeUsageApproval } from "./gate";
import { usageStatus } from "./usage-status";

const DAY = 86_400_000;

test("定期報告: reminders before the approval runs out; accepted, it continues the approval 3 years from its end", async () => {
  const prisma = createPrismaClient();
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const user = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const usage = await makeApplication(prisma, user.id, { procedureCode: "usage", status: "SUBMITTED" });
    assert.equal(await approveUsage(prisma, officer.id, usage.id), "approved");
    const first = (await activeUsageApproval(prisma, user))!;
    const reminders = () => prisma.outboxMail.count({ where: { to: user.email, template: "approvalExpiring" } });
    const run = () => runDueJobs(prisma, approvalJobs);
    const until = first.validUntil.getTime() - now().getTime();
    // 31 days before: nothing; 30 days before: a reminder; 7 days before: another.
    setClockOffset(until - 31 * DAY);
    await run();
    assert.equal(await reminders(), 0);
    setClockOffset(until - 30 * DAY + 60_000);
    await run();
    assert.equal(await reminders(), 1);
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: user.email, template: "approvalExpiring" } });
    assert.match(mail.text, /あと30日/);
    assert.match(mail.text, /periodic-report/);

    // A 定期報告 accepted 20 days before the end: the approval now runs 3 years from the old end.
    setClockOffset(until - 20 * DAY);
    const report = await makeApplication(prisma, user.id, { procedureCode: "periodic-report", status: "SUBMITTED" });
    assert.equal(await approveUsage(prisma, officer.id, report.id), "approved");
    const next = (await activeUsageApproval(prisma, user))!;
    const expected = new Date(first.validUntil);
    expected.setFullYear(expected.getFullYear() + 3);
    assert.equal(next.validUntil.toISOString(), expected.toISOString());
    assert.equal(
      await prisma.outboxMail.count({ where: { to: user.email, subject: { contains: "定期報告受理" } } }),
      1,
    );
    // The first approval's 7-day reminder is not sent: the report continues it.
    setClockOffset(until - 7 * DAY + 60_000);
    await run();
    assert.equal(await reminders(), 1);
    assert.deepEqual(await usageStatus(prisma, user), { state: "approved", validUntil: next.validUntil });
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});

test("an approval that runs out closes the residence procedures until a 定期報告 is accepted", async () => {
  const prisma = createPrismaClient();
  process.env.E2E_TEST_HOOKS = "1";
  try {
    const user = await makeUser(prisma);
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const usage = await makeApplication(prisma, user.id, { procedureCode: "usage", status: "SUBMITTED" });
    await approveUsage(prisma, officer.id, usage.id);
    const approval = (await activeUsageApproval(prisma, user))!;
    setClockOffset(approval.validUntil.getTime() - now().getTime() + DAY);
    assert.equal(await activeUsageApproval(prisma, user), null);
    assert.deepEqual(await usageStatus(prisma, user), { state: "expired", validUntil: approval.validUntil });
    const report = await makeApplication(prisma, user.id, {
      procedureCode: "periodic-report",
      status: "SUBMITTED",
      submittedAt: now(),
    });
    assert.equal((await usageStatus(prisma, user)).state, "pending");
    await approveUsage(prisma, officer.id, report.id);
    const reopened = (await activeUsageApproval(prisma, user))!;
    // Ran out before: the new period starts on the day it is accepted.
    assert.ok(reopened.validUntil.getTime() - now().getTime() > 3 * 365 * DAY - 2 * DAY);
  } finally {
    setClockOffset(0);
    await prisma.$disconnect();
  }
});
