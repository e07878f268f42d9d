import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormValues } from "../forms/types";
import { hashPassword } from "../auth/password";
import { enqueueMail, enqueueMails } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { fileApplication } from "../applications/submit";
import { scheduleReceipts } from "../applications/receipt";
import { simultaneousOf } from "../forms/definitions/residence/simultaneous";
import { withTallies } from "../forms/points";
import { newAccessPassword, newReferenceNo } from "../applications/numbers";
import { procedureName } from "../procedures/search";
import { now } from "../clock";
import type { FileStore } from "../files/storage";
import { rowProblems } from "./read";
import { BULK_BASE, templateFor } from "./templates";

// 顔写真 and 資料 of each applicant are held by a draft of its own (`bulk:<batch>:<row>`), so the
// single form's attachment rules and checks apply unchanged; 申込む (§5.3.5) files every applicant
// of the batch in one transaction, all or none.

/** The procedure code under which an applicant's files wait (never a real procedure). */
export const rowFilesCode = (batchId: string, rowNo: number) => `bulk:${batchId}:${rowNo}`;

/** The rows of a batch that have their 顔写真. */
export async function rowsWithPhoto(prisma: PrismaClient, userId: string, batchId: string): Promise<Set<number>> {
  const photos = await prisma.attachment.findMany({
    where: { ownerId: userId, kind: "PHOTO", draft: { userId, procedureCode: { startsWith: `bulk:${batchId}:` } } },
    select: { draft: { select: { procedureCode: true } } },
  });
  return new Set(photos.map((p) => Number(p.draft!.procedureCode.split(":")[2])));
}

/** The files of a replaced or filed batch's applicants that were never filed, rows and bytes. */
export async function discardRowFiles(prisma: PrismaClient, store: FileStore, userId: string, batchId: string) {
  const files = await prisma.attachment.findMany({
    where: {
      ownerId: userId,
      applicationId: null,
      draft: { userId, procedureCode: { startsWith: `bulk:${batchId}:` } },
    },
    select: { id: true, storageKey: true },
  });
  await prisma.$transaction([
    prisma.attachment.deleteMany({ where: { id: { in: files.map((f) => f.id) } } }),
    prisma.applicationDraft.deleteMany({ where: { userId, procedureCode: { startsWith: `bulk:${batchId}:` } } }),
  ]);
  for (const f of files) await store.remove(f.storageKey);
}

/** 一括申請番号: the day in Japan and a random part, like the other numbers of the service. */
const newBulkNo = () => `B${newReferenceNo()}`;

export type BatchFiling = { bulkNo: string; count: number };

/**
 * 申込む: every applicant 正常 with a 顔写真, checked again here, or nothing is filed. Filing twice
 * (a double click, a resent form) answers with the batch already filed.
 */
export async function fileBatch(
  prisma: PrismaClient,
  user: { id: string; email: string; locale: string },
  bulkCode: string,
): Promise<BatchFiling | "missing" | "notReady"> {
  const batch = await prisma.bulkBatch.findUnique({
    where: { userId_procedureCode: { userId: user.id, procedureCode: bulkCode } },
    include: { rows: { orderBy: { rowNo: "asc" } } },
  });
  if (!batch) return "missing";
  if (batch.bulkNo) return { bulkNo: batch.bulkNo, count: batch.rows.length };
  const template = templateFor(bulkCode, batch.templateKey);
  if (!template) return "missing";
  const photos = await rowsWithPhoto(prisma, user.id, batch.id);
  const checked = batch.rows.map((r) => ({
    rowNo: r.rowNo,
    values: r.values as FormValues,
    ok: photos.has(r.rowNo) && rowProblems(template.def, template, r.values as FormValues).length === 0,
  }));
  if (!checked.length || checked.some((r) => !r.ok)) return "notReady";

  const base = BULK_BASE[bulkCode];
  const l = mailLocale(user.locale);
  const procedure = { code: base, name: procedureName(base, l), residence: true };
  // One password for the batch, as 同時申請 share one: mailed once, only its hash kept.
  const password = newAccessPassword();
  const passwordHash = await hashPassword(password);
  const bulkNo = newBulkNo();
  const drafts = new Map(
    (
      await prisma.applicationDraft.findMany({
        where: { userId: user.id, procedureCode: { startsWith: `bulk:${batch.id}:` } },
        select: { id: true, procedureCode: true },
      })
    ).map((d) => [d.procedureCode, d.id]),
  );
  return prisma.$transaction(
    async (tx) => {
      // The batch row is the lock: a second 申込む waits here, then sees it filed.
      const [locked] = await tx.$queryRaw<{ bulkNo: string | null }[]>`
        SELECT "bulkNo" FROM "BulkBatch" WHERE id = ${batch.id} FOR UPDATE`;
      if (!locked) return "missing" as const;
      if (locked.bulkNo) return { bulkNo: locked.bulkNo, count: checked.length };
      // Applicants with 同時申請 file one by one (each adds its linked applications); the rest in a
      // few writes for all of them, with the same records, mails and jobs.
      const single = checked.filter((r) => simultaneousOf(template.def, r.values).length > 0);
      for (const r of single)
        await fileApplication(tx, {
          def: template.def,
          values: r.values,
          user,
          procedure,
          referenceNo: newReferenceNo(),
          submissionKey: rowFilesCode(batch.id, r.rowNo),
          passwordHash,
          draftId: drafts.get(rowFilesCode(batch.id, r.rowNo)) ?? null,
          locale: l,
          bulkNo,
        });
      const many = checked.filter((r) => !single.includes(r));
      const at = now();
      const apps = await tx.application.createManyAndReturn({
        data: many.map((r) => ({
          referenceNo: newReferenceNo(),
          submissionKey: rowFilesCode(batch.id, r.rowNo),
          userId: user.id,
          procedureCode: procedure.code,
          values: withTallies(template.def, r.values, at) as Prisma.InputJsonValue,
          accessPasswordHash: passwordHash,
          bulkNo,
        })),
        select: { id: true, submissionKey: true, referenceNo: true, status: true, submittedAt: true },
      });
      await tx.applicationEvent.createMany({
        data: apps.map((a) => ({ applicationId: a.id, status: a.status, at: a.submittedAt })),
      });
      const moves = apps.flatMap((a) => {
        const draft = drafts.get(a.submissionKey);
        return draft ? [{ draft, app: a.id }] : [];
      });
      if (moves.length) {
        await tx.$executeRaw`
          UPDATE "Attachment" AS a SET "draftId" = NULL, "applicationId" = m.app
          FROM (SELECT unnest(${moves.map((m) => m.draft)}::text[]) AS draft,
                       unnest(${moves.map((m) => m.app)}::text[]) AS app) AS m
          WHERE a."draftId" = m.draft`;
        await tx.applicationDraft.deleteMany({ where: { id: { in: moves.map((m) => m.draft) } } });
      }
      await enqueueMails(
        tx,
        apps.map((a) => ({
          to: user.email,
          template: {
            kind: "applicationReference" as const,
            procedure: procedure.name,
            referenceNo: a.referenceNo,
            url: appUrl(`/${l}/mypage`),
          },
          locale: l,
        })),
      );
      await scheduleReceipts(
        tx,
        apps.map((a) => a.id),
      );
      await enqueueMail(
        tx,
        user.email,
        { kind: "applicationPassword", procedure: procedureName(bulkCode, l), password },
        l,
      );
      await tx.bulkBatch.update({ where: { id: batch.id }, data: { bulkNo, filedAt: now() } });
      return { bulkNo, count: checked.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** An applicant's 顔写真, or null. */
export async function rowPhoto(prisma: PrismaClient, userId: string, batchId: string, rowNo: number) {
  return prisma.attachment.findFirst({
    where: { ownerId: userId, kind: "PHOTO", draft: { userId, procedureCode: rowFilesCode(batchId, rowNo) } },
    select: { id: true, name: true },
  });
}

/** 一括申請完了: how many applications a filed batch of the user made, or null when it is not theirs. */
export async function filedBatch(prisma: PrismaClient, userId: string, bulkNo: string) {
  const batch = await prisma.bulkBatch.findFirst({ where: { userId, bulkNo }, select: { bulkNo: true } });
  if (!batch) return null;
  const count = await prisma.application.count({ where: { userId, bulkNo, parentId: null } });
  return { bulkNo, count };
}

/**
 * 顔写真をまとめて登録: a photo's file name says whose it is, by the applicant's line (`3.jpg`,
 * `003.jpeg`) or passport number (`TR1234567.jpg`). Null when it names nobody of the batch.
 */
export function rowOfPhotoName(name: string, rows: { rowNo: number; passport: string }[]): number | null {
  const m = /^(.+)\.(jpe?g)$/i.exec(name.normalize("NFKC").trim());
  if (!m) return null;
  const stem = m[1].trim().toUpperCase();
  if (/^\d{1,3}$/.test(stem)) return rows.find((r) => r.rowNo === Number(stem))?.rowNo ?? null;
  return rows.find((r) => r.passport && r.passport.toUpperCase() === stem)?.rowNo ?? null;
}
