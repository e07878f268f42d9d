import type { PrismaClient } from "../generated/prisma/client";

/** 申込詳細: one of the user's own applications (never another user's), with its files and history. */
export async function ownApplication(prisma: PrismaClient, userId: string, id: string) {
  return prisma.application.findFirst({
    where: { id, userId },
    include: {
      attachments: { orderBy: { createdAt: "asc" } },
      events: { orderBy: { at: "asc" } },
      parent: { select: { id: true, referenceNo: true, procedureCode: true } },
      simultaneous: { select: { id: true, referenceNo: true, procedureCode: true }, orderBy: { referenceNo: "asc" } },
    },
  });
}
