import type { PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";

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
