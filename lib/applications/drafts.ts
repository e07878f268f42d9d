import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { FormDefinition, FormValues } from "../forms/types";
import type { StepDef } from "../forms/types";
import { issuesToErrors, normalize, stepOf, validateStep, type Issue } from "../forms/engine";
import { formSchema } from "../forms/schema";
import { now } from "../clock";

/** What a draft has attached: documents (PDF) and whether a 顔写真 is among them. */
export type FileCounts = { documents: number; photo: boolean };
export const fileCounts = (files: { kind: string }[]): FileCounts => ({
  documents: files.filter((f) => f.kind !== "PHOTO").length,
  photo: files.some((f) => f.kind === "PHOTO"),
});

/** The attachment rule's own checks: documents required, 顔写真 required. */
export function fileIssues(def: FormDefinition, files: FileCounts): Issue[] {
  return [
    ...(def.attachments?.required && files.documents === 0
      ? [{ path: "attachments", message: "attachmentsRequired" }]
      : []),
    ...(def.attachments?.photo && !files.photo ? [{ path: "photo", message: "photoRequired" }] : []),
  ];
}

/** Server-side check of a draft: the form's own schema plus the attachment rule, counted in the DB. */
export function draftSchema(def: FormDefinition, files: FileCounts) {
  return formSchema(def, () => fileIssues(def, files));
}

export type DraftCheck = { ok: true; values: FormValues } | { ok: false; errors: Record<string, string[]> };

const countFiles = async (prisma: PrismaClient, userId: string, procedureCode: string) =>
  fileCounts(
    await prisma.attachment.findMany({
      where: { ownerId: userId, draft: { userId, procedureCode } },
      select: { kind: true },
    }),
  );

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
    // Stamped by the service clock: a draft's age decides when it expires (draft-list.ts).
    create: { userId, procedureCode, values: json, updatedAt: now() },
    update: { values: json, updatedAt: now() },
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

/** 次へ on a form in steps: all answers kept (normalised), this step's rules checked. */
export async function checkAndSaveStep(
  prisma: PrismaClient,
  def: FormDefinition,
  step: StepDef,
  userId: string,
  procedureCode: string,
  input: Record<string, unknown>,
): Promise<DraftCheck> {
  const values = normalize(def, input);
  await keepDraft(prisma, userId, procedureCode, values);
  const issues = validateStep(def, values, step.id);
  if (step.attachments) issues.push(...fileIssues(def, await countFiles(prisma, userId, procedureCode)));
  return issues.length ? { ok: false, errors: issuesToErrors(issues) } : { ok: true, values };
}

/** The first step of the draft that does not pass, or null when the whole draft does. */
export async function stepToFix(
  prisma: PrismaClient,
  def: FormDefinition,
  userId: string,
  procedureCode: string,
): Promise<string | null> {
  const draft = await loadDraft(prisma, userId, procedureCode);
  const parsed = draftSchema(def, await countFiles(prisma, userId, procedureCode)).safeParse(draft?.values ?? {});
  if (parsed.success) return null;
  const broken = new Set(
    parsed.error.issues.map((i) =>
      i.path[0] === "attachments" || i.path[0] === "photo"
        ? def.steps?.find((s) => s.attachments)?.id
        : stepOf(def, String(i.path[0] ?? "")),
    ),
  );
  return def.steps?.find((s) => broken.has(s.id))?.id ?? def.steps?.[0]?.id ?? null;
}

export async function loadDraft(prisma: PrismaClient, userId: string, procedureCode: string) {
  return prisma.applicationDraft.findUnique({ where: { userId_procedureCode: { userId, procedureCode } } });
}
