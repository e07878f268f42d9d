import type { PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { now } from "../clock";
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
    include: { user: { select: { nameRoman: true, organizationName: true, loginId: true, email: true, corporateNumber: true } }, attachments: { orderBy: { createdAt: "asc" } }, approval: true },
  });
}

const formatDate = (d: Date, l: "ja" | "en") => new Intl.DateTimeFormat(l === "ja" ? "ja-JP" : "en-GB", { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(d);

/** 承認: creates the UsageApproval that opens residence procedures, and mails the applicant. */
export async function approveUsage(prisma: PrismaClient, officerId: string, id: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const app = await tx.application.findUnique({ where: { id }, include: { user: true } });
    if (!app || app.procedureCode !== "usage" || !isUndecided(app.status)) return false;
    const approvedAt = now();
    const validUntil = new Date(approvedAt);
    validUntil.setFullYear(validUntil.getFullYear() + USAGE_VALID_YEARS);
    await tx.application.update({ where: { id }, data: { status: "COMPLETED", decidedAt: approvedAt, decidedById: officerId, returnMessage: null } });
    await tx.usageApproval.create({ data: { applicationId: id, userId: app.userId, corporateNumber: app.user.corporateNumber, approvedAt, validUntil } });
    const l = mailLocale(app.user.locale);
    await enqueueMail(tx, app.user.email, { kind: "usageApproved", referenceNo: app.referenceNo, validUntil: formatDate(validUntil, l), url: appUrl(`/${l}/procedures`) }, l);
    return true;
  });
}

/** 返却 for correction with the officer's message (the correction screen is the lifecycle issue's). */
export async function returnUsage(prisma: PrismaClient, officerId: string, id: string, message: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const app = await tx.application.findUnique({ where: { id }, include: { user: true } });
    if (!app || app.procedureCode !== "usage" || !isUndecided(app.status)) return false;
    await tx.application.update({ where: { id }, data: { status: "RETURNED", returnMessage: message, decidedAt: now(), decidedById: officerId } });
    const l = mailLocale(app.user.locale);
    await enqueueMail(tx, app.user.email, { kind: "usageReturned", referenceNo: app.referenceNo, message, url: appUrl(`/${l}/mypage`) }, l);
    return true;
  });
}
