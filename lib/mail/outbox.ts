import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { renderMail, type MailTemplate } from "./templates";
import { now } from "../clock";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Mails that carry a link token or a password: their bodies are not kept once sent. */
const SECRET_TEMPLATES: ReadonlySet<MailTemplate["kind"]> = new Set([
  "registrationLink",
  "passwordResetLink",
  "emailChangeLink",
  "applicationPassword",
]);

/** Writes a mail into the outbox inside the caller's transaction: it is sent only if that commits. */
/** An outbox row for a mail, rendered now in its language. */
function outboxRow(to: string, template: MailTemplate, locale: string) {
  const m = renderMail(template, locale);
  return {
    to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    template: template.kind,
    locale: m.locale,
    secret: SECRET_TEMPLATES.has(template.kind),
    nextAttemptAt: now(),
  };
}

export async function enqueueMail(tx: Tx, to: string, template: MailTemplate, locale: string) {
  await tx.outboxMail.create({ data: outboxRow(to, template, locale) });
}

/** Many mails in one write (一括申請's 300 整理番号 mails), same rules as one. */
export async function enqueueMails(tx: Tx, mails: { to: string; template: MailTemplate; locale: string }[]) {
  await tx.outboxMail.createMany({ data: mails.map((m) => outboxRow(m.to, m.template, m.locale)) });
}
