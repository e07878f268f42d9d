import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FileStore } from "../files/storage";
import type { FormValues } from "../forms/types";
import { PdfWriter } from "../pdf/document";
import { enqueueMail } from "../mail/outbox";
import { enqueueJob, type JobHandler } from "../jobs/queue";
import { appUrl, mailLocale } from "../accounts/links";
import { formatJstMinute } from "../i18n/dates";
import { now } from "../clock";
import { newReferenceNo } from "./numbers";
import { recipients } from "./receipt";

// §7.4: a 在留資格認定証明書 asked for by メール is issued electronically when an officer completes
// the application: a PDF, mailed with a link to 受領登録. Until the user registers its receipt, a
// reminder every 7 days, for 3 months from issue (the certificate's own validity).

const DAY = 86_400_000;
export const COE_REMINDER_DAYS = 7;

/** 3 months after issue: the certificate's validity, and the end of the reminders. */
export function coeValidUntil(issuedAt: Date): Date {
  const d = new Date(issuedAt);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d;
}

export const isElectronicCoe = (app: { procedureCode: string; values: unknown }) =>
  app.procedureCode === "coe" && (app.values as FormValues).coeReceipt === "メール";

const jstDay = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(d);
const birth = (v: unknown) => {
  const s = String(v ?? "");
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s;
};

/** The certificate as a PDF (Japanese and English on one page), in the embedded font. */
export async function coeCertificatePdf(certificateNo: string, values: FormValues, issuedAt: Date) {
  const pdf = await PdfWriter.create({
    title: `在留資格認定証明書 / Certificate of Eligibility ${certificateNo}`,
    lang: "ja-JP",
  });
  pdf.text("在留資格認定証明書", 20, { gapAfter: 0 });
  pdf.text("CERTIFICATE OF ELIGIBILITY", 12);
  pdf.rule();
  const row = (ja: string, en: string, value: unknown) => pdf.pair(`${ja} / ${en}`, String(value ?? ""));
  row("番号", "Number", certificateNo);
  row("氏名", "Name", values.nameRoman);
  row("国籍・地域", "Nationality/Region", values.nationality);
  row("生年月日", "Date of birth", birth(values.birthDate));
  row("性別", "Sex", values.sex);
  row("在留資格", "Status of residence", values.status);
  row("発行日", "Date of issue", jstDay(issuedAt));
  row("有効期限", "Valid until", jstDay(coeValidUntil(issuedAt)));
  pdf.gap(10);
  pdf.text("この証明書は電子的に発行されたものです。有効期限までに上陸申請を行わない場合、効力を失います。", 9, {
    gapAfter: 0,
  });
  pdf.text(
    "This certificate was issued electronically. It loses its effect unless landing is applied for by the date above.",
    8,
  );
  pdf.gap(6);
  pdf.text("出入国在留管理庁 / Immigration Services Agency of Japan", 10);
  return pdf.save(certificateNo);
}

/** Made before the officer's transaction (the file is stored first); removed again if it fails. */
export async function prepareCoe(store: FileStore, app: { values: unknown }, issuedAt: Date) {
  const certificateNo = newReferenceNo();
  const bytes = await coeCertificatePdf(certificateNo, app.values as FormValues, issuedAt);
  const storageKey = await store.put(bytes, `coe-${certificateNo}.pdf`, "application/pdf");
  return { certificateNo, storageKey, issuedAt };
}
export type PreparedCoe = Awaited<ReturnType<typeof prepareCoe>>;

async function mailCoe(
  tx: Prisma.TransactionClient,
  app: { values: unknown; user: { email: string; locale: string } },
  certificateNo: string,
  issuedAt: Date,
  reminder: boolean,
) {
  const l = mailLocale(app.user.locale);
  const values = app.values as FormValues;
  for (const to of recipients(app))
    await enqueueMail(
      tx,
      to,
      {
        kind: "coeIssued",
        certificateNo,
        name: String(values.nameRoman ?? ""),
        url: appUrl(`/${l}/receipts`),
        reminder,
        until: formatJstMinute(coeValidUntil(issuedAt), l),
      },
      l,
    );
}

async function scheduleReminder(tx: Prisma.TransactionClient, certificateId: string, from: Date) {
  const at = new Date(from.getTime() + COE_REMINDER_DAYS * DAY);
  await enqueueJob(
    tx,
    "coeReceiptReminder",
    `coeReceiptReminder:${certificateId}:${at.getTime()}`,
    { certificateId },
    at,
  );
}

/** In the officer's 完了 transaction: the certificate is recorded, mailed, and its reminders start. */
export async function recordCoe(
  tx: Prisma.TransactionClient,
  app: { id: string; userId: string; values: unknown; user: { email: string; locale: string } },
  prepared: PreparedCoe,
) {
  const cert = await tx.coeCertificate.create({
    data: {
      applicationId: app.id,
      userId: app.userId,
      certificateNo: prepared.certificateNo,
      storageKey: prepared.storageKey,
      issuedAt: prepared.issuedAt,
    },
  });
  await mailCoe(tx, app, cert.certificateNo, cert.issuedAt, false);
  await scheduleReminder(tx, cert.id, cert.issuedAt);
  return cert;
}

export const coeJobs: Record<string, JobHandler> = {
  async coeReceiptReminder(tx, payload) {
    const { certificateId } = payload as { certificateId: string };
    const cert = await tx.coeCertificate.findUnique({
      where: { id: certificateId },
      include: { application: { include: { user: true } } },
    });
    if (!cert || cert.registeredAt) return;
    const at = now();
    if (at >= coeValidUntil(cert.issuedAt)) return;
    await mailCoe(tx, cert.application, cert.certificateNo, cert.issuedAt, true);
    if (at.getTime() + COE_REMINDER_DAYS * DAY < coeValidUntil(cert.issuedAt).getTime())
      await scheduleReminder(tx, cert.id, at);
  },
};

/** 受領登録一覧: the user's own certificates, newest first; a page past the end shows the last. */
export async function certificatesOf(prisma: PrismaClient, userId: string, wanted: number, size: number) {
  const total = await prisma.coeCertificate.count({ where: { userId } });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, wanted), pageCount);
  const rows = await prisma.coeCertificate.findMany({
    where: { userId },
    orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * size,
    take: size,
  });
  return { total, rows, page, pageCount };
}

export const ownCertificate = (prisma: PrismaClient, userId: string, id: string) =>
  prisma.coeCertificate.findFirst({ where: { id, userId }, include: { application: { select: { values: true } } } });

/** 受領登録する: once; a second post finds it registered and changes nothing. */
export async function registerReceipt(
  prisma: PrismaClient,
  userId: string,
  id: string,
): Promise<"registered" | "already" | "notFound"> {
  const updated = await prisma.coeCertificate.updateMany({
    where: { id, userId, registeredAt: null },
    data: { registeredAt: now() },
  });
  if (updated.count) return "registered";
  return (await prisma.coeCertificate.findFirst({ where: { id, userId }, select: { id: true } }))
    ? "already"
    : "notFound";
}
