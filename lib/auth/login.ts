import type { PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";
import { authConfig } from "./config";
import { verifyPassword, verifyAgainstDummy } from "./password";
import { createSession } from "./session";

export type LoginResult =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" | "rateLimited" };

/**
 * §2.2: a wrong ID and a wrong password answer the same; 5 failures in a row lock the account
 * for 24 h (a password reset lifts it); many failures from one IP make that IP wait.
 */
export async function attemptLogin(prisma: PrismaClient, input: { loginId: string; password: string; ip: string }): Promise<LoginResult> {
  const t = now();
  const loginId = input.loginId.trim();
  const record = (success: boolean, reason: string | null, userId?: string) =>
    prisma.loginEvent.create({ data: { loginId: loginId.slice(0, 64), ip: input.ip, success, reason, userId, at: t } });

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
    const failures = (user.lockedUntil ? 0 : user.failedLogins) + 1;
    const lock = failures >= authConfig.maxFailedLogins;
    await prisma.user.update({
      where: { id: user.id },
      data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(t.getTime() + authConfig.lockHours * 3_600_000) : null },
    });
    await record(false, lock ? "locked-now" : "wrong-password", user.id);
    return { ok: false, reason: lock ? "locked" : "invalid" };
  }

  const session = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, previousLoginAt: user.currentLoginAt, currentLoginAt: t } });
    return createSession(tx, user.id);
  });
  await record(true, null, user.id);
  return { ok: true, sessionId: session.id };
}
