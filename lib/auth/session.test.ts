import { test } from "node:test";
import assert from "node:assert/strict";
import { createPrismaClient } from "../db/client";
import { makeUser } from "../../tests/support/fixtures";
import { createSession, resolveSession, TOUCH_GRANULARITY_MS } from "./session";
import { authConfig } from "./config";

test("a request moves the idle deadline at most once a minute, and a session past it has expired", async () => {
  const prisma = createPrismaClient();
  try {
    const user = await makeUser(prisma);
    const created = await createSession(prisma, user.id);

    const first = await resolveSession(prisma, created.id);
    assert.equal(first.user?.id, user.id);
    assert.equal(first.session?.user.loginId, user.loginId);
    // Within the minute: the stored deadline stands, nothing is written.
    assert.equal(first.session?.expiresAt.getTime(), created.expiresAt.getTime());
    const unchanged = await prisma.session.findUniqueOrThrow({ where: { id: created.id } });
    assert.equal(unchanged.lastSeenAt.getTime(), created.lastSeenAt.getTime());

    // The last write was over a minute ago: this request moves the deadline to 3 hours from now.
    const old = new Date(Date.now() - TOUCH_GRANULARITY_MS - 5_000);
    await prisma.session.update({
      where: { id: created.id },
      data: { lastSeenAt: old, expiresAt: new Date(old.getTime() + authConfig.idleSeconds * 1000) },
    });
    const later = await resolveSession(prisma, created.id);
    const deadline = later.session!.expiresAt.getTime();
    assert.ok(Math.abs(deadline - (Date.now() + authConfig.idleSeconds * 1000)) < 5_000);
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: created.id } });
    assert.equal(stored.expiresAt.getTime(), deadline);

    // Past the deadline: refused as expired, and ended in the database.
    await prisma.session.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    assert.deepEqual(await resolveSession(prisma, created.id), { session: null, user: null, expired: true });
    assert.ok((await prisma.session.findUniqueOrThrow({ where: { id: created.id } })).endedAt);
  } finally {
    await prisma.$disconnect();
  }
});
