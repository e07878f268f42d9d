import type { PrismaClient } from "../generated/prisma/client";
import { findProcedure } from "./search";

// お気に入り (§9.2): only the user's own favourites are read or written.
export async function listFavorites(prisma: PrismaClient, userId: string) {
  const rows = await prisma.favorite.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => findProcedure(r.procedureCode)).filter((p) => p !== undefined);
}

export async function isFavorite(prisma: PrismaClient, userId: string, code: string) {
  return (await prisma.favorite.count({ where: { userId, procedureCode: code } })) > 0;
}

export async function addFavorite(prisma: PrismaClient, userId: string, code: string) {
  if (!findProcedure(code)) return;
  await prisma.favorite.upsert({
    where: { userId_procedureCode: { userId, procedureCode: code } },
    create: { userId, procedureCode: code },
    update: {},
  });
}

export async function removeFavorite(prisma: PrismaClient, userId: string, code: string) {
  await prisma.favorite.deleteMany({ where: { userId, procedureCode: code } });
}
