import type { PrismaClient } from "../generated/prisma/client";
import type { ProcedureKind } from "../procedures/catalog";
import { now } from "../clock";

/** 利用申出 itself and 定期報告 need no approval; every residence procedure does (§3.3). */
export function needsUsageApproval(kind: ProcedureKind): boolean {
  return kind !== "usage" && kind !== "periodicReport";
}

/**
 * Whether this user may file a procedure of this kind: officers hold back-office accounts and file
 * nothing; residence procedures need the user's own approved 利用申出.
 */
export type ApplyGate = "open" | "officer" | "needsApproval";

export async function applyGate(
  prisma: PrismaClient,
  user: { id: string; role: string },
  kind: ProcedureKind,
): Promise<ApplyGate> {
  if (user.role === "OFFICER") return "officer";
  if (!needsUsageApproval(kind)) return "open";
  return (await activeUsageApproval(prisma, user)) ? "open" : "needsApproval";
}

/**
 * §3.3: the user's own approved 利用申出, valid today. An approval belongs to the person an
 * officer approved: sharing their organization's (public) 法人番号 gives nobody else a thing.
 */
export async function activeUsageApproval(prisma: PrismaClient, user: { id: string }) {
  return prisma.usageApproval.findFirst({
    where: { userId: user.id, validUntil: { gt: now() } },
    orderBy: { validUntil: "desc" },
  });
}
