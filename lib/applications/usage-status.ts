import type { PrismaClient } from "../generated/prisma/client";
import { activeUsageApproval } from "./gate";
import { isUndecided } from "./states";

export type UsageStatus =
  | { state: "approved"; validUntil: Date }
  | { state: "expired"; validUntil: Date }
  | { state: "pending"; referenceNo: string }
  | { state: "returned"; referenceNo: string }
  | { state: "none" };

/** Where the user stands with 利用申出, for my page and the residence procedures' pages. */
export async function usageStatus(prisma: PrismaClient, user: { id: string }): Promise<UsageStatus> {
  const approval = await activeUsageApproval(prisma, user);
  if (approval) return { state: "approved", validUntil: approval.validUntil };
  // The latest 利用申出 or 定期報告 (which reopens the procedures of an approval that ran out).
  const latest = await prisma.application.findFirst({
    where: { userId: user.id, procedureCode: { in: ["usage", "periodic-report"] } },
    orderBy: { submittedAt: "desc" },
  });
  if (latest?.status === "RETURNED") return { state: "returned", referenceNo: latest.referenceNo };
  if (latest && isUndecided(latest.status)) return { state: "pending", referenceNo: latest.referenceNo };
  const past = await prisma.usageApproval.findFirst({ where: { userId: user.id }, orderBy: { validUntil: "desc" } });
  if (past) return { state: "expired", validUntil: past.validUntil };
  return { state: "none" };
}
