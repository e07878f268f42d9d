import { test } from "node:test";
import assert from "node:assert/strict";
import { randomInt } from "node:crypto";
import { createPrismaClient } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { makeUser } from "../../tests/support/fixtures";
import { applyGate } from "./gate";
import { approveUsage, returnUsage } from "./review";

async function usageApplication(prisma: PrismaClient, userId: string) {
  const app = await prisma.application.create({
    data: {
      referenceNo: String(randomInt(1e11, 1e12)),
      submissionKey: `key${randomInt(1e9)}`,
      userId,
      procedureCode: "usage",
      values: { usageType: "new", corporateNumber: "7123456789012" },
      accessPasswordHash: "x",
    },
  });
  await prisma.applicationEvent.create({ data: { applicationId: app.id, status: "WAITING", at: app.submittedAt } });
  return app;
}

test("an approval opens residence procedures to the approved person only, not to others of the same 法人番号", async () => {
  const prisma = createPrismaClient();
  try {
    const officer = await makeUser(prisma, { role: "OFFICER" });
    const staff = await makeUser(prisma, { corporateNumber: "7123456789012" });
    const colleague = await makeUser(prisma, { corporateNumber: "7123456789012" });
    const app = await usageApplication(prisma, staff.id);
    assert.equal(await applyGate(prisma, staff, "single"), "needsApproval");
    assert.equal(await approveUsage(prisma, officer.id, app.id), "approved");
    assert.equal(await applyGate(prisma, staff, "single"), "open");
    assert.equal(await applyGate(prisma, colleague, "single"), "needsApproval");
    assert.equal(await applyGate(prisma, colleague, "usage"), "open");
    // Deciding twice changes nothing.
    assert.equal(await returnUsage(prisma, officer.id, app.id, "late"), "already");
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } });
    assert.deepEqual(
      events.map((e) => [e.status, e.actorId]),
      [
        ["WAITING", null],
        ["COMPLETED", officer.id],
      ],
    );
  } finally {
    await prisma.$disconnect();
  }
});

test("officers file nothing, and nobody decides an application they filed", async () => {
  const prisma = createPrismaClient();
  try {
    const officer = await makeUser(prisma, { role: "OFFICER" });
    assert.equal(await applyGate(prisma, officer, "usage"), "officer");
    assert.equal(await applyGate(prisma, officer, "single"), "officer");
    // One filed before the rule (or by a role change) still cannot be decided by its filer.
    const own = await usageApplication(prisma, officer.id);
    assert.equal(await approveUsage(prisma, officer.id, own.id), "own");
    assert.equal(await returnUsage(prisma, officer.id, own.id, "x"), "own");
    assert.equal(await prisma.usageApproval.count({ where: { applicationId: own.id } }), 0);
    assert.equal((await prisma.application.findUniqueOrThrow({ where: { id: own.id } })).status, "WAITING");
  } finally {
    await prisma.$disconnect();
  }
});
