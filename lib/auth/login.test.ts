import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { attemptLogin } from "./login";

test("20 concurrent wrong passwords lock the account at exactly the 5th and lose no count", async () => {
  const prisma = createPrismaClient();
  try {
    const user = await makeUser(prisma);
    const ip = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attemptLogin(prisma, { loginId: user.loginId, password: "Wrong-pass1!", ip })),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    assert.equal(reasons.filter((r) => r === "invalid").length, 4, reasons.join(","));
    assert.equal(reasons.filter((r) => r === "locked").length, 16);
    const events = await prisma.loginEvent.groupBy({ by: ["reason"], where: { userId: user.id }, _count: true });
    const count = Object.fromEntries(events.map((e) => [e.reason, e._count]));
    assert.deepEqual(count, { "wrong-password": 4, "locked-now": 1, locked: 15 });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    assert.ok(after.lockedUntil && after.lockedUntil > new Date(Date.now() + 23 * 3_600_000));
    // Locked: even the right password is refused.
    assert.deepEqual(await attemptLogin(prisma, { loginId: user.loginId, password: "Right-pass1!", ip }), {
      ok: false,
      reason: "locked",
    });
  } finally {
    await prisma.$disconnect();
  }
});

test("a right password after wrong ones resets the count; sessions carry 256-bit random ids", async () => {
  const prisma = createPrismaClient();
  try {
    const user = await makeUser(prisma);
    const ip = `10.8.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 4; i++)
      assert.deepEqual(await attemptLogin(prisma, { loginId: user.loginId, password: "nope", ip }), {
        ok: false,
        reason: "invalid",
      });
    const ok = await attemptLogin(prisma, { loginId: user.loginId, password: "Right-pass1!", ip });
    assert.ok(ok.ok);
    if (ok.ok) assert.match(ok.sessionId, /^[A-Za-z0-9_-]{43}$/);
    assert.equal((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedLogins, 0);
  } finally {
    await prisma.$disconnect();
  }
});
