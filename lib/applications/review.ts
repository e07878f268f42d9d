import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { now } from "../clock";
import { scheduleReturnReminder } from "./correction";
import { isUndecided } from "./states";
import { enqueueJob, type JobHandler } from "../jobs/queue";

/** 利用申出 stays valid this long after approval; 定期報告 keeps it alive beyond (§6). */
export const USAGE_VALID_YEARS = 3;
/** The procedures an officer approves or returns (利用申出 and 定期報告), instead of moving through states. */
export const DECIDED_BY_APPROVAL = ["usage", "periodic-report"];
const DAY = 86_400_000;
/** Days before an approval runs out that its holder is reminded to file 定期報告 (APPROVAL_REMINDER_DAYS). */
export const approvalReminderDays = () =>
  (process.env.APPROVAL_REMINDER_DAYS ?? "30,7")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);

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
  if (!app || !DECIDED_BY_APPROVAL.includes(app.procedureCode) || !isUndecided(app.status))
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
    // 定期報告 continues the approval in force: the new period starts where that one ends.
    const current =
      app.procedureCode === "periodic-report"
        ? await tx.usageApproval.findFirst({
            where: { userId: app.userId, validUntil: { gt: approvedAt } },
            orderBy: { validUntil: "desc" },
          })
        : null;
    const validUntil = new Date(current?.validUntil ?? approvedAt);
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
    const approval = await tx.usageApproval.create({
      data: { applicationId: id, userId: app.userId, corporateNumber, approvedAt, validUntil },
    });
    for (const days of approvalReminderDays()) {
      const at = new Date(validUntil.getTime() - days * DAY);
      if (at > approvedAt)
        await enqueueJob(
          tx,
          "approvalReminder",
          `approvalReminder:${approval.id}:${days}`,
          { approvalId: approval.id, days },
          at,
        );
    }
    const l = mailLocale(app.user.locale);
    await enqueueMail(
      tx,
      app.user.email,
      {
        kind: "usageApproved",
        report: app.procedureCode === "periodic-report",
        referenceNo: app.referenceNo,
        validUntil: formatDate(validUntil, l),
        url: appUrl(`/${l}/mypage`),
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

export const approvalJobs: Record<string, JobHandler> = {
  /** Before an approval runs out, unless a later one (定期報告 accepted) already continues it. */
  async approvalReminder(tx, payload) {
    const { approvalId, days } = payload as { approvalId: string; days: number };
    const approval = await tx.usageApproval.findUnique({ where: { id: approvalId }, include: { user: true } });
    if (!approval || approval.validUntil <= now()) return;
    const later = await tx.usageApproval.findFirst({
      where: { userId: approval.userId, validUntil: { gt: approval.validUntil } },
    });
    if (later) return;
    const l = mailLocale(approval.user.locale);
    await enqueueMail(
      tx,
      approval.user.email,
      {
        kind: "approvalExpiring",
        validUntil: formatDate(approval.validUntil, l),
        days,
        url: appUrl(`/${l}/procedures/periodic-report`),
      },
      l,
    );
  },
};
