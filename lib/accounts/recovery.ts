import type { PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { issueToken, checkToken, consumeToken } from "../auth/tokens";
import { hashPassword } from "../auth/password";
import { endUserSessions } from "../auth/session";
import { authConfig } from "../auth/config";
import { appUrl, mailLocale } from "./links";

// §2.4, §2.5: the screen answers the same whether or not the details matched (no account discovery).

export async function requestLoginIdReminder(prisma: PrismaClient, email: string, nameRoman: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || user.nameRoman !== nameRoman) return;
  await enqueueMail(
    prisma,
    user.email,
    { kind: "loginIdReminder", loginId: user.loginId, loginUrl: appUrl(`/${user.locale}/login`) },
    user.locale,
  );
}

export async function requestPasswordReset(prisma: PrismaClient, loginId: string, email: string, locale: string) {
  const user = await prisma.user.findUnique({ where: { loginId } });
  if (!user || user.email !== email) return;
  await prisma.$transaction(async (tx) => {
    const token = await issueToken(tx, {
      purpose: "PASSWORD_RESET",
      email,
      userId: user.id,
      locale: mailLocale(locale),
    });
    await enqueueMail(
      tx,
      email,
      { kind: "passwordResetLink", url: appUrl(`/${locale}/reset-password/${token}`), hours: authConfig.linkHours },
      mailLocale(locale),
    );
  });
}

export const checkResetToken = (prisma: PrismaClient, token: string) => checkToken(prisma, "PASSWORD_RESET", token);

/** Sets the new password, lifts any lock at once, and ends every session of the account. */
export async function resetPassword(
  prisma: PrismaClient,
  token: string,
  password: string,
): Promise<{ ok: true } | { ok: false; reason: "invalid" | "expired" | "used" }> {
  // The cheap check first: a dead link costs no password hashing.
  const early = await checkToken(prisma, "PASSWORD_RESET", token);
  if (!early.ok) return early;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const check = await checkToken(tx, "PASSWORD_RESET", token);
    if (!check.ok) return check;
    if (!check.token.userId || !(await consumeToken(tx, check.token.id))) return { ok: false, reason: "used" };
    const user = await tx.user.update({
      where: { id: check.token.userId },
      data: { passwordHash, failedLogins: 0, lockedUntil: null },
    });
    await endUserSessions(tx, user.id);
    await enqueueMail(tx, user.email, { kind: "passwordChanged" }, user.locale);
    return { ok: true };
  });
}
