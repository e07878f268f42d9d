import crypto from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { issueToken, checkToken, consumeToken } from "../auth/tokens";
import { hashPassword } from "../auth/password";
import { authConfig } from "../auth/config";
import { appUrl, mailLocale } from "./links";
import type { z } from "zod";
import type { registrationSchema } from "./schemas";

/**
 * §3.2 メールアドレス入力: mails a 24-hour registration link. An address that already has an
 * account gets its user ID instead, so the answer on screen never reveals who is registered.
 */
export async function requestRegistration(prisma: PrismaClient, email: string, locale: string) {
  const l = mailLocale(locale);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      await enqueueMail(tx, email, { kind: "loginIdReminder", loginId: existing.loginId, loginUrl: appUrl(`/${l}/login`) }, existing.locale);
      return;
    }
    const token = await issueToken(tx, { purpose: "REGISTRATION", email, locale: l });
    await enqueueMail(tx, email, { kind: "registrationLink", url: appUrl(`/${locale}/register/${token}`), hours: authConfig.linkHours }, l);
  });
}

export const checkRegistrationToken = (prisma: PrismaClient, token: string) => checkToken(prisma, "REGISTRATION", token);

/** 利用者ID: "U" and ten digits, unique. */
async function newLoginId(tx: Pick<PrismaClient, "user">): Promise<string> {
  for (;;) {
    const id = `U${crypto.randomInt(0, 1e10).toString().padStart(10, "0")}`;
    if (!(await tx.user.findUnique({ where: { loginId: id }, select: { id: true } }))) return id;
  }
}

export type RegistrationOutcome = { ok: true; loginId: string } | { ok: false; reason: "invalid" | "expired" | "used" | "emailTaken" };

/** 登録する: creates the user, uses up the link and mails the 利用者ID, all in one transaction. */
export async function completeRegistration(prisma: PrismaClient, token: string, data: z.infer<typeof registrationSchema>, locale: string): Promise<RegistrationOutcome> {
  // The cheap check first: a dead link costs no password hashing.
  const early = await checkToken(prisma, "REGISTRATION", token);
  if (!early.ok) return { ok: false, reason: early.reason };
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const check = await checkToken(tx, "REGISTRATION", token);
    if (!check.ok) return { ok: false, reason: check.reason };
    if (!(await consumeToken(tx, check.token.id))) return { ok: false, reason: "used" };
    if (await tx.user.findUnique({ where: { email: check.token.email }, select: { id: true } })) return { ok: false, reason: "emailTaken" };
    const loginId = await newLoginId(tx);
    const org = data.kind === "ORGANIZATION_STAFF";
    const l = mailLocale(locale);
    await tx.user.create({
      data: {
        loginId,
        email: check.token.email,
        kind: data.kind,
        nameRoman: data.nameRoman,
        birthDate: new Date(`${data.birthDate.slice(0, 4)}-${data.birthDate.slice(4, 6)}-${data.birthDate.slice(6, 8)}T00:00:00Z`),
        phone: data.phone,
        corporateNumber: org ? (data.corporateNumber as string) : null,
        organizationName: org ? (data.organizationName as string) : null,
        postalCode: org ? (data.postalCode as string) : null,
        organizationAddress: org ? (data.organizationAddress as string) : null,
        passwordHash,
        locale: l,
      },
    });
    await enqueueMail(tx, check.token.email, { kind: "registrationComplete", loginId, loginUrl: appUrl(`/${l}/login`) }, l);
    return { ok: true, loginId };
  });
}
