import type { PrismaClient } from "../generated/prisma/client";

export const APPLICATIONS_PER_PAGE = 20;

/** 申込一覧 (§7.1): the user's own applications, newest first. */
export async function applicationsOf(prisma: PrismaClient, userId: string, page: number) {
  const [total, rows] = await Promise.all([
    prisma.application.count({ where: { userId } }),
    prisma.application.findMany({
      where: { userId },
      orderBy: { submittedAt: "desc" },
      skip: (page - 1) * APPLICATIONS_PER_PAGE,
      take: APPLICATIONS_PER_PAGE,
      select: { id: true, referenceNo: true, procedureCode: true, status: true, submittedAt: true },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / APPLICATIONS_PER_PAGE)) };
}
