// 申込む of one user's 一括申請, in a process of its own, so a test can kill it part-way as a
// crashed server would be. Usage: node --import tsx tests/support/bulk-filing.ts <userId> <bulkCode>
import { createPrismaClient } from "../../lib/db/client";
import { fileBatch } from "../../lib/bulk/file";

const [userId, bulkCode] = process.argv.slice(2);
const prisma = createPrismaClient();
prisma.user
  .findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, locale: true } })
  .then((user) => fileBatch(prisma, user, bulkCode))
  .then((r) => console.log(JSON.stringify(r)))
  .finally(() => prisma.$disconnect());
