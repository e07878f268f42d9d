import type { PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { issueToken, checkToken, consumeToken } from "../auth/tokens";
import { hashPassword, verifyPassword } from "../auth/password";
import { endUserSessions } from "../auth/session";
import { authConfig } from "../auth/config";
import { appUrl } from "./links";
import type { FormValues } from "../forms/types";

export function getProfile(prisma: PrismaClient, userId: string) {
  return prisma.user.findUniqueOrThrow({ where: { id: userId } });
}

/** §9.3.1: the link goes to the new address; the old one is told. Nothing changes until it is opened. */
export async function requestEmailChange(
  prisma: PrismaClient,
  userId: string,
  newEmail: string,
  locale: string,
): Promise<{ ok: true } | { ok: false; reason: "emailTaken" }> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
      return { ok: false, reason: "emailTaken" };
    const token = await issueToken(tx, { purpose: "EMAIL_CHANGE", email: newEmail, userId, locale });
    await enqueueMail(
      tx,
      newEmail,
      { kind: "emailChangeLink", url: appUrl(`/${locale}/mypage/profile/email/${token}`), hours: authConfig.linkHours },
      user.locale,
    );
    await enqueueMail(tx, user.email, { kind: "emailChangeNotice", newEmail }, user.locale);
    return { ok: true };
  });
}

export async function confirmEmailChange(
  prisma: PrismaClient,
  token: string,
  userId: string,
): Promise<{ ok: true } | { ok: false; reason: "invalid" | "expired" | "used" | "emailTaken" }> {
  return prisma.$transaction(async (tx) => {
    const check = await checkToken(tx, "EMAIL_CHANGE", token);
    if (!check.ok) return check;
    if (check.token.userId !== userId) return { ok: false, reason: "invalid" };
    if (await tx.user.findUnique({ where: { email: check.token.email }, select: { id: true } }))
      return { ok: false, reason: "emailTaken" };
    if (!(await consumeToken(tx, check.token.id))) return { ok: false, reason: "used" };
    const user = await tx.user.update({ where: { id: userId }, data: { email: check.token.email } });
    await enqueueMail(tx, user.email, { kind: "emailChanged" }, user.locale);
    return { ok: true };
  });
}

/** §9.3.2: needs the current password; other sessions of the account end. */
export async function changePassword(
  prisma: PrismaClient,
  userId: string,
  sessionId: string,
  current: string,
  next: string,
): Promise<{ ok: true } | { ok: false; reason: "currentPassword" }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, current))) return { ok: false, reason: "currentPassword" };
  const passwordHash = await hashPassword(next);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endUserSessions(tx, userId, sessionId);
    await enqueueMail(tx, user.email, { kind: "passwordChanged" }, user.locale);
  });
  return { ok: true };
}

/** §9.3.3 その他情報: phone and organization details. */
export async function updateProfile(prisma: PrismaClient, userId: string, data: FormValues) {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const org = user.kind === "ORGANIZATION_STAFF";
    await tx.user.update({
      where: { id: userId },
      data: {
        phone: String(data.phone),
        ...(org
          ? {
              corporateNumber: data.corporateNumber as string,
              organizationName: data.organizationName as string,
              postalCode: data.postalCode as string,
              organizationAddress: data.organizationAddress as string,
            }
          : {}),
      },
    });
    await enqueueMail(tx, user.email, { kind: "profileChanged" }, user.locale);
  });
}
