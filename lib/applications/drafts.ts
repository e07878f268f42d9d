import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormDefinition, FormValues } from "../forms/types";
import { issuesToErrors, normalize } from "../forms/engine";
import { formSchema } from "../forms/schema";

/** Server-side check of a draft: the form's own schema plus the attachment rule, counted in the DB. */
export function draftSchema(def: FormDefinition, attachmentCount: number) {
  return formSchema(def, () =>
    def.attachments?.required && attachmentCount === 0 ? [{ path: "attachments", message: "attachmentsRequired" }] : [],
  );
}

export type DraftCheck = { ok: true; values: FormValues } | { ok: false; errors: Record<string, string[]> };

const countFiles = (prisma: PrismaClient, userId: string, procedureCode: string) =>
  prisma.attachment.count({ where: { ownerId: userId, draft: { userId, procedureCode } } });

/** Keeps what was typed, checked or not, so nothing is lost (a step away, a reload, a timeout). */
export async function keepDraft(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
  values: Record<string, unknown>,
) {
  const json = values as Prisma.InputJsonValue;
  await prisma.applicationDraft.upsert({
    where: { userId_procedureCode: { userId, procedureCode } },
    create: { userId, procedureCode, values: json },
    update: { values: json },
  });
}

export async function checkAndSaveDraft(
  prisma: PrismaClient,
  def: FormDefinition,
  userId: string,
  procedureCode: string,
  input: Record<string, unknown>,
): Promise<DraftCheck> {
  const parsed = draftSchema(def, await countFiles(prisma, userId, procedureCode)).safeParse(input);
  // Kept normalised either way (trimmed, full-width digits read, line breaks as typed on any system).
  await keepDraft(prisma, userId, procedureCode, parsed.success ? parsed.data : normalize(def, input));
  return parsed.success
    ? { ok: true, values: parsed.data }
    : { ok: false, errors: issuesToErrors(parsed.error.issues) };
}

export async function loadDraft(prisma: PrismaClient, userId: string, procedureCode: string) {
  return prisma.applicationDraft.findUnique({ where: { userId_procedureCode: { userId, procedureCode } } });
}
