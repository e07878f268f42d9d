import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { requestRegistration } from "../accounts/registration";
import { enqueueMail } from "./outbox";
import { deliverDue, MAX_ATTEMPTS, type Transport } from "./deliver";

test("link tokens and application passwords are sent, then not kept in the outbox", async () => {
  const prisma = createPrismaClient();
  try {
    const to = `secret-${Date.now()}@example.com`;
    await requestRegistration(prisma, to, "ja");
    await enqueueMail(
      prisma,
      to,
      { kind: "applicationPassword", procedure: "利用申出", password: "Pw9Secret7x" },
      "ja",
    );
    await enqueueMail(prisma, to, { kind: "profileChanged" }, "ja");
    const sent: string[] = [];
    const transport: Transport = { send: async (m) => void (m.to === to && sent.push(m.text)) };
    await deliverDue(prisma, transport, 100);
    const token = /register\/([A-Za-z0-9_-]{43})/.exec(sent.join("\n"))?.[1];
    assert.ok(token, "the registration mail carried its link");
    assert.ok(
      sent.some((t) => t.includes("Pw9Secret7x")),
      "the password mail carried the password",
    );
    const rows = await prisma.outboxMail.findMany({ where: { to } });
    assert.equal(rows.length, 3);
    const stored = JSON.stringify(rows);
    assert.ok(!stored.includes(token), "no token left in the table");
    assert.ok(!stored.includes("Pw9Secret7x"), "no password left in the table");
    // Mails without secrets keep their text.
    assert.ok(rows.find((r) => r.template === "profileChanged")!.text.length > 0);
  } finally {
    await prisma.$disconnect();
  }
});

test("a secret mail that is given up on is cleared too", async () => {
  const prisma = createPrismaClient();
  try {
    const to = `giveup-${Date.now()}@example.com`;
    await enqueueMail(
      prisma,
      to,
      { kind: "passwordResetLink", url: "https://x.example/ja/reset-password/SECRETTOKEN", hours: 24 },
      "ja",
    );
    await prisma.outboxMail.updateMany({ where: { to }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await deliverDue(
      prisma,
      {
        send: async (m) => {
          if (m.to === to) throw new Error("refused");
        },
      },
      100,
    );
    const row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    assert.equal(row.status, "FAILED");
    assert.ok(!JSON.stringify(row).includes("SECRETTOKEN"));
  } finally {
    await prisma.$disconnect();
  }
});
