import fs from "node:fs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { enqueueMail } from "./outbox";
import { deliverDue, backoffMs, defaultTransport, type Transport } from "./deliver";

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

test(
  "SMTP: down, every send fails at once (none hangs); back on the same port, the same transport sends",
  { timeout: 30_000 },
  async () => {
    const { startSmtpSink } = await import("../../scripts/smtp-sink.mjs");
    const { freePort } = await import("../../scripts/embedded-db.mjs");
    const port = await freePort();
    const before = process.env.SMTP_URL;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const transport = defaultTransport();
    const mail = (n: number) => ({ to: `smtp-${n}@example.com`, subject: `s${n}`, text: "t", html: "<p>t</p>" });
    try {
      // More failures than nodemailer's pool has connection slots (5).
      for (let n = 0; n < 8; n++) await assert.rejects(transport.send(mail(n)), /ECONNREFUSED/);
      const sink = await startSmtpSink({ port });
      try {
        for (let n = 0; n < 3; n++) await transport.send(mail(n));
        assert.equal(fs.readdirSync(sink.dir).length, 3);
      } finally {
        transport.close?.();
        await sink.stop();
      }
    } finally {
      if (before === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = before;
    }
  },
);
