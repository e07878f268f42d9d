import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";

export const MAX_ATTEMPTS = 8;
/** Mails claimed per call of deliverDue. */
export const DELIVERY_BATCH = 20;
const LEASE_MS = 60_000;

/** Retry after 30 s, 1, 2, 4 … minutes, at most one hour apart. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export const mailFrom = () => process.env.MAIL_FROM ?? "在留申請オンラインシステム <no-reply@zairyu-online.example>";

/** `messageId`: the outbox row's, so a mail handed to SMTP again after a crash is the same message. */
type Outgoing = { to: string; subject: string; text: string; html: string; messageId?: string };
export type Transport = { send(m: Outgoing): Promise<void> };

/** SMTP when SMTP_URL is set; otherwise mails are written as .eml files to MAILBOX_DIR (default .data/mail). */
export function defaultTransport(): Transport {
  const from = mailFrom();
  if (process.env.SMTP_URL) {
    const smtp = nodemailer.createTransport(process.env.SMTP_URL);
    return { send: async (m) => void (await smtp.sendMail({ from, ...m })) };
  }
  const dir = process.env.MAILBOX_DIR ?? path.join(process.cwd(), ".data", "mail");
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (m) => {
      const info = await stream.sendMail({ from, ...m });
      await fs.mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${m.to.replace(/[^a-zA-Z0-9@._-]/g, "_")}.eml`;
      await fs.writeFile(path.join(/*turbopackIgnore: true*/ dir, name), info.message as Buffer);
    },
  };
}

const messageIdDomain = () => {
  try {
    return new URL(process.env.APP_BASE_URL ?? "").hostname || "zairyu-online.example";
  } catch {
    return "zairyu-online.example";
  }
};

/** Sends every due mail once; a failure is recorded and retried later, never dropped. */
export async function deliverDue(
  prisma: PrismaClient,
  transport: Transport = defaultTransport(),
  limit = DELIVERY_BATCH,
): Promise<{ sent: number; failed: number }> {
  const due = await prisma.outboxMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    // Claim with a lease so that two workers never send the same mail.
    const claimed = await prisma.outboxMail.updateMany({
      where: { id: mail.id, status: "PENDING", nextAttemptAt: mail.nextAttemptAt },
      data: { nextAttemptAt: new Date(now().getTime() + LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    try {
      await transport.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@${messageIdDomain()}>`,
      });
      const forget = mail.secret ? { text: "", html: "" } : {};
      await prisma.outboxMail.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: now(), attempts: { increment: 1 }, lastError: null, ...forget },
      });
      sent++;
    } catch (e) {
      const attempts = mail.attempts + 1;
      const givenUp = attempts >= MAX_ATTEMPTS;
      await prisma.outboxMail.update({
        where: { id: mail.id },
        data: {
          attempts,
          lastError: String((e as Error)?.message ?? e).slice(0, 500),
          status: givenUp ? "FAILED" : "PENDING",
          ...(givenUp && mail.secret ? { text: "", html: "" } : {}),
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)),
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
