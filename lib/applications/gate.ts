import type { PrismaClient } from "../generated/prisma/client";
import type { ProcedureKind } from "../procedures/catalog";
import { now } from "../clock";

/** 利用申出 itself and 定期報告 need no approval; every residence procedure does (§3.3). */
export function needsUsageApproval(kind: ProcedureKind): boolean {
  return kind !== "usage" && kind !== "periodicReport";
}

/** Whether this user may open the 申込 screens of a procedure of this kind. */
export async function mayApply(prisma: PrismaClient, user: { id: string; corporateNumber: string | null }, kind: ProcedureKind): Promise<boolean> {
  return !needsUsageApproval(kind) || !!(await activeUsageApproval(prisma, user));
}

/**
 * §3.3: residence procedures need an approved 利用申出, valid today, of the user or of their
 * organization (same 法人番号).
 */
export async function activeUsageApproval(prisma: PrismaClient, user: { id: string; corporateNumber: string | null }) {
  return prisma.usageApproval.findFirst({
    where: {
      validUntil: { gt: now() },
      OR: [{ userId: user.id }, ...(user.corporateNumber ? [{ corporateNumber: user.corporateNumber }] : [])],
    },
    orderBy: { validUntil: "desc" },
  });
}
