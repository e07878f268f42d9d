import type { PrismaClient } from "../generated/prisma/client";
import { fileStore, type FileStore } from "../files/storage";
import { enqueueMail } from "../mail/outbox";
import { appUrl, mailLocale } from "../accounts/links";
import { procedureName } from "../procedures/search";
import { now } from "../clock";
import { scheduleReturnReminder } from "./correction";
import { recipients } from "./receipt";
import { DECIDED_BY_APPROVAL } from "./review";
import { isElectronicCoe, prepareCoe, recordCoe, type PreparedCoe } from "./coe";
import type { Status } from "./states";

// The back office's moves of a residence application through the manual's 処理状況 (§7.1). 処理待ち →
// 申請完了 is the receipt job's; 返却中 → back is the applicant's (修正して再提出). 利用申出 keeps its own
// approve/return (review.ts).

type Target = "EXAMINING" | "RETURNED" | "AWAITING_ISSUE" | "COMPLETED" | "REJECTED";

export const OFFICER_MOVES: Record<Status, Target[]> = {
  WAITING: [],
  SUBMITTED: ["EXAMINING", "RETURNED"],
  EXAMINING: ["RETURNED", "AWAITING_ISSUE", "REJECTED"],
  RETURNED: [],
  AWAITING_ISSUE: ["COMPLETED"],
  COMPLETED: [],
  REJECTED: [],
};

export type MoveResult = "moved" | "stale" | "own" | "notAllowed" | "messageRequired" | "messageTooLong";
export const MESSAGE_MAX = 1000;

/**
 * An officer moves an application from the state they saw to another. The row is locked; a state
 * that changed meanwhile (another officer, the applicant) refuses the move instead of applying it
 * twice. 返却中 needs the request text. Every move is recorded (who, when, to what) and mailed.
 * 完了 of a 在留資格認定証明書 asked for by メール issues the electronic certificate (§7.4).
 */
export async function moveApplication(
  prisma: PrismaClient,
  officerId: string,
  id: string,
  move: { from: string; to: string; message?: string },
  store: FileStore = fileStore(),
): Promise<MoveResult> {
  // Only 返却中 carries a request; anything else posted with another move is not kept.
  const message = move.to === "RETURNED" ? (move.message?.trim() ?? "") : "";
  if (move.to === "RETURNED" && !message) return "messageRequired";
  if ([...message].length > MESSAGE_MAX) return "messageTooLong";
  // The certificate file is made before the transaction and dropped again if the move is refused.
  const seen = move.to === "COMPLETED" ? await prisma.application.findUnique({ where: { id } }) : null;
  const coe = seen && seen.status === move.from && isElectronicCoe(seen) ? await prepareCoe(store, seen, now()) : null;
  const result = await moveLocked(prisma, officerId, id, move, message, coe).catch(async (e) => {
    if (coe) await store.remove(coe.storageKey);
    throw e;
  });
  if (coe && result !== "moved") await store.remove(coe.storageKey);
  return result;
}

function moveLocked(
  prisma: PrismaClient,
  officerId: string,
  id: string,
  move: { from: string; to: string },
  message: string,
  coe: PreparedCoe | null,
): Promise<MoveResult> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id} FOR UPDATE`;
    const app = await tx.application.findUnique({ where: { id }, include: { user: true, parent: true } });
    if (!app || DECIDED_BY_APPROVAL.includes(app.procedureCode)) return "notAllowed";
    if (app.status !== move.from) return "stale";
    const to = OFFICER_MOVES[app.status as Status].find((s) => s === move.to);
    if (!to) return "notAllowed";
    if (app.userId === officerId) return "own";
    // Seen as something else before the lock (a race): nothing is applied.
    if (to === "COMPLETED" && isElectronicCoe(app) && !coe) return "stale";
    const at = now();
    const final = to === "COMPLETED" || to === "REJECTED";
    await tx.application.update({
      where: { id },
      data: {
        status: to,
        returnMessage: to === "RETURNED" ? message : app.returnMessage,
        ...(final ? { decidedAt: at, decidedById: officerId } : {}),
      },
    });
    await tx.applicationEvent.create({
      data: { applicationId: id, status: to, at, actorId: officerId, message: message || null },
    });
    if (to === "RETURNED") await scheduleReturnReminder(tx, id, at);
    if (to === "COMPLETED" && coe) await recordCoe(tx, app, coe);
    const l = mailLocale(app.user.locale);
    for (const address of recipients(app))
      await enqueueMail(
        tx,
        address,
        {
          kind: "applicationStatus",
          procedure: procedureName(app.procedureCode, l),
          referenceNo: app.referenceNo,
          status: to,
          message: to === "RETURNED" ? message : undefined,
          url: appUrl(`/${l}/applications/${id}`),
        },
        l,
      );
    return "moved";
  });
}
