import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import type { OutboxMail, PrismaClient } from "../generated/prisma/client";
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
export type Transport = { send(m: Outgoing): Promise<void>; close?(): void };

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens the SMTP socket with Nagle's algorithm off: a mail's last small writes otherwise wait for
 * the server's delayed ACK (with pooling: 61 ms a mail on loopback with it on, 14 ms off).
 */
export function openSmtpSocket(
  options: { host?: string; port?: number; secure?: boolean },
  callback: (err: Error | null, socket?: { connection: net.Socket }) => void,
) {
  let settled = false;
  const settle = (err: Error | null, socket?: net.Socket) => {
    if (settled) return;
    settled = true;
    callback(err, socket && { connection: socket });
  };
  const host = options.host || "localhost";
  const port = options.port || (options.secure ? 465 : 587);
  const socket = net.connect({ host, port, noDelay: true });
  socket.setTimeout(CONNECT_TIMEOUT_MS);
  socket.once("connect", () => {
    socket.setTimeout(0);
    settle(null, socket);
  });
  // Kept after connecting (a no-op then), so no error is ever unhandled before nodemailer listens.
  socket.on("error", (e) => settle(e));
  socket.once("timeout", () => {
    if (settled) return;
    socket.destroy();
    settle(new Error(`SMTP connection to ${host}:${port} timed out`));
  });
}

/** SMTP when SMTP_URL is set; otherwise mails are written as .eml files to MAILBOX_DIR (default .data/mail). */
export function defaultTransport(): Transport {
  const from = mailFrom();
  if (process.env.SMTP_URL) {
    // One pooled SMTP session per delivery run. After a failure the pool is replaced: a socket
    // that getSocket failed to open leaves nodemailer's pool a dead slot, and five of them hang it.
    const url = process.env.SMTP_URL;
    const open = () => nodemailer.createTransport(new SMTPPool({ pool: true, url, getSocket: openSmtpSocket }));
    let smtp = open();
    return {
      send: async (m) => {
        try {
          await smtp.sendMail({ from, ...m });
        } catch (e) {
          smtp.close();
          smtp = open();
          throw e;
        }
      },
      close: () => smtp.close(),
    };
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
  transport?: Transport,
  limit = DELIVERY_BATCH,
): Promise<{ sent: number; failed: number }> {
  const due = await prisma.outboxMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  if (due.length === 0) return { sent: 0, failed: 0 };
  const owned = transport ? undefined : defaultTransport();
  try {
    return await sendEach(prisma, due, transport ?? owned!);
  } finally {
    owned?.close?.();
  }
}

async function sendEach(prisma: PrismaClient, due: OutboxMail[], transport: Transport) {
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
