import type { PrismaClient } from "../generated/prisma/client";
import type { FileStore } from "../files/storage";
import { now } from "../clock";

// 入力途中の申込 (beyond the manual): the server-side drafts of the user's 申込 screens, listed on my
// page to continue on any device or to delete. A draft not saved for DRAFT_TTL_DAYS goes, with its
// files. Correction drafts (correct:<id>) belong to their application's screen, not to this list.

const DAY = 86_400_000;
export const draftTtlDays = () => Number(process.env.DRAFT_TTL_DAYS ?? 30);
/** Drafts that belong to another screen: a correction's, or an applicant's files in a 一括申請. */
const ownedElsewhere = (code: string) => code.startsWith("correct:") || code.startsWith("bulk:");

export type DraftSummary = { id: string; procedureCode: string; name: string; savedAt: Date; expiresAt: Date };

/** The user's own drafts, the last saved first. */
export async function userDrafts(prisma: PrismaClient, userId: string): Promise<DraftSummary[]> {
  const since = new Date(now().getTime() - draftTtlDays() * DAY);
  const drafts = await prisma.applicationDraft.findMany({
    where: { userId, updatedAt: { gt: since } },
    orderBy: { updatedAt: "desc" },
  });
  return drafts
    .filter((d) => !ownedElsewhere(d.procedureCode))
    .map((d) => {
      const v = d.values as Record<string, unknown>;
      const name = [v.nameRoman, v.organizationName].find((x) => typeof x === "string" && x) as string | undefined;
      return {
        id: d.id,
        procedureCode: d.procedureCode,
        name: name ?? "",
        savedAt: d.updatedAt,
        expiresAt: new Date(d.updatedAt.getTime() + draftTtlDays() * DAY),
      };
    });
}

/** Deletes drafts and the files attached to them (rows and stored bytes). */
async function removeDrafts(prisma: PrismaClient, store: FileStore, ids: string[]) {
  if (!ids.length) return;
  const files = await prisma.attachment.findMany({
    where: { draftId: { in: ids }, applicationId: null },
    select: { id: true, storageKey: true },
  });
  await prisma.$transaction([
    prisma.attachment.deleteMany({ where: { id: { in: files.map((f) => f.id) } } }),
    prisma.applicationDraft.deleteMany({ where: { id: { in: ids } } }),
  ]);
  for (const f of files) await store.remove(f.storageKey);
}

/** 削除 (after its confirmation): only the user's own draft; false when there is none such. */
export async function discardDraft(prisma: PrismaClient, store: FileStore, userId: string, id: string) {
  const draft = await prisma.applicationDraft.findFirst({ where: { id, userId }, select: { id: true } });
  if (!draft) return false;
  await removeDrafts(prisma, store, [draft.id]);
  return true;
}

/** Drafts not saved for DRAFT_TTL_DAYS, gone with their files; run by the job worker. */
export async function expireDrafts(prisma: PrismaClient, store: FileStore): Promise<number> {
  const before = new Date(now().getTime() - draftTtlDays() * DAY);
  const old = await prisma.applicationDraft.findMany({ where: { updatedAt: { lt: before } }, select: { id: true } });
  await removeDrafts(
    prisma,
    store,
    old.map((d) => d.id),
  );
  return old.length;
}
