import type { PrismaClient, Prisma } from "../generated/prisma/client";
import type { AttachmentRule, FormDefinition, FormValues } from "../forms/types";
import type { FileStore } from "../files/storage";
import { enqueueMail } from "../mail/outbox";
import { enqueueJob, type JobHandler } from "../jobs/queue";
import { appUrl, mailLocale } from "../accounts/links";
import { procedureName } from "../procedures/search";
import { now } from "../clock";

// 修正や資料の追加の依頼があった場合 (§7.2): a residence application 返却中 gets only what was asked
// for, extra files (and a new 顔写真), on the same application: same 整理番号, same history. The
// files wait in a draft of their own until 再提出する, then join the application at once.

/** The draft that holds a correction's files until they are sent. */
export const correctionDraftCode = (applicationId: string) => `correct:${applicationId}`;

/**
 * Answers as comparable JSON: keys sorted (jsonb does not keep their order) and unanswered items
 * left out (an item not shown and an empty one mean the same).
 */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, y]) => y !== "" && y !== null && y !== undefined && !(Array.isArray(y) && !y.length))
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : x,
  );

/** 利用申出 and 定期報告 correct their answers too (§7.2); residence applications only add files. */
export function correctableAnswers(procedureCode: string, def: FormDefinition): FormDefinition | null {
  if (procedureCode !== "usage" && procedureCode !== "periodic-report") return null;
  return { ...def, attachments: undefined, steps: undefined };
}

/** What a correction may still add: the application's limits less what it already holds. */
export async function correctionRule(
  prisma: PrismaClient,
  applicationId: string,
  rule: AttachmentRule,
): Promise<AttachmentRule> {
  const held = await prisma.attachment.aggregate({
    where: { applicationId },
    _count: true,
    _sum: { size: true },
  });
  return {
    ...rule,
    maxFiles: Math.max(0, rule.maxFiles - held._count),
    maxBytes: Math.max(0, rule.maxBytes - (held._sum.size ?? 0)),
  };
}

export type Resubmit = "resubmitted" | "noFiles" | "noChanges" | "notReturned";

/**
 * 再提出する: the added files join the application (a new 顔写真 replaces the old one), the state goes
 * back to where it was before 返却中, the step is recorded as the applicant's, and a mail confirms it.
 * A 利用申出 may send corrected answers too (`values`, already checked against its form); then
 * files are optional, but something must have changed.
 */
export async function resubmitCorrection(
  prisma: PrismaClient,
  store: FileStore,
  userId: string,
  applicationId: string,
  values?: FormValues,
): Promise<Resubmit> {
  const replaced: string[] = [];
  const result = await prisma.$transaction(async (tx): Promise<Resubmit> => {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
    const app = await tx.application.findFirst({ where: { id: applicationId, userId }, include: { user: true } });
    if (!app || app.status !== "RETURNED") return "notReturned";
    const draft = await tx.applicationDraft.findUnique({
      where: { userId_procedureCode: { userId, procedureCode: correctionDraftCode(applicationId) } },
      include: { attachments: true },
    });
    const files = draft?.attachments ?? [];
    const answersChanged = values !== undefined && canonical(values) !== canonical(app.values);
    if (!files.length && !answersChanged) return values ? "noChanges" : "noFiles";
    if (files.some((a) => a.kind === "PHOTO")) {
      const old = await tx.attachment.findMany({ where: { applicationId, kind: "PHOTO" } });
      replaced.push(...old.map((o) => o.storageKey));
      await tx.attachment.deleteMany({ where: { applicationId, kind: "PHOTO" } });
    }
    if (draft) {
      await tx.attachment.updateMany({ where: { draftId: draft.id }, data: { draftId: null, applicationId } });
      await tx.applicationDraft.delete({ where: { id: draft.id } });
    }
    // Back to the state it was returned from (申請完了 or 審査中).
    const before = await tx.applicationEvent.findFirst({
      where: { applicationId, status: { not: "RETURNED" } },
      orderBy: { at: "desc" },
    });
    const status = before?.status === "EXAMINING" ? "EXAMINING" : "SUBMITTED";
    const at = now();
    await tx.application.update({
      where: { id: applicationId },
      data: { status, ...(answersChanged ? { values: values as Prisma.InputJsonValue } : {}) },
    });
    const names = files.map((a) => a.name);
    const note = [answersChanged ? "申込内容を修正" : "", ...names].filter(Boolean).join("、");
    await tx.applicationEvent.create({ data: { applicationId, status, at, message: note } });
    const l = mailLocale(app.user.locale);
    await enqueueMail(
      tx,
      app.user.email,
      {
        kind: "correctionReceived",
        procedure: procedureName(app.procedureCode, l),
        referenceNo: app.referenceNo,
        files: names,
        answers: answersChanged,
        url: appUrl(`/${l}/applications/${applicationId}`),
      },
      l,
    );
    return "resubmitted";
  });
  for (const key of replaced) await store.remove(key);
  return result;
}

/** Every 7 days while an application stays 返却中, a reminder; it stops once answered. */
export const REMINDER_DAYS = 7;
const DAY = 86_400_000;

/** The next reminder for a return, REMINDER_DAYS after `from` (the return, or the last reminder). */
export async function scheduleReturnReminder(
  tx: Prisma.TransactionClient,
  applicationId: string,
  returnedAt: Date,
  from = returnedAt,
) {
  const at = new Date(from.getTime() + REMINDER_DAYS * DAY);
  await enqueueJob(
    tx,
    "returnReminder",
    `returnReminder:${applicationId}:${at.getTime()}`,
    { applicationId, returnedAt: returnedAt.toISOString() },
    at,
  );
}

export const correctionJobs: Record<string, JobHandler> = {
  async returnReminder(tx, payload) {
    const { applicationId, returnedAt } = payload as { applicationId: string; returnedAt: string };
    const app = await tx.application.findUnique({ where: { id: applicationId }, include: { user: true } });
    if (!app || app.status !== "RETURNED") return;
    // Returned again since: that return has its own reminders.
    const last = await tx.applicationEvent.findFirst({
      where: { applicationId, status: "RETURNED" },
      orderBy: { at: "desc" },
    });
    if (last && last.at.toISOString() !== returnedAt) return;
    const l = mailLocale(app.user.locale);
    await enqueueMail(
      tx,
      app.user.email,
      {
        kind: "correctionReminder",
        procedure: procedureName(app.procedureCode, l),
        referenceNo: app.referenceNo,
        message: app.returnMessage ?? "",
        url: appUrl(`/${l}/applications/${applicationId}`),
      },
      l,
    );
    await scheduleReturnReminder(tx, applicationId, new Date(returnedAt), now());
  },
};
