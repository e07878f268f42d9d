import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { renderMail, type MailTemplate } from "./templates";
import { now } from "../clock";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Writes a mail into the outbox inside the caller's transaction: it is sent only if that commits. */
export async function enqueueMail(tx: Tx, to: string, template: MailTemplate, locale: string) {
  const m = renderMail(template, locale);
  await tx.outboxMail.create({ data: { to, subject: m.subject, text: m.text, html: m.html, template: template.kind, locale: m.locale, nextAttemptAt: now() } });
}
