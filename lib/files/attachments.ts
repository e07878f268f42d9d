import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { AttachmentRule } from "../forms/types";
import type { FileStore } from "./storage";
import { pdfProblem, type PdfProblem } from "./pdf";
import { photoProblem, type PhotoProblem } from "./photo";
import { message } from "../forms/engine";

export type AttachmentRefusal = PdfProblem | `photo_${PhotoProblem}` | "tooMany" | "tooLarge" | "empty";
export type AttachmentKind = "DOCUMENT" | "PHOTO";
export type AttachmentView = { id: string; name: string; size: number; kind: AttachmentKind };
const view = { id: true, name: true, size: true, kind: true } as const;

/** A file name safe to show and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .normalize("NFC")
    .trim()
    .slice(-120);
  return cleaned || "file.pdf";
}

async function draftIdFor(prisma: PrismaClient, userId: string, procedureCode: string) {
  const draft = await prisma.applicationDraft.upsert({
    where: { userId_procedureCode: { userId, procedureCode } },
    create: { userId, procedureCode },
    update: {},
  });
  return draft.id;
}

/**
 * 添付する (§3.3.3): everything is checked before anything is stored, so a refused file leaves no
 * trace (not even an empty draft); count and total size are checked again under a row lock, so
 * parallel uploads cannot pass the limits together. A 顔写真 (kind PHOTO) replaces the draft's
 * photo; it counts towards the limits like any file.
 */
export async function addAttachment(
  prisma: PrismaClient,
  store: FileStore,
  input: {
    userId: string;
    procedureCode: string;
    rule: AttachmentRule;
    name: string;
    bytes: Uint8Array;
    kind?: AttachmentKind;
  },
): Promise<{ ok: true; attachment: AttachmentView } | { ok: false; reason: AttachmentRefusal }> {
  const { userId, procedureCode, rule, bytes } = input;
  const kind = input.kind ?? "DOCUMENT";
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > rule.maxBytes) return { ok: false, reason: "tooLarge" };
  const name = cleanFileName(input.name);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The same file sent again (a form posted twice, a reload) is the one already attached.
  const same = { ownerId: userId, name, sha256, kind, draft: { userId, procedureCode } };
  const already = await prisma.attachment.findFirst({ where: same, select: view });
  if (already) return { ok: true, attachment: already };
  // The photo it replaces does not count.
  const notPhoto = kind === "PHOTO" ? { kind: "DOCUMENT" as const } : {};
  const counted = { ownerId: userId, draft: { userId, procedureCode }, ...notPhoto };
  const before = await prisma.attachment.aggregate({ where: counted, _count: true, _sum: { size: true } });
  if (before._count >= rule.maxFiles) return { ok: false, reason: "tooMany" };
  if ((before._sum.size ?? 0) + bytes.length > rule.maxBytes) return { ok: false, reason: "tooLarge" };
  if (kind === "PHOTO") {
    const problem = photoProblem(bytes);
    if (problem) return { ok: false, reason: `photo_${problem}` };
  } else {
    const problem = await pdfProblem(bytes);
    if (problem) return { ok: false, reason: problem };
  }

  const storageKey = await store.put(bytes, name, kind === "PHOTO" ? "image/jpeg" : "application/pdf");
  const draftId = await draftIdFor(prisma, userId, procedureCode);
  const replaced: string[] = [];
  const result = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApplicationDraft" WHERE id = ${draftId} FOR UPDATE`;
    const raced = await tx.attachment.findFirst({ where: same, select: view });
    if (raced) return { ok: true as const, attachment: raced, stored: false };
    const inDraft = { draftId, ...notPhoto };
    const now = await tx.attachment.aggregate({ where: inDraft, _count: true, _sum: { size: true } });
    if (now._count >= rule.maxFiles) return { ok: false as const, reason: "tooMany" as const };
    if ((now._sum.size ?? 0) + bytes.length > rule.maxBytes) return { ok: false as const, reason: "tooLarge" as const };
    if (kind === "PHOTO") {
      const old = await tx.attachment.findMany({ where: { draftId, kind: "PHOTO" } });
      replaced.push(...old.map((o) => o.storageKey));
      await tx.attachment.deleteMany({ where: { draftId, kind: "PHOTO" } });
    }
    const a = await tx.attachment.create({
      data: { ownerId: userId, draftId, name, size: bytes.length, sha256, storageKey, kind },
      select: view,
    });
    return { ok: true as const, attachment: a, stored: true };
  });
  if (!result.ok || !result.stored) await store.remove(storageKey);
  for (const key of replaced) await store.remove(key);
  return result.ok ? { ok: true, attachment: result.attachment } : result;
}

export async function draftAttachments(
  prisma: PrismaClient,
  userId: string,
  procedureCode: string,
): Promise<AttachmentView[]> {
  return prisma.attachment.findMany({
    where: { ownerId: userId, draft: { userId, procedureCode } },
    orderBy: { createdAt: "asc" },
    select: view,
  });
}

/** 削除: only the owner's files that are not yet part of a submitted application. */
export async function removeDraftAttachment(
  prisma: PrismaClient,
  store: FileStore,
  userId: string,
  id: string,
): Promise<boolean> {
  const a = await prisma.attachment.findFirst({ where: { id, ownerId: userId, applicationId: null } });
  if (!a) return false;
  await prisma.attachment.delete({ where: { id } });
  await store.remove(a.storageKey);
  return true;
}

/** A file may be read by its owner, and by officers once it belongs to a submitted application. */
export async function readableAttachment(prisma: PrismaClient, viewer: { id: string; role: string }, id: string) {
  const a = await prisma.attachment.findUnique({ where: { id } });
  if (!a) return null;
  if (a.ownerId === viewer.id) return a;
  if (viewer.role === "OFFICER" && a.applicationId) return a;
  return null;
}

/** Why a 顔写真 was refused, as the photo field's message. */
export function photoRefusal(reason: AttachmentRefusal, rule: AttachmentRule): string {
  if (reason === "tooLarge") return message("photoTooLarge", { mb: rule.maxBytes / (1024 * 1024) });
  if (reason === "tooMany") return message("photoTooMany", { files: rule.maxFiles });
  return reason === "photo_invalid" ? "photoInvalid" : reason === "photo_shape" ? "photoShape" : "photoNotJpeg";
}
