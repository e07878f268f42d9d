import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { enqueueMail } from "./outbox";
import { deliverDue, backoffMs, type Transport } from "./deliver";

test("a mail written in a rolled-back transaction is never sent", async () => {
  const prisma = createPrismaClient();
  const to = `rollback-${Date.now()}@example.com`;
  await assert.rejects(
    prisma.$transaction(async (tx) => {
      await enqueueMail(tx, to, { kind: "passwordChanged" }, "ja");
      throw new Error("the change failed");
    }),
  );
  assert.equal(await prisma.outboxMail.count({ where: { to } }), 0);
  await prisma.$disconnect();
});

test("a failed delivery is kept and retried with backoff, then sent", async () => {
  const prisma = createPrismaClient();
  const to = `retry-${Date.now()}@example.com`;
  await enqueueMail(prisma, to, { kind: "profileChanged" }, "en");
  const failing: Transport = {
    send: async () => {
      throw new Error("connection refused");
    },
  };
  // Other tests leave mail waiting in the shared database: take them all, so this one is among them.
  await deliverDue(prisma, failing, 100_000);
  let row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
  assert.equal(row.status, "PENDING");
  assert.equal(row.attempts, 1);
  assert.match(row.lastError ?? "", /connection refused/);
  assert.ok(row.nextAttemptAt.getTime() > Date.now() + 20_000, "retried later, not at once");

  await prisma.outboxMail.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
  const sent: string[] = [];
  await deliverDue(prisma, { send: async (m) => void sent.push(`${m.to}|${m.subject}`) }, 100_000);
  row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
  assert.equal(row.status, "SENT");
  assert.deepEqual(
    sent.filter((s) => s.startsWith(to)),
    [`${to}|[Online Residence Application System] Your details were changed`],
  );
  await prisma.$disconnect();
});

test("backoff grows and is capped at an hour", () => {
  assert.equal(backoffMs(1), 30_000);
  assert.equal(backoffMs(2), 60_000);
  assert.equal(backoffMs(20), 3_600_000);
});
