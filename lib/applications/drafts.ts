import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormDefinition, FormValues } from "../forms/types";
import { formSchema } from "../forms/engine";

/** Server-side check of a draft: the form's own schema plus the attachment rule, counted in the DB. */
export function draftSchema(def: FormDefinition, attachmentCount: number) {
  return formSchema(def, () => (def.attachments?.required && attachmentCount === 0 ? [{ path: "attachments", message: "attachmentsRequired" }] : []));
}

export type DraftCheck = { ok: true; values: FormValues } | { ok: false; errors: Record<string, string[]> };

export function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const i of issues) (errors[i.path.map(String).join(".")] ??= []).push(i.message);
  return errors;
}

export async function checkAndSaveDraft(prisma: PrismaClient, def: FormDefinition, userId: string, procedureCode: string, input: unknown): Promise<DraftCheck> {
  const attachmentCount = await prisma.attachment.count({ where: { ownerId: userId, draft: { userId, procedureCode } } });
  const parsed = draftSchema(def, attachmentCount).safeParse(input);
  // What was typed is kept even when it does not pass, so nothing is lost.
  const values = (parsed.success ? parsed.data : input) as Prisma.InputJsonValue;
  await prisma.applicationDraft.upsert({ where: { userId_procedureCode: { userId, procedureCode } }, create: { userId, procedureCode, values }, update: { values } });
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues) };
}

export async function loadDraft(prisma: PrismaClient, userId: string, procedureCode: string) {
  return prisma.applicationDraft.findUnique({ where: { userId_procedureCode: { userId, procedureCode } } });
}

