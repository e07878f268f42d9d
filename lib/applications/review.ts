import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { now } from "../clock";
import { scheduleReturnReminder } from "./correction";
import { isUndecided } from "./states";

/** 利用申出 stays valid this long after approval; 定期報告 keeps it alive beyond (§6). */
export const USAGE_VALID_YEARS = 3;

export async function usageQueue(prisma: PrismaClient) {
  return prisma.application.findMany({
    where: { procedureCode: "usage" },
    orderBy: [{ submittedAt: "desc" }],
    take: 200,
    include: { user: { select: { nameRoman: true, organizationName: true, loginId: true } } },
  });
}

export async function applicationForOfficer(prisma: PrismaClient, id: string) {
  return prisma.application.findUnique({
    where: { id },
    include: {
      user: { select: { nameRoman: true, organizationName: true, loginId: true, email: true } },
      attachments: { orderBy: { createdAt: "asc" } },
      approval: true,
      certificate: { select: { certificateNo: true, issuedAt: true, registeredAt: true } },
      events: { orderBy: { at: "asc" }, include: { actor: { select: { loginId: true, nameRoman: true } } } },
    },
  });
}

const formatDate = (d: Date, l: "ja" | "en") =>
  new Intl.DateTimeFormat(l === "ja" ? "ja-JP" : "en-GB", { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(d);

export type Decision = "approved" | "returned" | "already" | "own";

/** Locks the application for a decision; an officer never decides their own. */
async function decidable(tx: Prisma.TransactionClient, officerId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id} FOR UPDATE`;
  const app = await tx.application.findUnique({ where: { id }, include: { user: true } });
  if (!app || app.procedureCode !== "usage" || !isUndecided(app.status))
    return { app: null, refusal: "already" as const };
  if (app.userId === officerId) return { app: null, refusal: "own" as const };
  return { app, refusal: null };
}

/** 承認: the UsageApproval that opens residence procedures to this applicant; a mail says so. */
export async function approveUsage(prisma: PrismaClient, officerId: string, id: string): Promise<Decision> {
  return prisma.$transaction(async (tx) => {
    const { app, refusal } = await decidable(tx, officerId, id);
    if (!app) return refusal;
    const approvedAt = now();
    const validUntil = new Date(approvedAt);
    validUntil.setFullYear(validUntil.getFullYear() + USAGE_VALID_YEARS);
    await tx.application.update({
      where: { id },
      data: { status: "COMPLETED", decidedAt: approvedAt, decidedById: officerId, returnMessage: null },
    });
    await tx.applicationEvent.create({
      data: { applicationId: id, status: "COMPLETED", at: approvedAt, actorId: officerId },
    });
    const answers = app.values as { corporateNumber?: unknown };
    const corporateNumber = typeof answers.corporateNumber === "string" ? answers.corporateNumber : null;
    await tx.usageApproval.create({
      data: { applicationId: id, userId: app.userId, corporateNumber, approvedAt, validUntil },
    });
    const l = mailLocale(app.user.locale);
    await enqueueMail(
      tx,
      app.user.email,
      {
        kind: "usageApproved",
        referenceNo: app.referenceNo,
        validUntil: formatDate(validUntil, l),
        url: appUrl(`/${l}/procedures`),
      },
      l,
    );
    return "approved";
  });
}

/** 返却 for correction with the officer's message; the mail links to the application, reminders follow. */
export async function returnUsage(
  prisma: PrismaClient,
  officerId: string,
  id: string,
  message: string,
): Promise<Decision> {
  return prisma.$transaction(async (tx) => {
    const { app, refusal } = await decidable(tx, officerId, id);
    if (!app) return refusal;
    const at = now();
    await tx.application.update({
      where: { id },
      data: { status: "RETURNED", returnMessage: message, decidedAt: at, decidedById: officerId },
    });
    await tx.applicationEvent.create({
      data: { applicationId: id, status: "RETURNED", at, actorId: officerId, message },
    });
    await scheduleReturnReminder(tx, id, at);
    const l = mailLocale(app.user.locale);
    await enqueueMail(
      tx,
      app.user.email,
      { kind: "usageReturned", referenceNo: app.referenceNo, message, url: appUrl(`/${l}/applications/${id}`) },
      l,
    );
    return "returned";
  });
}
