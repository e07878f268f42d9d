import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { issueToken, checkToken, consumeToken } from "../auth/tokens";
import { hashPassword } from "../auth/password";
import { authConfig } from "../auth/config";
import { appUrl, mailLocale } from "./links";
import type { FormValues } from "../forms/types";
import { userKinds, type UserKind } from "./forms";

/**
 * §3.2 メールアドレス入力: mails a 24-hour registration link. An address that already has an
 * account gets its user ID instead, so the answer on screen never reveals who is registered.
 */
export async function requestRegistration(prisma: PrismaClient, email: string, locale: string) {
  const l = mailLocale(locale);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      await enqueueMail(
        tx,
        email,
        { kind: "loginIdReminder", loginId: existing.loginId, loginUrl: appUrl(`/${l}/login`) },
        existing.locale,
      );
      return;
    }
    const token = await issueToken(tx, { purpose: "REGISTRATION", email, locale: l });
    await enqueueMail(
      tx,
      email,
      { kind: "registrationLink", url: appUrl(`/${locale}/register/${token}`), hours: authConfig.linkHours },
      l,
    );
  });
}

export const checkRegistrationToken = (prisma: PrismaClient, token: string) =>
  checkToken(prisma, "REGISTRATION", token);

/** 利用者ID: "U" and ten digits, unique. */
async function newLoginId(tx: Pick<PrismaClient, "user">): Promise<string> {
  for (;;) {
    const id = `U${crypto.randomInt(0, 1e10).toString().padStart(10, "0")}`;
    if (!(await tx.user.findUnique({ where: { loginId: id }, select: { id: true } }))) return id;
  }
}

export type RegistrationOutcome =
  { ok: true; loginId: string } | { ok: false; reason: "invalid" | "expired" | "used" | "emailTaken" | "incomplete" };

type Pending = { values: Record<string, string>; passwordHash: string };
const pendingOf = (v: unknown): Pending | null => {
  const p = v as Partial<Pending> | null;
  return p && typeof p.passwordHash === "string" && p.values && typeof p.values === "object" ? (p as Pending) : null;
};
const PASSWORD_FIELDS = new Set(["password", "passwordConfirm", "passwordKept"]);

/**
 * 確認へ進む: the checked answers are kept with the link until 登録する, the password only as its
 * hash, so the check-answers step and the way back never carry it. A new password replaces the
 * kept one; none given keeps it.
 */
export async function saveRegistrationAnswers(
  prisma: PrismaClient,
  token: string,
  values: FormValues,
): Promise<{ ok: true } | { ok: false; reason: "invalid" | "expired" | "used" | "passwordMissing" }> {
  const check = await checkToken(prisma, "REGISTRATION", token);
  if (!check.ok) return check;
  const row = await prisma.emailToken.findUniqueOrThrow({ where: { id: check.token.id } });
  const password = typeof values.password === "string" ? values.password : "";
  const kept = pendingOf(row.pending)?.passwordHash;
  if (!password && !kept) return { ok: false, reason: "passwordMissing" };
  const passwordHash = password ? await hashPassword(password) : kept!;
  const answers = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => !PASSWORD_FIELDS.has(k) && typeof v === "string"),
  ) as Record<string, string>;
  await prisma.emailToken.update({
    where: { id: check.token.id },
    data: { pending: { values: answers, passwordHash } },
  });
  return { ok: true };
}

/** The answers kept for this link (for 戻る and 変更 without JavaScript). */
export async function registrationAnswers(prisma: PrismaClient, token: string): Promise<Record<string, string> | null> {
  const check = await checkToken(prisma, "REGISTRATION", token);
  if (!check.ok) return null;
  const row = await prisma.emailToken.findUnique({ where: { id: check.token.id } });
  return pendingOf(row?.pending)?.values ?? null;
}

/** 登録する: creates the user from the kept answers, uses up the link and mails the 利用者ID, in one transaction. */
export async function completeRegistration(
  prisma: PrismaClient,
  token: string,
  locale: string,
): Promise<RegistrationOutcome> {
  return prisma.$transaction(async (tx) => {
    const check = await checkToken(tx, "REGISTRATION", token);
    if (!check.ok) return { ok: false, reason: check.reason };
    const pending = pendingOf((await tx.emailToken.findUniqueOrThrow({ where: { id: check.token.id } })).pending);
    if (!pending) return { ok: false, reason: "incomplete" };
    if (!(await consumeToken(tx, check.token.id))) return { ok: false, reason: "used" };
    if (await tx.user.findUnique({ where: { email: check.token.email }, select: { id: true } }))
      return { ok: false, reason: "emailTaken" };
    const data = pending.values;
    const loginId = await newLoginId(tx);
    const kind = (userKinds as readonly string[]).includes(data.kind) ? (data.kind as UserKind) : "ORGANIZATION_STAFF";
    const org = kind === "ORGANIZATION_STAFF";
    const l = mailLocale(locale);
    await tx.user.create({
      data: {
        loginId,
        email: check.token.email,
        kind,
        nameRoman: data.nameRoman,
        birthDate: new Date(
          `${data.birthDate.slice(0, 4)}-${data.birthDate.slice(4, 6)}-${data.birthDate.slice(6, 8)}T00:00:00Z`,
        ),
        phone: data.phone,
        corporateNumber: org ? data.corporateNumber : null,
        organizationName: org ? data.organizationName : null,
        postalCode: org ? data.postalCode : null,
        organizationAddress: org ? data.organizationAddress : null,
        passwordHash: pending.passwordHash,
        locale: l,
      },
    });
    await tx.emailToken.update({ where: { id: check.token.id }, data: { pending: Prisma.DbNull } });
    await enqueueMail(
      tx,
      check.token.email,
      { kind: "registrationComplete", loginId, loginUrl: appUrl(`/${l}/login`) },
      l,
    );
    return { ok: true, loginId };
  });
}
