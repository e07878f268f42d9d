import type { PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";
import { authConfig } from "./config";
import { verifyPassword, verifyAgainstDummy } from "./password";
import { createSession } from "./session";

export type LoginResult = { ok: true; sessionId: string } | { ok: false; reason: "invalid" | "locked" | "rateLimited" };

/**
 * §2.2: a wrong ID and a wrong password answer the same; 5 failures in a row lock the account
 * for 24 h (a password reset lifts it); many failures from one client address make it wait.
 */
export async function attemptLogin(
  prisma: PrismaClient,
  input: { loginId: string; password: string; ip: string },
): Promise<LoginResult> {
  const t = now();
  const loginId = input.loginId.trim().slice(0, 64);
  const record = (success: boolean, reason: string | null, userId?: string) =>
    prisma.loginEvent.create({ data: { loginId, ip: input.ip.slice(0, 64), success, reason, userId, at: t } });

  const since = new Date(t.getTime() - authConfig.ipWindowMinutes * 60_000);
  const ipFailures = await prisma.loginEvent.count({ where: { ip: input.ip, success: false, at: { gte: since } } });
  if (ipFailures >= authConfig.ipFailureLimit) {
    await record(false, "rate-limited");
    return { ok: false, reason: "rateLimited" };
  }

  const user = await prisma.user.findUnique({ where: { loginId } });
  if (!user) {
    await verifyAgainstDummy(input.password);
    await record(false, "unknown-id");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > t) {
    await record(false, "locked", user.id);
    return { ok: false, reason: "locked" };
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const outcome = await countFailure(prisma, user.id);
    await record(
      false,
      outcome === "locked-now" ? "locked-now" : outcome === "locked" ? "locked" : "wrong-password",
      user.id,
    );
    return { ok: false, reason: outcome === "counted" ? "invalid" : "locked" };
  }

  const session = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const fresh = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
    // A lock set by a concurrent wrong password wins over this right one.
    if (fresh.lockedUntil && fresh.lockedUntil > t) return null;
    await tx.user.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null, previousLoginAt: fresh.currentLoginAt, currentLoginAt: t },
    });
    return createSession(tx, user.id);
  });
  if (!session) {
    await record(false, "locked", user.id);
    return { ok: false, reason: "locked" };
  }
  await record(true, null, user.id);
  return { ok: true, sessionId: session.id };
}

/**
 * One wrong password, counted under a row lock so that concurrent attempts neither lose a count
 * nor lock twice: the 5th in a row locks; attempts that arrive locked count nothing.
 */
async function countFailure(prisma: PrismaClient, userId: string): Promise<"counted" | "locked-now" | "locked"> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const u = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { failedLogins: true, lockedUntil: true },
    });
    const t = now();
    if (u.lockedUntil && u.lockedUntil > t) return "locked";
    // A lock that has run out starts a new count.
    const failures = (u.lockedUntil ? 0 : u.failedLogins) + 1;
    const lock = failures >= authConfig.maxFailedLogins;
    await tx.user.update({
      where: { id: userId },
      data: {
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(t.getTime() + authConfig.lockHours * 3_600_000) : null,
      },
    });
    return lock ? "locked-now" : "counted";
  });
}
